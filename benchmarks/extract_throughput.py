"""Extraction throughput (MB/s of news text), aidledger against quantulum3, same input, one run.

usage: python benchmarks/extract_throughput.py [DOCS.jsonl] [--mb 1.0] [--peer-mb 0.1] [--no-peer]
                                               [--linear 1000,10000,100000,1000000] [--peer-linear 100000]
       python benchmarks/extract_throughput.py --distinct [--passes 3]

0. With ``--distinct``: only the throughput on distinct documents, each read once: the texts of the
   evaluation dev and check sets (``../shared/eval/{dev,check}/docs.jsonl``, read at run time),
   extracted one document at a time in one process after one warm-up on the seed article (which
   compiles the patterns). Repeating one text fills the caches (the words already seen, the
   regex engine's) and flatters the figure; here no text is seen twice within a pass. Each pass
   runs in a fresh process; the figure is CPU time (``time.process_time``, what one core gives),
   with wall time beside it; the best and the median of ``--passes`` passes are printed.

1. Throughput: the texts of DOCS.jsonl (default: the evaluation dev set in ../shared/eval/dev; the
   seed article when that is missing) repeated to ``--mb`` megabytes, extracted one document at a
   time in one process. quantulum3's ``parser.parse`` (the quantity extractor a researcher might
   try instead) runs on the first ``--peer-mb`` megabytes of the same documents, one at a time;
   aidledger's rate on that same slice is printed beside it, with the ratio.
2. Linearity: documents of 1k, 10k, 100k and 1M characters built by concatenating synthetic
   sentences (``benchmarks/synthetic.py``); time per character for each size, for aidledger and
   (up to ``--peer-linear`` characters) for quantulum3.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import text_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs.jsonl"


def load_texts(path: Path | None) -> list[str]:
    if path and path.is_file():
        with path.open(encoding="utf-8") as f:
            return [json.loads(line)["text"] for line in f if line.strip()]
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def timed(fn, texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0


EVAL_SETS = ("dev", "check")


def distinct_pass() -> None:
    """One pass over the dev and check texts (each once), in this process; prints a JSON line."""
    from aidledger.model import Document
    from aidledger.pledges import extract_document

    texts: list[str] = []
    for name in EVAL_SETS:
        texts.extend(load_texts(ROOT.parent / "shared" / "eval" / name / "docs.jsonl"))
    seed = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    extract_document(Document("warm-up", seed[0]))  # load the catalog and compile the patterns once
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for i, t in enumerate(texts):
        extract_document(Document(f"d{i}", t))
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    print(json.dumps({"documents": len(texts), "bytes": n_bytes, "chars": sum(map(len, texts)),
                      "cpu": cpu, "wall": wall}))


def distinct(passes: int) -> None:
    import statistics
    import subprocess

    runs = []
    for _ in range(passes):
        out = subprocess.run([sys.executable, __file__, "--distinct-pass"], check=True, capture_output=True,
                             text=True, cwd=ROOT).stdout
        runs.append(json.loads(out.splitlines()[-1]))
    first = runs[0]
    if first["documents"] == 0:
        sys.exit(f"no documents in {ROOT.parent / 'shared' / 'eval'} (dev, check)")
    mb = first["bytes"] / 1e6
    cpu = sorted(r["cpu"] for r in runs)
    wall = sorted(r["wall"] for r in runs)
    print(f"input: {first['documents']} distinct documents (eval dev + check), {mb:.3f} MB "
          f"({first['chars']:,} chars), each read once per pass, {passes} passes in fresh processes")
    print(f"aidledger  : {mb / cpu[0]:6.2f} MB/s per core best, {mb / statistics.median(cpu):6.2f} MB/s median "
          f"(CPU time {cpu[0]:.3f} s best); wall {mb / statistics.median(wall):6.2f} MB/s median")


def main(argv: list[str]) -> None:
    if argv == ["--distinct-pass"]:
        distinct_pass()
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--distinct", action="store_true",
                    help="throughput on the distinct dev and check texts (each read once), nothing else")
    ap.add_argument("--passes", type=int, default=3, help="with --distinct: passes, each in a fresh process")
    ap.add_argument("docs", nargs="?", type=Path, default=DEFAULT_DOCS)
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--peer-mb", type=float, default=0.1)
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--linear", default="1000,10000,100000,1000000")
    ap.add_argument("--peer-linear", type=int, default=10_000,
                    help="largest document given to quantulum3 (it is superlinear)")
    args = ap.parse_args(argv)
    if args.distinct:
        distinct(max(1, args.passes))
        return

    from aidledger.model import Document
    from aidledger.pledges import extract_document

    def ours(text: str) -> None:
        extract_document(Document("d", text))

    base = load_texts(args.docs)
    texts: list[str] = []
    while sum(map(len, texts)) < args.mb * 1_000_000:
        texts.extend(base)
    n_chars = sum(map(len, texts))
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    ours(base[0])  # load the catalog and compile the patterns once
    secs = timed(ours, texts)
    print(f"input: {len(texts)} documents, {n_bytes / 1e6:.2f} MB ({n_chars:,} chars), mean "
          f"{n_chars // len(texts):,} chars/document, from {args.docs if args.docs.is_file() else 'seeds/'}")
    print(f"aidledger  : {n_bytes / 1e6 / secs:6.2f} MB/s  ({n_chars / secs:,.0f} chars/s, 1 process)")

    parse = None
    if not args.no_peer:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from quantulum3 import parser
            parse = parser.parse
        except ImportError:
            print("quantulum3 not installed (pip install -e '.[bench]'): no peer figures")
    if parse is not None:
        sample, size = [], 0
        for t in texts:
            if size >= args.peer_mb * 1_000_000:
                break
            sample.append(t)
            size += len(t)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parse(sample[0][:200])  # its model loading
            peer = timed(parse, sample)
        mine = timed(ours, sample)
        print(f"same {len(sample)} documents ({size:,} chars), one at a time:")
        print(f"  quantulum3: {size / peer:12,.0f} chars/s  ({size / 1e6 / peer:.3f} MB/s)")
        print(f"  aidledger : {size / mine:12,.0f} chars/s  ({size / 1e6 / mine:.3f} MB/s)")
        print(f"  ratio aidledger/quantulum3 = {peer / mine:.1f}x")

    print("linearity (one synthetic document per size; time per character):")
    import random

    for n in (int(x) for x in args.linear.split(",") if x):
        text = text_of(n, random.Random(n))[:n]
        reps = max(1, 200_000 // n)
        secs = timed(ours, [text] * reps) / reps
        line = f"  {n:>9,} chars: aidledger {secs / n * 1e6:6.3f} µs/char ({secs:8.4f} s)"
        if parse is not None and n <= args.peer_linear:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                psecs = timed(parse, [text])
            line += f"   quantulum3 {psecs / n * 1e6:7.2f} µs/char ({psecs:7.2f} s)   ratio {psecs / secs:5.1f}x"
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
