"""The partner of talks held "together" or "jointly" ("Spain is studying together with Germany whether
...", "Italy is in talks jointly with France about ...") gives nothing itself; the subject does. The
sentences are the project's own."""

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def donors(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {r.donor for r in extract_document(doc)[0]}


@pytest.mark.parametrize(("text", "subject"), [
    ("Spain is studying together with Germany whether it can contribute 20 more Patriot missiles.", "ESP"),
    ("Italy is in talks jointly with France about 2 more SAMP/T systems.", "ITA"),
    ("Norway is negotiating closely with Sweden about 30 more trucks for Ukraine.", "NOR"),
])
def test_the_subject_of_talks_together_gives(text, subject):
    assert donors(text) == {subject}
