"""The project's own probe sets are well formed, and `accuracy.py --own` ... `--own19` score them.

- ``benchmarks/own``: read freely to find failure classes (ids o001...), in check's weakest genres;
- ``benchmarks/own2``: written and annotated blind, since read (ids p001...), four documents per genre;
- ``benchmarks/own3``: written and annotated blind, measure-only (ids q001...), five documents per genre;
- ``benchmarks/own4``: written and annotated blind, since read (ids r001...), four documents per genre;
- ``benchmarks/own5``: written and annotated blind, measure-only (ids s001...), five documents per genre;
- ``benchmarks/own6``: written and annotated blind, read after one run (ids t001...), five documents per genre;
- ``benchmarks/own7``: written and annotated blind, measure-only (ids v001...), five documents per genre;
- ``benchmarks/own8``: written and annotated blind, read after one run (ids w001...), five documents per genre;
- ``benchmarks/own9``: written and annotated blind, blind for four sessions, read since the sixteenth (ids x001...),
  five documents per genre;
- ``benchmarks/own10``: written and annotated blind, read after one run (ids y001...), five documents per genre;
- ``benchmarks/own11``: written and annotated blind, blind for two sessions, read since the fifteenth (ids z001...),
  five documents per genre;
- ``benchmarks/own12``: written and annotated blind, measure-only (ids m001...), five documents per genre;
- ``benchmarks/own13``: written and annotated blind, read since the seventeenth session (ids k001...), five documents
  per genre;
- ``benchmarks/own14``: written and annotated blind, read since the eighteenth session (ids j001...), five documents
  per genre;
- ``benchmarks/own15``: written and annotated blind, read since the nineteenth session (ids h001...), five documents
  per genre;
- ``benchmarks/own16``: written and annotated blind, read since the twentieth session (ids f001...), five documents
  per genre;
- ``benchmarks/own17``: written and annotated blind, read since the twenty-first session (ids e001...), five
  documents per genre;
- ``benchmarks/own18``: written and annotated blind, read since the twenty-second session (ids g001...), five
  documents per genre;
- ``benchmarks/own19``: written and annotated blind, measure-only (ids b001...), five documents per genre.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT

STATUSES = {"pledged", "funded", "delivered", "considering", "refused"}
CATEGORIES = {"tank", "ifv_apc", "artillery", "mlrs", "air_defence", "aircraft", "helicopter", "drone", "ammunition",
              "missile", "small_arms", "vehicle", "naval", "other_equipment", "money"}
GOLD_FIELDS = ["doc", "donor", "recipient", "item", "category", "quantity", "quantity_unit", "amount", "currency",
               "status", "date", "quote"]
# (set, id pattern, must every genre be covered)
SETS = [("own", r"o\d{3}", False), ("own2", r"p\d{3}", True), ("own3", r"q\d{3}", True),
        ("own4", r"r\d{3}", True), ("own5", r"s\d{3}", True), ("own6", r"t\d{3}", True),
        ("own7", r"v\d{3}", True), ("own8", r"w\d{3}", True),
        ("own9", r"x\d{3}", True), ("own10", r"y\d{3}", True),
        ("own11", r"z\d{3}", True), ("own12", r"m\d{3}", True),
        ("own13", r"k\d{3}", True), ("own14", r"j\d{3}", True),
        ("own15", r"h\d{3}", True), ("own16", r"f\d{3}", True),
        ("own17", r"e\d{3}", True), ("own18", r"g\d{3}", True),
        ("own19", r"b\d{3}", True)]


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize(("name", "ids", "_"), SETS)
def test_docs_and_gold_parse_and_every_quote_is_in_its_document(name, ids, _):
    folder = ROOT / "benchmarks" / name
    docs = _lines(folder / "docs.jsonl")
    gold = _lines(folder / "gold.jsonl")
    text = {d["id"]: d["text"] for d in docs}
    assert len(text) == len(docs) >= 30
    assert all(re.fullmatch(ids, d["id"]) for d in docs)
    assert all(set(d) == {"id", "url", "title", "published", "outlet", "text"} for d in docs)
    assert all(60 <= len(d["text"].split()) <= 300 for d in docs)
    assert {g["doc"] for g in gold} <= set(text)
    for g in gold:
        assert list(g) == GOLD_FIELDS, g
        assert g["quote"] in text[g["doc"]], (g["doc"], g["quote"])
        assert g["status"] in STATUSES and g["category"] in CATEGORIES and g["recipient"] == "UKR"
        assert re.fullmatch(r"[A-Z]{3}|EU|NATO", g["donor"]), g
        assert (g["amount"] is None) == (g["currency"] is None)
        assert (g["quantity"] is None) == (g["quantity_unit"] is None)
        assert g["quantity_unit"] in {None, "units", "rounds"}
        assert g["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"])


@pytest.mark.parametrize(("name", "_", "all_genres"), SETS)
def test_every_document_has_a_genre(name, _, all_genres):
    folder = ROOT / "benchmarks" / name
    rows = (folder / "genres.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "doc,genre"
    genres = dict(row.split(",") for row in rows[1:])
    assert set(genres) == {d["id"] for d in _lines(folder / "docs.jsonl")}
    assert set(genres.values()) <= set("noraustx")
    if all_genres:
        assert set(genres.values()) == set("noraustx")


@pytest.mark.parametrize("name", [name for name, _, _ in SETS])
def test_accuracy_scores_the_set_and_writes_misses(name, tmp_path, capsys):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import accuracy
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    details = tmp_path / "details.jsonl"
    assert accuracy.main([f"--{name}", "--details", str(details)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith(f"{name}_F1=")
    fields = dict(part.split("=") for part in last.split())
    rows = _lines(details)
    misses = [r for r in rows if "miss" in r]
    extras = [r for r in rows if "extra" in r]
    gold, pred = int(fields["gold"]), int(fields["pred"])
    assert gold == len(_lines(ROOT / "benchmarks" / name / "gold.jsonl"))
    matched = gold - len(misses)
    assert matched == pred - len(extras)
    assert abs(float(fields[f"{name}_F1"]) - 2 * matched / (gold + pred)) < 0.0015
