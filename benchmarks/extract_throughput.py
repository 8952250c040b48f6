"""Extraction throughput (MB/s of news text), aidledger against quantulum3, same input, one run.

usage: python benchmarks/extract_throughput.py [DOCS.jsonl] [--mb 1.0] [--no-peer]

The input is the text of DOCS.jsonl (default: the evaluation dev set in ../shared/eval/dev)
repeated until it reaches ``--mb`` megabytes; without it, the seed article is used. Each tool
sees the same documents, one at a time. quantulum3 (the quantity extractor a researcher might try
instead) runs on a sample of the same documents, since it is far slower; its rate is per character
as well. The ratio is printed last.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs.jsonl"


def load_texts(path: Path | None) -> list[str]:
    if path and path.is_file():
        with path.open(encoding="utf-8") as f:
            return [json.loads(line)["text"] for line in f if line.strip()]
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("docs", nargs="?", type=Path, default=DEFAULT_DOCS)
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--no-peer", action="store_true")
    args = ap.parse_args(argv)

    from aidledger.model import Document
    from aidledger.pledges import extract_document

    base = load_texts(args.docs)
    texts: list[str] = []
    while sum(map(len, texts)) < args.mb * 1_000_000:
        texts.extend(base)
    n_chars = sum(map(len, texts))
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    extract_document(Document("warm", base[0]))  # load catalog and compile patterns once

    t0 = time.perf_counter()
    n_pledges = 0
    for i, t in enumerate(texts):
        n_pledges += len(extract_document(Document(str(i), t))[0])
    ours = time.perf_counter() - t0
    ours_cps = n_chars / ours
    print(f"aidledger: {n_bytes / 1e6:.2f} MB in {ours:.2f} s = {n_bytes / 1e6 / ours:.2f} MB/s "
          f"({ours_cps:,.0f} chars/s, {n_pledges} pledges, 1 process)")

    if args.no_peer:
        return
    try:
        from quantulum3 import parser
    except ImportError:
        print("quantulum3 not installed (pip install quantulum3): no peer figure")
        return
    sample = base[: max(1, len(base))]
    parser.parse(sample[0][:200])  # warm up its model loading
    t0 = time.perf_counter()
    chars = 0
    for t in sample:
        parser.parse(t)
        chars += len(t)
    peer = time.perf_counter() - t0
    peer_cps = chars / peer
    print(f"quantulum3: {chars:,} chars in {peer:.2f} s = {peer_cps:,.0f} chars/s")
    print(f"ratio aidledger/quantulum3 = {ours_cps / peer_cps:.1f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
