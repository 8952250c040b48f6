"""Where the misses of a set lie, in counts only: safe on a measure-only set (nothing of its texts is printed).

usage: python benchmarks/miss_classes.py [SET ...]      (default: check; SET is dev, check or own ... own13)

For every gold record the extractor misses, one class:

- ``found, other status``: an unmatched prediction of the same document would match it if only its status
  class were the gold's (the confusion, ``pledged->refused`` for "we said pledged, gold says refused", is
  counted apart);
- ``found, other donor`` / ``other number`` / ``other item``: the same with the donor, the amount or count, or
  the item's category and name;
- ``a record from its quote, other fields``: a prediction quotes text that overlaps the gold quote, and no
  single field explains the difference;
- ``skipped: <reason>``: the extractor saw a candidate inside the gold quote and said why it gave no record
  (``AL201``; the reason's quoted words are cut, so no text of the set is printed);
- ``its quote gave a record that matched another gold``: a second fact of the same words (another donor of a
  joint pledge, the promise beside the delivery) that we read as one;
- ``nothing in its quote``: no candidate and no record there. These are also counted by the mentions the
  recognisers found inside the gold quote (a named system, a generic item, money, a number, a donor, a status
  cue: ``system+donor+cue``, or ``none``), which tells a name we do not know from a candidate dropped later.

Each class is split by what the gold record holds (``money``: an amount; ``counted``: a quantity;
``uncounted``: neither); the records nothing was found for are also counted by their gold category and status.
Only these counts and the status confusions are printed.

For every prediction that matches nothing (an extra), one class:

- ``one field off a missed gold``: it would match a missed gold record of its document with one field of
  the gold's (the other side of a ``found, other ...`` miss above);
- ``beside a matched gold``: its quote overlaps the quote of a gold record another prediction matched (a
  second record of one fact: another status, count or item read from the same words);
- ``beside a missed gold``: its quote overlaps a missed gold record's quote, no single field explains it;
- ``no gold near``: no gold quote of its document overlaps it; these are also counted by our category
  and status, and by whether the document has any gold record at all.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from aidledger.evaluate import load_jsonl, matches, score
from aidledger.extractor.index import Mentions
from aidledger.model import Document
from aidledger.pledges import extract_document
from aidledger.sources import read_documents

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
FIELDS = {"status": ("status",), "donor": ("donor",), "number": ("amount", "quantity", "currency"),
          "item": ("category", "system")}


def _folder(name: str) -> Path:
    return ROOT / "benchmarks" / name if name.startswith("own") else EVAL / name


def _reason(message: str) -> str:
    """The reason of an ``AL201`` problem without the words it quotes."""
    reason = re.sub(r"^no record for .*?: ", "", message, flags=re.S)
    return re.sub(r"\(.*?\)|'[^']*'|\"[^\"]*\"", "…", reason)[:60]


def _overlaps(text: str, quote: str, lo: int, hi: int) -> bool:
    """Does ``quote``, where it first stands in ``text``, overlap [lo, hi)?"""
    at = text.find(quote)
    return lo < at + len(quote) and at < hi


def _relaxed(p: dict, g: dict, kind: str) -> bool:
    p = dict(p)
    for f in FIELDS[kind]:
        p[f] = g.get("item" if f == "system" else f)
    return matches(p, g)


def classes(name: str) -> tuple[Counter, Counter, Counter]:
    """(miss classes, status confusions, category/status of the misses nothing was found for) of the set ``name``."""
    gold = load_jsonl(_folder(name) / "gold.jsonl")
    pred, skipped, texts, mentions = [], {}, {}, {}
    for doc in read_documents([_folder(name) / "docs.jsonl"]):
        if isinstance(doc, Document):
            records, problems = extract_document(doc, explain=True)
            pred.extend(p.to_dict() for p in records)
            skipped[doc.id] = [p for p in problems if p.code == "AL201" and p.source is not None]
            texts[doc.id] = doc.text
            mentions[doc.id] = Mentions(doc)
    result = score(gold, pred)
    extras = result.extras
    extra_ids = {id(p) for p in extras}
    missed = {id(g) for g in result.misses}
    shared = Counter()
    found, confusions, unseen, inside = Counter(), Counter(), Counter(), Counter()
    for g in result.misses:
        kind = "money" if g.get("amount") is not None else "counted" if g.get("quantity") is not None else "uncounted"
        near = [p for p in extras if p.get("doc_id") == g["doc"]]
        relaxed = next((k for k in FIELDS if any(_relaxed(p, g, k) for p in near)), None)
        if relaxed == "status":
            p = next(p for p in near if _relaxed(p, g, "status"))
            confusions[f"{p['status']}->{g['status']}"] += 1
        text = texts.get(g["doc"], "")
        lo = text.find(g["quote"])
        hi = lo + len(g["quote"]) if lo >= 0 else -1
        if relaxed is not None:
            label = f"found, other {relaxed}"
        elif any(p.get("quote") and 0 <= lo and _overlaps(text, p["quote"], lo, hi) for p in near):
            label = "a record from its quote, other fields"
        elif 0 <= lo and any(id(p) not in extra_ids and p.get("doc_id") == g["doc"] and p.get("quote")
                             and _overlaps(text, p["quote"], lo, hi) for p in pred):
            label = "its quote gave a record that matched another gold"
            twins = [o for o in gold if o is not g and o["doc"] == g["doc"] and id(o) not in missed
                     and 0 <= lo and _overlaps(text, o["quote"], lo, hi)]
            shared[_shared_fields(g, twins)] += 1
        else:
            reasons = {_reason(p.message) for p in skipped.get(g["doc"], []) if lo <= p.source.start < hi}
            label = "; ".join(sorted("skipped: " + r for r in reasons)) or "nothing in its quote"
            if label == "nothing in its quote":
                unseen[f"{g['category']}/{g['status']}"] += 1
                if lo >= 0:
                    inside[_mentions_inside(mentions[g["doc"]], lo, hi)] += 1
        found[(label, kind)] += 1
    extra_classes = _extra_classes(gold, result.misses, extras, texts)
    return found, confusions, unseen, extra_classes, inside, shared


def _shared_fields(g: dict, twins: list[dict]) -> str:
    """What a missed gold record differs in from the matched gold records of its quote ("other donor": a joint
    pledge read for one donor; "other status": the promise beside the delivery; "other item", "other number")."""
    if not twins:
        return "no matched gold quotes these words"
    diffs = []
    for o in twins:
        d = [f for f, keys in (("donor", ("donor",)), ("status", ("status",)), ("item", ("item", "category")),
                               ("number", ("quantity", "amount"))) if any(o.get(k) != g.get(k) for k in keys)]
        diffs.append("+".join(d) or "nothing (a repeat)")
    return "other " + min(diffs, key=len)

def _mentions_inside(m: Mentions, lo: int, hi: int) -> str:
    """The kinds of mention the recognisers found in [lo, hi): "system+number+donor+cue", or "none"."""
    kinds = [("system", m.systems), ("generic", m.generics), ("money", m.money), ("number", m.numbers),
             ("donor", m.donors), ("cue", m.status_cues)]
    return "+".join(k for k, lst in kinds if m.inside(lst, lo, hi)) or "none"


def _extra_classes(gold: list[dict], misses: list[dict], extras: list[dict], texts: dict[str, str]) -> Counter:
    """The class of every unmatched prediction (see the module's docstring); counts only."""
    missed = {id(g) for g in misses}
    out = Counter()
    for p in extras:
        doc = p.get("doc_id")
        text = texts.get(doc, "")
        golds = [g for g in gold if g["doc"] == doc]
        at = text.find(p.get("quote") or "\0")
        span = (at, at + len(p.get("quote") or "")) if at >= 0 else None

        def near(g: dict, text: str = text, span: tuple[int, int] | None = span) -> bool:
            return span is not None and _overlaps(text, g["quote"], *span)

        kind = "money" if p.get("amount") is not None else "counted" if p.get("quantity") is not None else "uncounted"
        if any(id(g) in missed and any(_relaxed(p, g, k) for k in FIELDS) for g in golds):
            label = "one field off a missed gold"
        elif any(id(g) not in missed and near(g) for g in golds):
            label = "beside a matched gold"
        elif any(near(g) for g in golds):
            label = "beside a missed gold"
        else:
            notes = ",".join(p.get("notes") or ()) or "-"
            label = f"no gold near ({p.get('category')}/{p.get('status')}, notes {notes}" + (
                ", a document without gold)" if not golds else ")")
        out[(label, kind)] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or ["check"]
    for name in names:
        if not (_folder(name) / "gold.jsonl").is_file():
            print(f"{name}: no such set ({_folder(name)})", file=sys.stderr)
            return 1
        found, confusions, unseen, extra_classes, inside, shared = classes(name)
        print(f"{name}: {sum(found.values())} misses")
        for (label, kind), n in sorted(found.items(), key=lambda x: (-x[1], x[0])):
            print(f"  {n:4d}  {kind:9s}  {label}")
        print("  status confusions (ours->gold): " + ", ".join(f"{k} {v}" for k, v in sorted(confusions.items())))
        print("  nothing in its quote, by gold category/status: "
              + ", ".join(f"{k} {v}" for k, v in sorted(unseen.items(), key=lambda x: (-x[1], x[0]))))
        print("  nothing in its quote, by the mentions found inside it: "
              + ", ".join(f"{k} {v}" for k, v in sorted(inside.items(), key=lambda x: (-x[1], x[0]))))
        print("  its quote gave a record that matched another gold, which differs in: "
              + ", ".join(f"{k} {v}" for k, v in sorted(shared.items(), key=lambda x: (-x[1], x[0]))))
        print(f"{name}: {sum(extra_classes.values())} extras")
        for (label, kind), n in sorted(extra_classes.items(), key=lambda x: (-x[1], x[0])):
            print(f"  {n:4d}  {kind:9s}  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
