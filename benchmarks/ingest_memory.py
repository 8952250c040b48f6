"""Ingest of a large synthetic JSONL corpus into the DuckDB ledger: time and peak memory (RSS).

usage: python benchmarks/ingest_memory.py [--gb 1.0] [--corpus FILE.jsonl] [--db FILE.duckdb] [--keep]
                                          [--mode ingest|batches] [--jobs 1] [--batch 500] [--every 5000]

Writes a synthetic corpus of ``--gb`` gigabytes (``benchmarks/synthetic.py``; skipped when
``--corpus`` names an existing file), then runs the public store API,
``aidledger.store.open_ledger(db).ingest([corpus], jobs=N, batch_size=B)``, and prints documents,
pledges, wall time, MB/s and the peak resident set size of the process (``resource.getrusage``;
``VmHWM`` of /proc/self/status where available). Goal: peak RSS under 1 GB whatever the corpus
size. Every ``--every`` documents it prints the current and peak RSS (the trend), and at the end
how long the final publish (one transaction: staged rows in, events and totals refreshed) took.

``--mode batches`` runs the same path through other public calls instead: ``read_documents`` ->
``aidledger.batch.extract_many(jobs=N)`` -> ``Ledger.add`` once per ``--batch`` documents (one
transaction each), to show where the memory of ``ingest`` goes; with ``--jobs`` above 1 the largest
worker's peak RSS is printed too.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_corpus  # noqa: E402


def peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def batches(ledger, corpus: Path, *, jobs: int, size: int) -> tuple[int, int]:
    from aidledger.batch import extract_many
    from aidledger.model import Document
    from aidledger.sources import read_documents

    docs = (d for d in read_documents([corpus]) if isinstance(d, Document))
    n_docs = n_pledges = 0
    buf_docs, buf_pledges, buf_problems = [], [], []
    for doc, pledges, problems in extract_many(docs, jobs=jobs):
        buf_docs.append(doc)
        buf_pledges.extend(pledges)
        buf_problems.extend(problems)
        if len(buf_docs) >= size:
            ledger.add(buf_pledges, documents=buf_docs, problems=buf_problems)
            n_docs, n_pledges = n_docs + len(buf_docs), n_pledges + len(buf_pledges)
            buf_docs, buf_pledges, buf_problems = [], [], []
    if buf_docs:
        ledger.add(buf_pledges, documents=buf_docs, problems=buf_problems)
        n_docs, n_pledges = n_docs + len(buf_docs), n_pledges + len(buf_pledges)
    return n_docs, n_pledges


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gb", type=float, default=1.0)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus and database")
    ap.add_argument("--mode", choices=("ingest", "batches"), default="ingest")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--every", type=int, default=5000, help="print RSS every N documents")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="aidledger-ingest-"))
    corpus = args.corpus or tmp / "corpus.jsonl"
    if not corpus.is_file():
        t0 = time.perf_counter()
        n, size = write_corpus(corpus, args.gb)
        print(f"generated {corpus}: {n:,} documents, {size / 1e9:.3f} GB in {time.perf_counter() - t0:.0f} s")
    size = corpus.stat().st_size
    db = args.db or tmp / "ledger.duckdb"

    from aidledger.store import open_ledger

    before = rss_mb()
    t0 = time.perf_counter()
    marks = {"last": 0.0}

    def progress(done: int, total: int | None) -> None:
        marks["last"] = time.perf_counter()
        if done % args.every == 0:
            print(f"  {done:>9,} documents {marks['last'] - t0:7.0f} s  RSS {rss_mb():5.0f} MB  "
                  f"peak {peak_rss_mb():5.0f} MB", flush=True)

    with open_ledger(db) as ledger:
        if args.mode == "ingest":
            report = ledger.ingest([corpus], jobs=args.jobs, batch_size=args.batch, progress=progress)
            n_docs, n_pledges = report.documents, report.pledges
            print(f"  publish (after the last document): {time.perf_counter() - marks['last']:.1f} s; "
                  f"{report.n_problems:,} problems ({len(report.problems):,} kept in the report)")
        else:
            n_docs, n_pledges = batches(ledger, corpus, jobs=args.jobs, size=args.batch)
        counts = ledger.counts()
    secs = time.perf_counter() - t0
    print(f"{args.mode} (jobs={args.jobs}) {size / 1e9:.3f} GB: {n_docs:,} documents, {n_pledges:,} pledges "
          f"({counts}) in {secs:.0f} s = {size / 1e6 / secs:.2f} MB/s")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"RSS before {before:.0f} MB; peak RSS {peak_rss_mb():.0f} MB (goal < 1024 MB)"
          + (f"; largest worker {children:.0f} MB" if args.jobs > 1 else "")
          + f"; database {db.stat().st_size / 1e6:.0f} MB")
    if not args.keep:
        for p in (db, corpus if not args.corpus else None):
            if p is not None and p.exists():
                p.unlink()
        if not any(tmp.iterdir()):
            tmp.rmdir()


if __name__ == "__main__":
    main(sys.argv[1:])
