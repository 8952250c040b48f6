"""CPU time of each recogniser on distinct documents: first sight, then second sight of every text.

usage: python benchmarks/recognisers_distinct.py [--passes 5]

Each recogniser (catalog systems and generic items, donors, status cues, context cues, dates, money
with the numbers it reads) runs in a fresh process over the texts of the evaluation dev and check sets
(``../shared/eval/{dev,check}/docs.jsonl``, read at run time, each text once), after one warm-up on
the seed article (which loads the data and compiles the patterns), then once more over the same texts.
The first figure is what a corpus of new documents costs (every word seen for the first time); the
second what it costs once every word is known. The best (lowest) of ``--passes`` processes is printed,
in milliseconds of CPU time (``time.process_time``). Compare two versions of the code by running the
script with ``PYTHONPATH`` pointing at each (``git archive main aidledger | tar -x -C /tmp/main``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMES = ("catalog", "donors", "status", "context", "dates", "money")


def _recogniser(name: str):
    if name == "catalog":
        from aidledger.catalog import load_catalog

        cat = load_catalog()
        return lambda t: (cat.find(t), cat.find_generic(t))
    if name == "donors":
        from aidledger.mentions.donors import find_donors
        return find_donors
    if name == "status":
        from aidledger.mentions.cues import find_status_cues
        return find_status_cues
    if name == "context":
        from aidledger.mentions.cues import find_context_cues
        return find_context_cues
    if name == "dates":
        from aidledger.mentions.dates import find_dates
        return find_dates
    from aidledger.mentions.money import find_money
    return find_money


def one(name: str) -> None:
    """One process: warm-up, first sight, second sight; prints a JSON line."""
    texts: list[str] = []
    for part in ("dev", "check"):
        path = ROOT.parent / "shared" / "eval" / part / "docs.jsonl"
        if path.is_file():
            with path.open(encoding="utf-8") as f:
                texts.extend(json.loads(line)["text"] for line in f if line.strip())
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    find = _recogniser(name)
    find(seed)
    times = []
    for _ in range(2):
        t0 = time.process_time()
        for t in texts:
            find(t)
        times.append(time.process_time() - t0)
    print(json.dumps({"documents": len(texts), "first": times[0], "second": times[1]}))


def main(argv: list[str]) -> None:
    if len(argv) == 2 and argv[0] == "--one":
        one(argv[1])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=5, help="fresh processes per recogniser (the best is kept)")
    args = ap.parse_args(argv)
    print(f"{'recogniser':<10} {'first sight':>12} {'second sight':>13}  (ms CPU, best of {args.passes})")
    for name in NAMES:
        runs = [json.loads(subprocess.run([sys.executable, __file__, "--one", name], check=True,
                                          capture_output=True, text=True).stdout.splitlines()[-1])
                for _ in range(max(1, args.passes))]
        if runs[0]["documents"] == 0:
            sys.exit(f"no documents in {ROOT.parent / 'shared' / 'eval'} (dev, check)")
        print(f"{name:<10} {min(r['first'] for r in runs) * 1e3:12.1f} {min(r['second'] for r in runs) * 1e3:13.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
