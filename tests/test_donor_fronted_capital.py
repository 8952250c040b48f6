"""A capital set before a sentence's clause ("In Oslo, the ministry said ...") names the government the
sentence's references stand for ("the government", "the ministry"), not the country the document is about
(sentences of our own)."""

from __future__ import annotations

import datetime as dt

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def _records(text):
    return extract_document(Document(id="t", text=text, published=dt.date(2024, 5, 3)))[0]


def test_a_fronted_capital_gives_the_references_of_its_sentence_their_government():
    text = ("ROME — Italy will send Ukraine a further SAMP/T battery, the defence ministry said on Tuesday.\n\n"
            "In Athens, the government said on Wednesday it had handed over 30 BMP-1 vehicles and would put "
            "15 million euros into the Czech ammunition scheme.")
    found = _records(text)
    assert ("GRC", "BMP-1", 30) in {(p.donor, p.system, p.quantity_value) for p in found}
    assert {(p.donor, int(p.amount)) for p in found if p.amount} == {("GRC", 15_000_000)}


def test_without_a_fronted_capital_the_reference_stays_the_documents_donor():
    text = ("ROME — Italy will send Ukraine a further SAMP/T battery, the defence ministry said on Tuesday.\n\n"
            "The government also said it would put 15 million euros into the Czech ammunition scheme.")
    assert {p.donor for p in _records(text) if p.amount} == {"ITA"}


def test_the_owner_of_a_pool_is_no_giver_of_what_the_subject_sends():
    text = ("SEOUL - Korea will pay 3 billion won into the trust fund of NATO's assistance package for Ukraine, the "
            "ministry said on Monday, and will send 500 sets of body armour.")
    assert {p.donor for p in _records(text)} == {"KOR"}
    text = ("OTTAWA - Canada will send 20 armoured trucks to Ukraine. A further $15 million will go into the drone "
            "fund that NATO runs for Ukraine.")
    assert {p.donor for p in _records(text)} == {"CAN"}

