"""Extraction on all cores: ``extract_many(jobs=1)`` against ``jobs=N``, same documents, one run.

usage: python benchmarks/jobs_scaling.py [--mb 4] [--jobs 2] [--chunk 64]

The documents are synthetic (``benchmarks/synthetic.py``), about 3,000 characters each, generated
lazily (the corpus is never held in memory). The wall time of each run includes starting the
worker processes; the start-up alone (a pool extracting one tiny document) is printed as well.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import documents  # noqa: E402


def corpus(mb: float):
    from aidledger.model import Document

    for d in documents(int(mb * 1e6), seed=1):
        yield Document(d["id"], d["text"])


def run(mb: float, jobs: int, chunk: int) -> tuple[float, int, int]:
    from aidledger.batch import extract_many

    t0 = time.perf_counter()
    n_bytes = n_pledges = 0
    for doc, pledges, _ in extract_many(corpus(mb), jobs=jobs, chunk=chunk):
        n_bytes += len(doc.text.encode("utf-8"))
        n_pledges += len(pledges)
    return time.perf_counter() - t0, n_bytes, n_pledges


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--chunk", type=int, default=64)
    args = ap.parse_args(argv)
    from aidledger.batch import extract_many
    from aidledger.model import Document

    list(extract_many([Document("w", "Denmark will send 19 Caesar howitzers.")]))  # warm this process
    t0 = time.perf_counter()
    list(extract_many([Document("w", "Denmark will send 19 Caesar howitzers.")], jobs=args.jobs))
    startup = time.perf_counter() - t0
    one, n_bytes, p1 = run(args.mb, 1, args.chunk)
    many, _, pn = run(args.mb, args.jobs, args.chunk)
    assert p1 == pn, (p1, pn)
    print(f"corpus: {n_bytes / 1e6:.1f} MB synthetic, {p1:,} pledges; os.cpu_count() = {os.cpu_count()}")
    print(f"jobs=1          : {one:6.2f} s  {n_bytes / 1e6 / one:5.2f} MB/s")
    print(f"jobs={args.jobs:<11d}: {many:6.2f} s  {n_bytes / 1e6 / many:5.2f} MB/s   "
          f"(pool start-up {startup:.2f} s included)")
    print(f"speed-up jobs={args.jobs} / jobs=1 = {one / many:.2f}x; "
          f"without start-up {one / max(many - startup, 1e-9):.2f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
