"""What a process pool of ``extract_many`` costs to start: three pools of two workers one after the
other in this process (eight short documents each), CPU time of this process and wall time per pool.

usage: python benchmarks/cpu_tree.py python benchmarks/pool_start.py

Run it under ``benchmarks/cpu_tree.py``: the pool workers are forked by multiprocessing's fork
server (where there is one) and reaped by it, so their CPU time reaches neither this process's
``RUSAGE_CHILDREN`` nor ``time``; ``cpu_tree.py`` counts it.
"""

from __future__ import annotations

import resource
import time

from aidledger.batch import extract_many
from aidledger.model import Document


def cpu() -> tuple[float, float]:
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


def main() -> None:
    docs = [Document(f"d{i}", "Denmark will send 19 Caesar howitzers to Ukraine.") for i in range(8)]
    for i in range(3):
        wall, (me, children) = time.time(), cpu()
        n = sum(len(pledges) for _, pledges, _ in extract_many(docs, jobs=2, chunk=2))
        me2, children2 = cpu()
        print(f"pool {i + 1}: {n} records; CPU here {me2 - me:.2f} s, children waited for "
              f"{children2 - children:.2f} s, wall {time.time() - wall:.1f} s", flush=True)


if __name__ == "__main__":
    main()
