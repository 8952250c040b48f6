"""Extraction accuracy on the evaluation sets, overall and per genre, side by side.

    python benchmarks/accuracy.py                 # dev and check (../shared/eval), per genre
    python benchmarks/accuracy.py --sets dev      # one set
    python benchmarks/accuracy.py --by status     # per status (or --by category), not per genre
    python benchmarks/accuracy.py --category money  # per genre, the records of one category only
    python benchmarks/accuracy.py --own           # the project's own probe texts (benchmarks/own), per genre
    python benchmarks/accuracy.py --own --details misses.jsonl  # ... and write every miss and extra
    python benchmarks/accuracy.py --own2          # the second probe set (own2; written blind, since read)
    python benchmarks/accuracy.py --own3          # the third, blind probe set (benchmarks/own3): measure only
    python benchmarks/accuracy.py --own4          # the fourth probe set (benchmarks/own4; written blind, since read)
    python benchmarks/accuracy.py --own5          # the fifth, blind probe set (benchmarks/own5): measure only
    python benchmarks/accuracy.py --own6          # the sixth probe set (own6; blind for one run, since read)
    python benchmarks/accuracy.py --own7          # the seventh, blind probe set (benchmarks/own7): measure only
    python benchmarks/accuracy.py --own8          # the eighth probe set (own8; blind for one run, since read)
    python benchmarks/accuracy.py --own9          # the ninth probe set (own9; blind four sessions, then read)
    python benchmarks/accuracy.py --own10         # the tenth probe set (own10; blind for one run, then read)
    python benchmarks/accuracy.py --own11         # the eleventh probe set (own11; blind two sessions, then read)
    python benchmarks/accuracy.py --own12         # the twelfth, blind probe set (benchmarks/own12): measure only
    python benchmarks/accuracy.py --own13         # the thirteenth probe set (own13; blind one session, then read)
    python benchmarks/accuracy.py --own14         # the fourteenth probe set (own14; blind one session, then read)
    python benchmarks/accuracy.py --own15         # the fifteenth probe set (own15; blind one session, then read)
    python benchmarks/accuracy.py --own16         # the sixteenth probe set (own16; blind one session, then read)
    python benchmarks/accuracy.py --own17         # the seventeenth probe set (own17; blind one session, then read)
    python benchmarks/accuracy.py --own18         # the eighteenth probe set (own18; blind one session, then read)
    python benchmarks/accuracy.py --own19         # the nineteenth, blind probe set (benchmarks/own19): measure only

The genre of a document is the letter its id starts with (the sets name their documents so: ``n``
news, ``o`` official statements and lists, ``r`` roundups and live blogs, ``a`` analysis, ``u``
Ukrainian outlets and translations, ``s`` state media and aggregators, ``t`` spoken and social
sources, ``x`` donors outside Europe and institutions, ``d`` the first 24 documents). Only figures
are printed: the check set is for measuring, never for reading its misses.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from aidledger.evaluate import load_jsonl, score
from aidledger.model import Document
from aidledger.pledges import extract_document
from aidledger.sources import read_documents

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
PROBES = {name: ROOT / "benchmarks" / name for name in ("own", *(f"own{n}" for n in range(2, 20)))}
GENRES = {"n": "news", "o": "official", "r": "roundup", "a": "analysis", "u": "ukrainian", "s": "state media",
          "t": "spoken/social", "x": "outside Europe", "d": "first 24"}


def _predict(name: str) -> tuple[list[dict], list[dict]]:
    folder = PROBES.get(name, EVAL / name)
    gold = load_jsonl(folder / "gold.jsonl")
    pred: list[dict] = []
    for doc in read_documents([folder / "docs.jsonl"]):
        if isinstance(doc, Document):
            pred.extend(p.to_dict() for p in extract_document(doc)[0])
    return gold, pred


def run_by(name: str, field: str) -> dict[str, tuple[float, float, float, int]]:
    """Precision and recall per value of ``field`` (status or category) of one set: a gold record
    counts as found when the scorer matched it (the match may have another status of the same
    class), a prediction as right when it matched a gold record."""
    gold, pred = _predict(name)
    s = score(gold, pred)
    missed, wrong = {id(g) for g in s.misses}, {id(p) for p in s.extras}
    pred = [p for p in pred if p["doc_id"] in {g["doc"] for g in gold}]
    out = {}
    for value in sorted({g[field] for g in gold} | {p[field] for p in pred}):
        g = [r for r in gold if r[field] == value]
        p = [r for r in pred if r[field] == value]
        recall = sum(id(r) not in missed for r in g) / len(g) if g else 0.0
        precision = sum(id(r) not in wrong for r in p) / len(p) if p else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[value] = (precision, recall, f1, len(g))
    return out


def run(name: str, category: str | None = None) -> dict[str, tuple[float, float, float, int]]:
    gold, pred = _predict(name)
    if category:
        gold = [r for r in gold if r["category"] == category]
        pred = [r for r in pred if r["category"] == category]
    out = {}
    def chosen(key: str, doc: str) -> bool:
        return key == "all" or (key == "new" and not doc.startswith("d")) or doc.startswith(key)

    for key in ["all", "new", *GENRES]:
        g = [r for r in gold if chosen(key, r["doc"])]
        p = [r for r in pred if chosen(key, r["doc_id"])]
        if g:
            s = score(g, p)
            out[key] = (s.precision, s.recall, s.f1, s.gold)
    return out


def run_own(details: str | None = None, name: str = "own") -> int:
    """Score a probe set, benchmarks/own ... own19 (texts written for the project, annotated by the dev rules; own is
    not a held-out measure, own2-own19 were written blind; own3, own5, own7, own12 and own19 stay
    measure-only, the others have been read):
    P/R/F1 overall, per genre (genres.csv) and per status class, and optionally every miss and extra as JSONL lines
    ``{"doc", "miss"}`` / ``{"doc", "extra"}``, the shape of the reference scorer's ``--details``."""
    gold, pred = _predict(name)
    docs = {g["doc"] for g in gold}
    pred = [p for p in pred if p["doc_id"] in docs]
    genre = {}
    for line in (PROBES[name] / "genres.csv").read_text(encoding="utf-8").splitlines()[1:]:
        doc, letter = line.split(",")
        genre[doc] = letter
    print("genre".ljust(16) + f"{name + ' P/R/F1 (gold)':>30}")
    for key in ["all", *GENRES]:
        g = [r for r in gold if key == "all" or genre.get(r["doc"]) == key]
        p = [r for r in pred if key == "all" or genre.get(r["doc_id"]) == key]
        if g:
            s = score(g, p)
            cell = f"{s.precision:.3f}/{s.recall:.3f}/{s.f1:.3f} ({s.gold:>3})"
            print(GENRES.get(key, key).ljust(16) + f"{cell:>30}")
    s = score(gold, pred)
    for status in ["pledged", "funded", "delivered", "considering", "refused"]:
        missed = sum(g["status"] == status for g in s.misses)
        total = sum(g["status"] == status for g in gold)
        extra = sum(p["status"] == status for p in s.extras)
        print(f"{status:<16}found {total - missed}/{total}, extras {extra}")
    if details:
        with open(details, "w", encoding="utf-8") as f:
            for g in s.misses:
                f.write(json.dumps({"doc": g["doc"], "miss": g}, ensure_ascii=False) + "\n")
            for p in s.extras:
                f.write(json.dumps({"doc": p["doc_id"], "extra": p}, ensure_ascii=False, default=str) + "\n")
    print(f"{name}_F1={s.f1:.3f} P={s.precision:.3f} R={s.recall:.3f} gold={s.gold} pred={len(pred)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["dev", "check"])
    parser.add_argument("--by", choices=["status", "category"], help="figures per status or category instead")
    parser.add_argument("--category", help="per genre, only the gold and predicted records of this category")
    parser.add_argument("--own", action="store_true", help="score the project's own probe set (benchmarks/own)")
    parser.add_argument("--own2", action="store_true", help="score the second, held-out probe set (benchmarks/own2)")
    parser.add_argument("--own3", action="store_true",
                        help="score the third, blind probe set (benchmarks/own3; read only its figures)")
    parser.add_argument("--own4", action="store_true",
                        help="score the fourth, blind probe set (benchmarks/own4; read only its figures)")
    parser.add_argument("--own5", action="store_true",
                        help="score the fifth, blind probe set (benchmarks/own5; read only its figures)")
    parser.add_argument("--own6", action="store_true",
                        help="score the sixth probe set (benchmarks/own6, written blind; see its README)")
    parser.add_argument("--own7", action="store_true",
                        help="score the seventh, blind probe set (benchmarks/own7; read only its figures)")
    parser.add_argument("--own8", action="store_true",
                        help="score the eighth probe set (benchmarks/own8, written blind; see its README)")
    parser.add_argument("--own9", action="store_true",
                        help="score the ninth probe set (benchmarks/own9, written blind; see its README)")
    parser.add_argument("--own10", action="store_true",
                        help="score the tenth probe set (benchmarks/own10, written blind; see its README)")
    parser.add_argument("--own11", action="store_true",
                        help="score the eleventh probe set (benchmarks/own11, written blind; see its README)")
    parser.add_argument("--own12", action="store_true",
                        help="score the twelfth, blind probe set (benchmarks/own12; read only its figures)")
    parser.add_argument("--own13", action="store_true",
                        help="score the thirteenth probe set (benchmarks/own13; written blind, read since)")
    parser.add_argument("--own14", action="store_true",
                        help="score the fourteenth probe set (benchmarks/own14; written blind, read since)")
    parser.add_argument("--own15", action="store_true",
                        help="score the fifteenth probe set (benchmarks/own15; written blind, read since)")
    parser.add_argument("--own16", action="store_true",
                        help="score the sixteenth probe set (benchmarks/own16; written blind, read since)")
    parser.add_argument("--own17", action="store_true",
                        help="score the seventeenth probe set (benchmarks/own17; written blind, read since)")
    parser.add_argument("--own18", action="store_true",
                        help="score the eighteenth probe set (benchmarks/own18; blind one session, then read)")
    parser.add_argument("--own19", action="store_true",
                        help="score the nineteenth, blind probe set (benchmarks/own19; read only its figures)")
    parser.add_argument("--details", metavar="FILE",
                        help="with --own/--own2/.../--own19: write every miss and extra to FILE")
    args = parser.parse_args(argv)
    chosen = [n for n in PROBES if getattr(args, n)]
    if chosen:
        name = chosen[-1]
        return run_own(args.details, name)
    if not EVAL.is_dir():
        print(f"no evaluation sets at {EVAL}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    if args.by:
        per = {name: run_by(name, args.by) for name in args.sets}
        print(args.by.ljust(16) + "".join(f"{name + ' P/R/F1 (gold)':>30}" for name in args.sets))
        for value in sorted(set().union(*per.values())):
            cells = [per[n].get(value) for n in args.sets]
            print(value.ljust(16) + "".join(
                f"{f'{c[0]:.3f}/{c[1]:.3f}/{c[2]:.3f} ({c[3]:>3})' if c else '-':>30}" for c in cells))
        print(f"({time.perf_counter() - t0:.1f} s)")
        return 0
    results = {name: run(name, args.category) for name in args.sets}
    header = "genre".ljust(16) + "".join(f"{name + ' P/R/F1 (gold)':>30}" for name in args.sets)
    print(header)
    for key in ["all", "new", *GENRES]:
        cells = []
        for name in args.sets:
            r = results[name].get(key)
            cells.append(f"{r[0]:.3f}/{r[1]:.3f}/{r[2]:.3f} ({r[3]:>3})" if r else "-")
        if any(c != "-" for c in cells):
            label = {"new": "all but first 24"}.get(key, GENRES.get(key, key))
            print(label.ljust(16) + "".join(f"{c:>30}" for c in cells))
    print(" ".join(f"{name}_F1={results[name]['all'][2]:.3f}" for name in args.sets),
          f"({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
