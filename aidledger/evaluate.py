"""Score extracted pledges against hand-checked gold records.

The matching rules are those of the reference scorer of the evaluation set (``eval/score.py``),
re-implemented here so ``aidledger eval`` needs nothing outside the package; a test checks that
both give the same figures.

A prediction matches a gold record of the same document when donor and status class agree
(pledged and funded are one class, a commitment) and
- money (gold has an amount): the amount is within 1 % and the currency is the same;
- a counted item (gold has a quantity): the quantity is equal and the item is compatible (same
  category, or one normalised name contains the other);
- otherwise: the item is compatible.
Each gold record matches at most one prediction, greedily in file order. Predictions for
documents that have no gold record are left out, as the reference scorer does.

>>> gold = [{"doc": "d1", "donor": "FRA", "status": "pledged", "item": "Caesar",
...          "category": "artillery", "quantity": 12}]
>>> pred = [{"doc_id": "d1", "donor": "FRA", "status": "funded", "system": "Caesar howitzer",
...          "category": "artillery", "quantity": 12}]
>>> score(gold, pred).f1
1.0
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STATUS_CLASS = {"pledged": "commit", "funded": "commit", "committed": "commit",
                "delivered": "delivered", "considering": "considering", "refused": "refused"}


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1, with the matched count and every miss and extra.

    Attributes:
        gold, pred, matched: counts.
        precision, recall, f1: the figures.
        misses: gold records no prediction matched; extras: predictions that matched nothing.
    """

    gold: int
    pred: int
    matched: int
    precision: float
    recall: float
    f1: float
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)


def _norm(s: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(s or "").lower())


def _field(r: dict, *names: str):
    for n in names:
        if r.get(n) not in (None, ""):
            return r[n]
    return None


def _num(x: object) -> float | None:
    try:
        return float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _item_ok(p: dict, g: dict) -> bool:
    pc, gc = _field(p, "category"), _field(g, "category")
    if pc and gc and pc == gc:
        return True
    pn, gn = _norm(_field(p, "system", "item")), _norm(_field(g, "item", "system"))
    return bool(pn and gn and (pn in gn or gn in pn))


def matches(p: dict, g: dict) -> bool:
    """Does prediction ``p`` match gold record ``g`` (same document assumed)?"""
    if str(_field(p, "donor")).upper() != str(_field(g, "donor")).upper():
        return False
    if STATUS_CLASS.get(_field(p, "status"), "?") != STATUS_CLASS.get(_field(g, "status"), "!"):
        return False
    ga, gq = _num(_field(g, "amount")), _num(_field(g, "quantity"))
    if ga is not None:
        pa = _num(_field(p, "amount"))
        return (pa is not None and abs(pa - ga) <= 0.01 * ga
                and str(_field(p, "currency")).upper() == str(_field(g, "currency")).upper())
    if gq is not None:
        return _num(_field(p, "quantity")) == gq and _item_ok(p, g)
    return _item_ok(p, g)


def score(gold: Iterable[dict], pred: Iterable[dict]) -> Score:
    """Score predictions against gold records."""
    gold = list(gold)
    docs = {g["doc"] for g in gold}
    pred = [p for p in pred if _field(p, "doc_id", "doc") in docs]
    by_doc: dict[str, tuple[list[dict], list[dict]]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], ([], []))[0].append(g)
    for p in pred:
        by_doc.setdefault(_field(p, "doc_id", "doc"), ([], []))[1].append(p)
    tp = 0
    misses: list[dict] = []
    extras: list[dict] = []
    for _doc, (gs, ps) in sorted(by_doc.items(), key=lambda kv: str(kv[0])):
        used: set[int] = set()
        for g in gs:
            hit = next((i for i, p in enumerate(ps) if i not in used and matches(p, g)), None)
            if hit is None:
                misses.append(g)
            else:
                used.add(hit)
                tp += 1
        extras.extend(p for i, p in enumerate(ps) if i not in used)
    precision = tp / len(pred) if pred else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(len(gold), len(pred), tp, precision, recall, f1, misses, extras)


def load_jsonl(path: str | Path) -> list[dict]:
    """Records of a JSONL file (blank lines skipped)."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_gold(path: str | Path) -> list[dict]:
    """The gold records of a JSONL file, each checked: a JSON object with ``doc``, ``donor`` and
    ``status``. Raises ``InputError`` naming ``file:line`` for the first bad line, and for a file
    with no record at all (a score over nothing would read as F1 = 0)."""
    from aidledger.errors import InputError

    records: list[dict] = []
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                raise InputError("not UTF-8 text", path=str(path), line=lineno) from None
            except json.JSONDecodeError as exc:
                raise InputError(f"not JSON ({exc.msg} at column {exc.colno})", path=str(path), line=lineno) from None
            if not isinstance(record, dict):
                raise InputError(f"a gold record is a JSON object, not {type(record).__name__}",
                                 path=str(path), line=lineno)
            missing = [k for k in ("doc", "donor", "status") if record.get(k) in (None, "")]
            if missing:
                raise InputError(f"gold record lacks {', '.join(missing)}", path=str(path), line=lineno)
            if not isinstance(record["doc"], str | int):
                raise InputError("gold field doc is not a document id", path=str(path), line=lineno)
            records.append(record)
    if not records:
        raise InputError("no gold records (the file is empty): nothing to score against", path=str(path))
    return records


def evaluate(gold_path: str | Path, docs_path: str | Path) -> Score:
    """Extract pledges from the documents of ``docs_path`` (JSONL) and score them against
    ``gold_path``."""
    from aidledger.model import Document
    from aidledger.pledges import extract_document
    from aidledger.sources import read_documents

    gold = load_gold(gold_path)  # checked before any extraction
    pred: list[dict] = []
    for doc in read_documents([docs_path]):
        if isinstance(doc, Document):
            pred.extend(p.to_dict() for p in extract_document(doc)[0])
    return score(gold, pred)


def format_record(r: dict) -> str:
    """One line for a miss or an extra: donor, status, item, quantity or amount, quote."""
    what = _field(r, "system", "item")
    size = _field(r, "quantity")
    if _field(r, "amount") is not None:
        size = f"{_field(r, 'amount'):,} {_field(r, 'currency')}"
    quote = re.sub(r"\s+", " ", str(r.get("quote") or ""))
    if len(quote) > 160:
        quote = quote[:157] + "..."
    doc = _field(r, "doc_id", "doc")
    return f"{doc} {r.get('donor')} {r.get('status')} {what} [{r.get('category')}] {size}: \"{quote}\""
