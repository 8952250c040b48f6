"""CPU time of each test: a pytest plugin, and a summary of what it wrote.

On a shared machine wall times move with the load; CPU time moves much less. Each test's CPU time
is that of its process (the xdist worker) plus that of the child processes it waited for (CLI
subprocesses, process pools, Dask workers of a cluster it started and stopped), from ``getrusage``.

usage (from the repository root):

    PYTHONPATH=benchmarks .venv/bin/python -m pytest -n 2 --dist loadgroup -p pytest_cpu_times -p no:cacheprovider
    .venv/bin/python benchmarks/pytest_cpu_times.py [--top 40]

The plugin appends one JSON line per test (``id``, ``cpu``, ``wall``, ``worker``, ``end``) to
``build/test-cpu/<pid>.jsonl``; delete the folder before a new run. The summary prints the sum, the
sum per xdist worker, per test file and the most expensive tests.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import time
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "build" / "test-cpu"


def _cpu() -> float:
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


try:
    import pytest
except ImportError:  # the summary needs no pytest
    pytest = None

if pytest is not None:
    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(item, nextitem):
        cpu, wall = _cpu(), time.time()
        yield
        OUT.mkdir(parents=True, exist_ok=True)
        with open(OUT / f"{os.getpid()}.jsonl", "a", encoding="utf-8") as f:
            f.write(json.dumps({"id": item.nodeid, "cpu": round(_cpu() - cpu, 3), "wall": round(time.time() - wall, 3),
                                "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
                                "end": round(time.time(), 3)}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    rows = [json.loads(line) for path in sorted(OUT.glob("*.jsonl")) for line in path.read_text().splitlines()]
    if not rows:
        raise SystemExit(f"no results in {OUT}: run pytest with -p pytest_cpu_times first")
    print(f"{len(rows)} tests, CPU {sum(r['cpu'] for r in rows):.0f} s in all")
    workers = collections.Counter()
    files = collections.Counter()
    for r in rows:
        workers[r["worker"]] += r["cpu"]
        files[r["id"].split("::")[0]] += r["cpu"]
    print("per worker: " + ", ".join(f"{w} {c:.0f} s" for w, c in sorted(workers.items())))
    ends = collections.defaultdict(float)
    for r in rows:
        ends[r["worker"]] = max(ends[r["worker"]], r.get("end", 0.0))
    if all(ends.values()) and len(ends) > 1:  # how long the first worker to finish waited for the last
        print("each worker's last test ended, after the first worker's: "
              + ", ".join(f"{w} +{t - min(ends.values()):.0f} s" for w, t in sorted(ends.items())))
    print("per file:")
    for name, cpu in files.most_common(args.top):
        print(f"  {cpu:7.1f} s  {name}")
    print("tests:")
    for r in sorted(rows, key=lambda r: -r["cpu"])[:args.top]:
        print(f"  {r['cpu']:7.1f} s CPU {r['wall']:7.1f} s wall  {r['id']}")


if __name__ == "__main__":
    main()
