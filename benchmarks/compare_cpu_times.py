"""Compare two runs of the ``pytest_cpu_times`` plugin test by test: the CPU time of the tests both
runs finished, in all and per file, and the tests that moved most.

usage: python benchmarks/compare_cpu_times.py BEFORE_DIR AFTER_DIR [--top 15]

Each folder holds a run's ``build/test-cpu/*.jsonl`` (copy the folder away before the next run).
A run stopped early still compares: only the tests both runs finished are summed.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path


def load(folder: Path) -> dict[str, dict]:
    return {row["id"]: row for path in sorted(folder.glob("*.jsonl"))
            for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    before, after = load(args.before), load(args.after)
    both = set(before) & set(after)
    print(f"before {len(before)} tests, after {len(after)} tests, in both {len(both)}")
    print(f"CPU of the tests in both: before {sum(before[i]['cpu'] for i in both):.0f} s, "
          f"after {sum(after[i]['cpu'] for i in both):.0f} s")
    for name, run in (("before", before), ("after", after)):
        workers = collections.Counter()
        for row in run.values():
            workers[row["worker"]] += row["cpu"]
        print(f"{name} per worker (all its tests): " + ", ".join(f"{w} {c:.0f} s" for w, c in sorted(workers.items())))
    files_before, files_after = collections.Counter(), collections.Counter()
    for i in both:
        files_before[i.split("::")[0]] += before[i]["cpu"]
        files_after[i.split("::")[0]] += after[i]["cpu"]
    print("per file (tests in both):")
    for name, cpu in files_before.most_common(args.top):
        print(f"  {cpu:7.1f} -> {files_after[name]:7.1f} s  {name}")
    print("tests that moved most:")
    for i in sorted(both, key=lambda i: -abs(before[i]["cpu"] - after[i]["cpu"]))[:args.top]:
        print(f"  {before[i]['cpu']:6.1f} -> {after[i]['cpu']:6.1f} s  {i}")


if __name__ == "__main__":
    main()
