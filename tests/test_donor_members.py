"""The members of an institution acting together are the institution ("EU member states agreed to send
...", "NATO governments will fund ..."); some of them ("several NATO allies", "some EU member states")
are no single donor. The sentences are the project's own."""

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def donors(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {r.donor for r in extract_document(doc)[0]}


@pytest.mark.parametrize(("text", "donor"), [
    ("EU member states agreed to send Ukraine 800,000 artillery shells within a year.", "EU"),
    ("The EU's member states will provide EUR 3 billion for weapons for Ukraine this year.", "EU"),
    ("EU governments approved EUR 5 billion for weapons for Ukraine.", "EU"),
])
def test_the_members_together_are_the_institution(text, donor):
    assert donors(text) == {donor}


@pytest.mark.parametrize("text", [
    "Some EU member states will send 40 more armoured vehicles to Ukraine.",
    "Two EU member states will give Ukraine 12 howitzers next month.",
    "Several NATO allies will send 20 more tanks to Ukraine.",
    "Several EU governments will give Ukraine 12 howitzers next month.",
    "Two NATO capitals will send 30 tanks to Ukraine.",
])
def test_some_of_the_members_are_no_single_donor(text):
    assert donors(text) == set()
