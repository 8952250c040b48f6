"""A system named by its origin in what a speaker reports: the speaker's country gives it when it has the
system; when it has not and the origin country has, the origin country does (a donor gives what it has).
Every sentence here is the project's own."""

from __future__ import annotations

import datetime as dt

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def _donors(text: str, system: str) -> set[str]:
    found = extract_document(Document(id="t", text=text, published=dt.date(2024, 6, 1)))[0]
    return {r.donor for r in found if r.system == system}


def test_a_speaker_whose_country_has_not_the_system_is_not_its_donor():
    # Belgium has no HIMARS; the United States has
    text = "Belgium's ambassador said that American HIMARS launchers will reach Ukraine within weeks."
    assert _donors(text, "HIMARS") == {"USA"}


def test_a_speaker_whose_country_has_the_system_stays_its_donor():
    # the Netherlands flies F-16s: "American" says whose make they are
    text = "The Dutch ambassador said that American F-16 jets will reach Ukraine within weeks."
    assert _donors(text, "F-16") == {"NLD"}


def test_a_speaker_reported_without_that_is_read_the_same_way():
    # France has no Leopard tanks; NATO, an alliance, has no NASAMS of its own
    assert _donors("Macron said German Leopard tanks will be delivered soon.", "Leopard") == {"DEU"}
    assert _donors("Speaking in Washington, Stoltenberg said Norwegian NASAMS launchers had reached Kyiv.",
                   "NASAMS") == {"NOR"}
