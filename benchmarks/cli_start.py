"""Start-up time of the command line: ``aidledger --help`` wall time (goal: under 0.3 s).

usage: python benchmarks/cli_start.py [--repeat 10]

Runs the installed ``aidledger`` script (or ``python -m aidledger`` when it is not on PATH) in a
fresh process ``--repeat`` times and prints the best and median wall times, next to a bare
``python -c pass`` (the interpreter's own start-up) for scale, and the heavy modules that
``--help`` imported (``-X importtime``, top 8 by cumulative time).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time


def wall(cmd: list[str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return times


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args(argv)
    script = shutil.which("aidledger") or str(__import__("pathlib").Path(sys.executable).with_name("aidledger"))
    cmd = [script, "--help"] if shutil.which(script) else [sys.executable, "-m", "aidledger", "--help"]
    base = wall([sys.executable, "-c", "pass"], args.repeat)
    ours = wall(cmd, args.repeat)
    print(f"python -c pass      : best {min(base):.3f} s, median {statistics.median(base):.3f} s")
    print(f"{' '.join(cmd[-2:]):20s}: best {min(ours):.3f} s, median {statistics.median(ours):.3f} s (goal < 0.3 s)")
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", "import sys; sys.argv=['aidledger','--help'];"
                           "from aidledger.cli import main; main()"], capture_output=True, text=True)
    rows = []
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    top = sorted((r for r in rows if not r[1].startswith("   ")), reverse=True)[:8]
    print("top-level imports by cumulative time (µs): " + ", ".join(f"{name.strip()} {us:,}" for us, name in top))


if __name__ == "__main__":
    main(sys.argv[1:])
