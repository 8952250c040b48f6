"""The office words (``data/offices.csv``): one list, read by the mention stage (an official the lexicon
does not know, introduced with an office and a country) and by the donor stage (the speaker of a
quote: "the minister said", "Norway's defence minister ..."). Every row's example is the project's own."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.mentions.donors import _lexicon, find_donors, office_pattern
from aidledger.model import Document
from aidledger.resources import data_path


def _rows() -> list[tuple[int, dict[str, str]]]:
    with open(data_path("offices.csv"), encoding="utf-8", newline="") as f:
        return [(i + 2, row) for i, row in enumerate(csv.DictReader(f))]


def _id(item) -> str:
    return f"line{item[0]}:{item[1]['office']}"


@pytest.mark.parametrize("item", _rows(), ids=_id)
def test_each_office_introduces_an_official_in_its_example(item):
    line, row = item
    example = row["example"].strip()
    assert example, f"offices.csv line {line} needs an example sentence"
    assert re.search(r"\b[" + row["pattern"][0].upper() + row["pattern"][0] + "]" + row["pattern"][1:], example), \
        f"offices.csv line {line}: the row's pattern is not in its example"
    lex, _ = _lexicon()
    introduced = [d for d in find_donors(example) if d.kind == "official" and d.text not in lex]
    assert introduced, f"offices.csv line {line}: {example!r} introduces no official"
    country = next(d for d in find_donors(example) if d.kind in ("name", "demonym"))
    assert introduced[0].code == country.code


@pytest.mark.parametrize("item", _rows(), ids=_id)
def test_each_office_names_the_speaker_of_a_quote(item):
    # the quote speaks as "we" for the official introduced before it, not for the donor of the sentence between
    _, row = item
    office = row["office"]
    text = (f"Norway's {office} Kari Holmvik arrived in Kyiv on Monday.\n"
            "Sweden sent 10 tanks last year.\n"
            f'"We will send 20 more Bandvagn 206 vehicles to Ukraine," the {office} said.')
    found = extract_document(Document(id="t", text=text, published=dt.date(2024, 6, 1)))[0]
    assert {r.donor for r in found if r.quantity_value == 20} == {"NOR"}


def test_one_pattern_matches_every_office_as_written_and_capitalised():
    pattern = office_pattern()
    for _, row in _rows():
        office = row["office"]
        assert re.fullmatch(pattern, office) and re.fullmatch(pattern, office[0].upper() + office[1:]), office
    assert re.fullmatch(pattern, "Spokeswoman") and re.fullmatch(pattern, "chief of the Defence")
    assert not re.fullmatch(pattern, "commentator")


def test_a_pattern_must_start_with_lower_case_letters(tmp_path, monkeypatch):
    from aidledger.mentions import donors

    bad = tmp_path / "offices.csv"
    bad.write_text("office,pattern,example\nminister,(?:vice-)?minister,x\n", encoding="utf-8")
    monkeypatch.setattr(donors, "data_path", lambda name: bad)
    donors._office_rows.cache_clear()
    try:
        with pytest.raises(ValueError, match="offices.csv line 2"):
            donors._office_rows()
    finally:
        donors._office_rows.cache_clear()
