"""The fund a country blocks stays the object of the blocking, not the donor, when the amount between them
has a decimal point ("blocked the release of EUR 6.5bn from the European Peace Facility"). The sentences
are the project's own."""

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def donors(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {(r.donor, r.status) for r in extract_document(doc)[0]}


@pytest.mark.parametrize("text", [
    "Hungary again blocked the release of EUR 6.5bn from the European Peace Facility, diplomats said.",
    "Hungary vetoed the payment of €2.3 billion from the European Peace Facility for arms for Ukraine.",
    "Hungary blocked the release of EUR 4 billion from the European Peace Facility.",
])
def test_the_blocker_refuses_whatever_the_amount(text):
    assert donors(text) == {("HUN", "refused")}
