"""Time to extract one long document, and the share of it that grows faster than the text.

usage: python benchmarks/long_document.py [--kb 250 500] [--one-line] [--list] [--seed 0]

Builds, for each size, one document of synthetic news sentences (``benchmarks/synthetic.py``: distinct
sentences drawn at random, written for the benchmarks), extracts it once, and prints its size, its
records and the CPU seconds taken, then the seconds per KB. Costs that grow with the square of a
document's length show as seconds per KB that rise with the size; ``--one-line`` joins the text into
one line (no paragraph breaks: the worst case for a cost that walks back over a document's lines);
``--list`` makes the document one donor's long list of counted items ("Germany has delivered:" then
"- 12 Leopard 2A4 tanks" lines), so that most records share a donor, status and category: the worst
case for a cost that compares each record with its peers.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import SYSTEMS, text_of  # noqa: E402

from aidledger.extractor.pipeline import extract_document  # noqa: E402
from aidledger.model import Document  # noqa: E402


def _list_of(n_chars: int, rnd: random.Random) -> str:
    lines = ["Germany has delivered the following to Ukraine so far this year:"]
    size = len(lines[0])
    while size < n_chars:
        line = f"- {rnd.randint(2, 5000):,} {rnd.choice(SYSTEMS)}"
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=int, nargs="+", default=[250, 500])
    ap.add_argument("--one-line", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    extract_document(Document(id="warm", text="Norway will send 2 NASAMS launchers to Ukraine."))  # load once
    for kb in args.kb:
        text = _list_of(kb * 1000, random.Random(args.seed)) if args.list else text_of(kb * 1000,
                                                                                      random.Random(args.seed))
        if args.one_line:
            text = " ".join(text.split())
        start = time.process_time()
        records, _ = extract_document(Document(id="long", text=text))
        took = time.process_time() - start
        print(f"{len(text) / 1000:7.0f} KB  {len(records):6d} records  {took:7.2f} s CPU  "
              f"{took / (len(text) / 1000) * 1000:6.1f} ms/KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
