"""A group a speaker says acts ("Britain's defence secretary said the Ramstein group had pledged ...",
"According to Sweden's minister, partners will deliver ...") is no single donor, not the speaker's
country. The sentences are the project's own."""

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def donors(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {r.donor for r in extract_document(doc)[0]}


@pytest.mark.parametrize("text", [
    "Britain's defence secretary said the Ramstein group had pledged 20 air defence systems.",
    "According to Sweden's minister, partners will deliver 12 more Patriot systems.",
    "According to the Finnish minister, donors would send 300 more armoured vehicles this year.",
])
def test_a_group_a_speaker_reports_is_no_single_donor(text):
    assert donors(text) == set()


def test_the_speakers_own_country_still_gives():
    text = "According to Sweden's minister, Stockholm will deliver 12 more Archer guns."
    assert donors(text) == {"SWE"}
