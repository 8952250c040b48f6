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


@pytest.mark.parametrize("text, payer, amount", [
    ("The Hague, 3 March 2026 - Ministry of Defence\n\nThe government will make 2 billion euros available for "
     "military support next year. Of this, 300 million euros will be transferred to the NATO PURL mechanism to "
     "buy Patriot missiles.", "NLD", 300_000_000.0),
    ("Helsinki, 3 March 2026 - Ministry of Defence\n\nThe government approved its 30th package today. EUR 20 million "
     "of it goes to the EU assistance facility for Ukraine.", "FIN", 20_000_000.0),
    ("Stockholm - Sweden will send two radar aircraft. A further SEK 500 million is to be paid into the NATO "
     "support scheme for US air defence missiles.", "SWE", 500_000_000.0),
    ("Lisbon - Portugal announced its aid for 2026. Some 15 million euros will be transferred to NATO's CAP "
     "programme for fuel and medical kits.", "PRT", 15_000_000.0),
    ("Vilnius - Lithuania will hand over more M577 carriers. EUR 8 million will be channelled to the EU's support "
     "instrument for Ukrainian industry.", "LTU", 8_000_000.0),
])
def test_money_into_a_pool_named_by_its_owner_is_the_payers(text, payer, amount):
    # "the NATO PURL mechanism", "the EU assistance facility": the owner of the pool the sum goes to gives none of it
    assert (payer, amount) in money_donors(text)
    assert not {"NATO", "EU"} & {donor for donor, _ in money_donors(text)}
