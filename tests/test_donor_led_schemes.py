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


def all_records(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return [(r.donor, r.status, r.quantity_value and int(r.quantity_value)) for r in extract_document(doc)[0]]


@pytest.mark.parametrize("text, giver, count, leaders", [
    # the leader set off by commas, the host, the manager, a procurement noun: none of them gives what follows
    ("Chile is putting US$5 million into the demining coalition for Ukraine, the foreign minister announced on "
     "Monday. The coalition, led by Lithuania and Iceland, buys mine-clearing equipment for Ukraine's forces. The "
     "government would also gift Ukraine 12 surplus Unimog trucks from army stocks.", "CHL", 12, {"LTU", "ISL"}),
    ("Portugal's defence ministry said Lisbon would put 10 million euros into the armoured vehicle procurement led by "
     "Germany, and that 8 M113 armoured personnel carriers promised in the spring had been handed over to Ukrainian "
     "units.", "PRT", 8, {"DEU"}),
    ("Argentina's government will send 10 ambulances to Ukraine through the NATO fund hosted by Poland, and it will "
     "add 6 field hospitals later.", "ARG", 6, {"POL"}),
])
def test_the_leader_or_host_of_a_scheme_gives_nothing(text, giver, count, leaders):
    found = all_records(text)
    assert any(d == giver and q == count for d, _, q in found), found
    assert not leaders & {d for d, _, _ in found}, found


def test_a_host_told_in_an_apposition_is_no_payer():
    text = ("Norway said it would give 15 million euros to the capability coalition and send 40 trucks. "
            "The coalition, hosted by Estonia, will buy radios for Ukraine.")
    assert "EST" not in {d for d, _, _ in all_records(text)}
