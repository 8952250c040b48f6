"""A live blog's time-stamped entries are separate reports: an entry that names no donor does not take the
donor of an earlier entry. Every sentence here is the project's own."""

from __future__ import annotations

import datetime as dt

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def _records(text: str):
    return extract_document(Document(id="t", text=text, published=dt.date(2024, 6, 1)))[0]


def test_an_entry_without_a_donor_does_not_take_the_donor_of_the_entry_before():
    text = ("10:15 - Portugal will send 6 more M113 carriers to Ukraine, its defence ministry said.\n"
            "11:40 - Twelve air defence systems were promised to Ukraine at the meeting, none named.\n")
    assert [(r.donor, r.quantity_value) for r in _records(text)] == [("PRT", 6.0)]


def test_an_entry_keeps_its_own_donor_over_its_sentences():
    text = ("10:15 - Portugal will send 6 more M113 carriers to Ukraine. It will also send 2 radars.\n"
            "11:40 - Belgium will send 4 F-16 jets.\n")
    assert {(r.donor, r.quantity_value) for r in _records(text)} == {("PRT", 6.0), ("PRT", 2.0), ("BEL", 4.0)}


def test_a_paragraph_without_a_time_still_takes_the_donor_before():
    text = ("Portugal will send 6 more M113 carriers to Ukraine, its defence ministry said.\n\n"
            "The package also holds 2 radars.\n")
    assert {(r.donor, r.quantity_value) for r in _records(text)} == {("PRT", 6.0), ("PRT", 2.0)}
