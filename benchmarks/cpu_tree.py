"""CPU time (user + sys) of a command and of EVERY process it started, wall time and load average.

``time`` counts only the descendants that were waited for by their parents all the way up. A
process whose parent exits first is adopted by init and its CPU time is lost to ``time``: the fork
server of ``extract_many``'s pool (and the pool workers it forked and reaped) is such a process.
This script makes itself the "child subreaper" of the command (Linux ``prctl``), so orphaned
descendants are adopted by it instead; it waits for all of them before it reads its
``RUSAGE_CHILDREN``.

usage: python benchmarks/cpu_tree.py COMMAND [ARG ...]
"""

from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


def main() -> int:
    if len(sys.argv) < 2:
        raise SystemExit("usage: python benchmarks/cpu_tree.py COMMAND [ARG ...]")
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise SystemExit("error: prctl(PR_SET_CHILD_SUBREAPER) failed (Linux only)")
    load = os.getloadavg()
    start = time.time()
    code = subprocess.call(sys.argv[1:])
    wall = time.time() - start
    while True:  # the orphans adopted meanwhile: wait until every one has exited
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    end_load = os.getloadavg()
    print(f"cpu_tree: exit {code}, wall {wall / 60:.0f} min {wall % 60:04.1f} s, CPU user {usage.ru_utime:.0f} s "
          f"+ sys {usage.ru_stime:.0f} s = {usage.ru_utime + usage.ru_stime:.0f} s "
          f"({(usage.ru_utime + usage.ru_stime) / 60:.1f} min); load average {load[0]:.1f} at the start, "
          f"{end_load[0]:.1f} at the end", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
