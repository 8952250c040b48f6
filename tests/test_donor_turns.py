"""A transcript's turns: "we" in a speaker's paragraph stands for the country that speaker named before
"we", not for the first country of the whole text that said "we". Every sentence here is the project's own."""

from __future__ import annotations

import datetime as dt

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document

_TEXT = ("PRIME MINISTER HALVORSEN: Norway will provide Ukraine with 40 more trucks, and we will keep going.\n\n"
         "PRESIDENT KALNINS: Latvia stands with Ukraine; we never doubted it. We have already sent 300 drones, "
         "as you know.")


def _records():
    return extract_document(Document(id="t", text=_TEXT, published=dt.date(2024, 7, 1)))[0]


def test_we_in_a_later_turn_is_the_country_its_speaker_named():
    assert {r.donor for r in _records() if r.quantity_value == 300} == {"LVA"}


def test_the_first_turn_keeps_its_own_country():
    assert {r.donor for r in _records() if r.quantity_value == 40} == {"NOR"}

