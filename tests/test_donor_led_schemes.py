"""Money paid into a scheme named by its leader ("A$5 million will go to the Czech-led initiative") is the
payer's, not the leader's: with no other donor in the sentence, the donor the text speaks of gives it.
The sentences are the project's own."""

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def money_donors(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return [(r.donor, float(r.amount)) for r in extract_document(doc)[0] if r.category == "money"]


@pytest.mark.parametrize("text", [
    "New Zealand announced a further NZ$ 12 million for Ukraine on Monday. "
    "Another NZ$ 4 million will go to the Czech-led ammunition initiative.",
    "New Zealand announced a further NZ$ 12 million for Ukraine on Monday. "
    "NZ$ 4 million is earmarked for the British-led maritime coalition.",
])
def test_money_into_a_led_scheme_is_the_payers(text):
    assert ("NZL", 4_000_000.0) in money_donors(text)
    assert {donor for donor, _ in money_donors(text)} == {"NZL"}


def test_the_payer_named_in_the_sentence_still_gives():
    text = "Canberra will contribute A$ 20 million to the Czech-led ammunition initiative."
    assert money_donors(text) == [("AUS", 20_000_000.0)]
