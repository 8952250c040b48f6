"""Instructions the extractor executes on the distinct dev and check documents (a figure the load of a
shared machine does not move), counted by valgrind.

usage: python benchmarks/extract_instructions.py [--base DIR]

CPU time on a machine shared with other sessions varies by ±20 % from run to run; the number of
instructions does not. This runs ``extract_throughput.py --distinct-pass``'s work under
``valgrind --tool=cachegrind --cache-sim=no`` twice, once with only the warm-up document (the seed
article: imports, catalog, compiled patterns) and once with the 180 dev and check texts after it,
and prints the difference: the instructions of the pass over the texts, each read once. With
``--base DIR`` it does the same for the ``aidledger`` package found in DIR (for example
``git archive main aidledger | tar -x -C /tmp/main`` and ``--base /tmp/main``) and prints both.
valgrind must be installed (``apt-get install valgrind``); each count takes a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PASS = """
import sys
sys.path.insert(0, {bench!r})
from extract_throughput import EVAL_SETS, ROOT, load_texts
from aidledger.model import Document
from aidledger.pledges import extract_document
texts = [t for name in EVAL_SETS for t in load_texts(ROOT.parent / "shared" / "eval" / name / "docs.jsonl")]
seed = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
extract_document(Document("warm-up", seed))
if sys.argv[1] == "all":
    for i, t in enumerate(texts):
        extract_document(Document(f"d{{i}}", t))
"""


def _instructions(what: str, base: Path | None) -> int:
    env = dict(os.environ, PYTHONPATH=str(base if base is not None else ROOT))
    code = _PASS.format(bench=str(ROOT / "benchmarks"))
    out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          sys.executable, "-c", code, what], capture_output=True, text=True, env=env,
                         cwd="/", check=True).stderr
    found = re.search(r"I\s+refs:\s+([\d,]+)", out)
    if found is None:
        sys.exit(f"no instruction count in valgrind's output:\n{out[-2000:]}")
    return int(found.group(1).replace(",", ""))


def count(base: Path | None) -> int:
    """Instructions of the pass over the texts (all texts less the warm-up alone)."""
    return _instructions("all", base) - _instructions("warm-up", base)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, help="a directory holding another version of the aidledger package")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    if args.base is not None and not (args.base / "aidledger").is_dir():
        sys.exit(f"--base {args.base}: no aidledger package there")
    if args.base is not None:
        print(f"base ({args.base}): {count(args.base) / 1e6:,.0f} M instructions")
    print(f"this checkout      : {count(None) / 1e6:,.0f} M instructions")


if __name__ == "__main__":
    main(sys.argv[1:])
