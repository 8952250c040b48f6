"""Scale-out: one process, ``--jobs N`` and ``--scheduler local`` (N Dask process workers), same documents.

usage: python benchmarks/scale_out.py [--mb 2] [--workers 2] [--chunk 64] [--no-cli] [--keep DIR]

The corpus is ``--mb`` MB of distinct synthetic documents (``benchmarks/synthetic.py``, about
3,000 characters each, every text checked distinct by its hash), written to a JSONL file in a
temporary folder. Two measurements:

1. **Engine** (the API, in this process): ``extract_many(jobs=1)``, ``extract_many(jobs=N)`` and
   ``extract_on_cluster`` on a ``LocalCluster`` of N process workers. Start-up (the pool's, or the
   cluster's: workers warmed, the client's imports done) is timed apart from the extraction, so
   throughput is the steady rate a long run sees; the records of the three runs must be identical.
   What receiving the Dask run's results costs the client is printed too: as the wire rows the
   workers send (``aidledger.wire``) and, for comparison, as pickled records. Then the corpus is
   ingested on the same cluster (``Ledger.ingest(scheduler=client)``) into a fresh ledger, and the
   CPU time of this process (reading, staging, publishing: the single writer) is printed.
2. **CLI** (unless ``--no-cli``): ``aidledger extract corpus.jsonl -o out.jsonl`` as a user runs it,
   with no option, ``--jobs N`` and ``--scheduler local --jobs N``, wall time of the whole command
   (Python start-up and the cluster's included); the three output files must be byte-identical.

The machine's load (``os.getloadavg``) is printed before and after: other work on the cores makes
the wall-clock figures unreliable. CPU times are printed too (one process; the Dask workers and
the client with its in-process scheduler), which other work disturbs much less.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import documents  # noqa: E402


def write_corpus(path: Path, mb: float) -> tuple[int, int]:
    """Distinct synthetic documents as JSONL; (documents, bytes of text)."""
    seen: set[str] = set()
    n_bytes = 0
    with path.open("w", encoding="utf-8") as out:
        for doc in documents(int(mb * 2e6), seed=17):
            if n_bytes >= mb * 1e6:  # at least ``mb`` MB of text
                break
            digest = hashlib.sha256(doc["text"].encode("utf-8")).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            n_bytes += len(doc["text"].encode("utf-8"))
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return len(seen), n_bytes


def load(path: Path) -> list:
    from aidledger.documents import read_documents
    from aidledger.model import Document

    return [d for d in read_documents([path]) if isinstance(d, Document)]


def dump(results) -> str:
    """The run's records and problems as text, to compare runs."""
    h = hashlib.sha256()
    for doc, pledges, problems in results:
        h.update(json.dumps([doc.id, [p.to_dict() for p in pledges], [x.render() for x in problems]],
                            ensure_ascii=False, default=str).encode("utf-8"))
    return h.hexdigest()


def receive_cost(results, chunk: int) -> tuple[float, float, int, int]:
    """CPU seconds this process spends receiving the run's results, in tasks of ``chunk`` documents:
    (as wire rows: unpickle and ``wire.decode``; as the pickled records themselves: unpickle), and
    the bytes of each."""
    import pickle

    from aidledger.wire import decode, encode

    pairs = [(pledges, problems) for _, pledges, problems in results]
    tasks = [pairs[i:i + chunk] for i in range(0, len(pairs), chunk)]
    wired = [pickle.dumps(encode(t), protocol=5) for t in tasks]
    plain = [pickle.dumps(t, protocol=5) for t in tasks]
    c0 = time.process_time()
    for blob in wired:
        decode(pickle.loads(blob))
    c1 = time.process_time()
    for blob in plain:
        pickle.loads(blob)
    c2 = time.process_time()
    return c1 - c0, c2 - c1, sum(map(len, wired)), sum(map(len, plain))


#: CPU seconds of this process: the 1-process extraction; the ingest on the cluster (reading, staging, publish).
CPU: dict[str, float] = {}
#: (wire s, pickled records s, wire bytes, pickled bytes): ``receive_cost`` of the Dask run's results.
RECEIVE: list[float] = []
INGEST: dict[str, float] = {}


def engine(docs: list, workers: int, chunk: int, corpus: Path | None = None) -> list[tuple[str, float, float, str]]:
    """(label, start-up s, extraction s, digest) for the three engines; with ``corpus``, an ingest of it
    on the cluster too (``INGEST``)."""
    from aidledger.batch import extract_many
    from aidledger.distributed import extract_on_cluster, open_client
    from aidledger.model import Document

    tiny = [Document("w", "Denmark will send 19 Caesar howitzers to Ukraine.")]
    list(extract_many(tiny))  # this process warmed: catalog and patterns loaded
    out = []
    t0, c0 = time.perf_counter(), time.process_time()
    results = list(extract_many(docs, jobs=1))
    out.append(("1 process", 0.0, time.perf_counter() - t0, dump(results)))
    CPU["1 process"] = time.process_time() - c0

    t0 = time.perf_counter()
    list(extract_many(tiny, jobs=workers))
    startup = time.perf_counter() - t0
    t0 = time.perf_counter()
    results = list(extract_many(docs, jobs=workers, chunk=chunk))
    total = time.perf_counter() - t0
    out.append((f"--jobs {workers}", startup, total - startup, dump(results)))

    t0 = time.perf_counter()
    client, cluster = open_client("local", jobs=workers)
    try:
        client.wait_for_workers(workers)
        startup = time.perf_counter() - t0
        w0 = sum(client.run(time.process_time).values())
        t0, c0 = time.perf_counter(), time.process_time()
        results = list(extract_on_cluster(docs, scheduler=client, chunk=chunk))
        out.append((f"--scheduler local, {workers} workers", startup, time.perf_counter() - t0, dump(results)))
        CPU["dask client"] = time.process_time() - c0
        CPU["dask workers"] = sum(client.run(time.process_time).values()) - w0
        RECEIVE.extend(receive_cost(results, chunk))
        if corpus is not None:  # the same run into a ledger: what the single writer costs
            from aidledger.store import open_ledger

            with open_ledger(corpus.with_suffix(".duckdb")) as ledger:
                t0, c0 = time.perf_counter(), time.process_time()
                ledger.ingest([corpus], scheduler=client)
                INGEST.update(wall=time.perf_counter() - t0, cpu=time.process_time() - c0)
    finally:
        client.close()
        cluster.close()
    return out


def cli(corpus: Path, workers: int, folder: Path) -> list[tuple[str, float, str]]:
    """(options, wall s, sha256 of the output file) for the three CLI runs."""
    exe = shutil.which("aidledger", path=str(Path(sys.executable).parent)) or "aidledger"
    out = []
    for options in ([], ["--jobs", str(workers)], ["--scheduler", "local", "--jobs", str(workers)]):
        target = folder / f"out{len(out)}.jsonl"
        t0 = time.perf_counter()
        subprocess.run([exe, "extract", str(corpus), "-o", str(target), *options], check=True,
                       stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - t0
        out.append((" ".join(options) or "(one process)", wall, hashlib.sha256(target.read_bytes()).hexdigest()))
    return out


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--chunk", type=int, default=64)
    ap.add_argument("--no-cli", action="store_true", help="only the engine measurement")
    ap.add_argument("--keep", type=Path, help="write the corpus and outputs here (kept)")
    args = ap.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="aidledger-scale-out-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        corpus = folder / "corpus.jsonl"
        n_docs, n_bytes = write_corpus(corpus, args.mb)
        load_before = os.getloadavg()
        docs = load(corpus)
        print(f"corpus: {n_docs:,} distinct documents, {n_bytes / 1e6:.2f} MB of text; "
              f"os.cpu_count() = {os.cpu_count()}; load average before {load_before[0]:.2f}")
        rows = engine(docs, args.workers, args.chunk, corpus)
        one = rows[0][2]
        print("engine (API, this process; start-up apart):")
        for label, startup, secs, _ in rows:
            print(f"  {label:<32}: {secs:6.2f} s  {n_bytes / 1e6 / secs:5.2f} MB/s  {n_docs / secs:7.1f} docs/s  "
                  f"speed-up {one / secs:4.2f}x  (start-up {startup:.2f} s)")
        same = len({d for *_, d in rows}) == 1
        print(f"  records identical in the three runs: {same}")
        cpu = CPU["1 process"]
        print(f"per core, in CPU time (less sensitive to load): {n_bytes / 1e6 / cpu:.2f} MB/s, "
              f"{n_docs / cpu:.1f} docs/s")
        dask_cpu = CPU["dask workers"] + CPU["dask client"]
        print(f"CPU time of the Dask run: workers {CPU['dask workers']:.2f} s + client and scheduler "
              f"{CPU['dask client']:.2f} s = {dask_cpu:.2f} s, against {cpu:.2f} s in one process "
              f"(overhead {100 * (dask_cpu / cpu - 1):+.0f}%)")
        wire_s, plain_s, wire_b, plain_b = RECEIVE
        print(f"receiving the results in the client: {wire_s:.2f} CPU s as wire rows ({wire_b / 1e6:.1f} MB), "
              f"against {plain_s:.2f} CPU s to unpickle the records themselves ({plain_b / 1e6:.1f} MB)")
        print(f"ingest on the cluster (Ledger.ingest(scheduler=...)): {INGEST['wall']:.2f} s; this process "
              f"(reading, staging, publish: the single writer) {INGEST['cpu']:.2f} CPU s = "
              f"{INGEST['cpu'] / (n_bytes / 1e6):.2f} CPU s per MB, so it saturates near "
              f"{n_bytes / 1e6 / INGEST['cpu']:.1f} MB/s of documents")
        if not args.no_cli:
            runs = cli(corpus, args.workers, folder)
            print("CLI (aidledger extract corpus.jsonl -o out.jsonl OPTIONS; whole command):")
            for options, wall, _ in runs:
                print(f"  {options:<32}: {wall:6.2f} s  {n_bytes / 1e6 / wall:5.2f} MB/s  "
                      f"speed-up {runs[0][1] / wall:4.2f}x")
            files_same = len({d for *_, d in runs}) == 1
            print(f"  output files byte-identical: {files_same}")
            same = same and files_same
        print(f"load average after {os.getloadavg()[0]:.2f} (2 cores: above ~2, other work shares them)")
        if not same:
            raise SystemExit("outputs differ")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
