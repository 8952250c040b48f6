"""Purchases: bought for Ukraine (funded), bought and given on (pledged or delivered), bought for oneself (no
record). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, status", [
    ("Oslo will buy 10 coastal radars from industry and donate them to Ukraine.", "pledged"),
    ("Oslo bought 10 coastal radars from industry and handed them over in May.", "delivered"),
    ("Oslo will buy 10 coastal radars from industry for Ukraine.", "funded"),
])
def test_a_purchase_given_on_is_the_donors_pledge_or_delivery_not_funding(text, status):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("NOR", "radars", 10, status)]


def test_a_purchase_to_be_handed_over_is_for_ukraine_even_when_ukraine_is_not_named():
    text = ("Riga said on Monday:\n- trucks – 20;\n"
            "- NASAMS launchers – 2 (bought from industry, to be handed over in May).")
    assert ("LVA", "NASAMS", 2) in [(r[0], r[1], r[2]) for r in rows(text)]
    # bought for the donor's own forces: no aid
    assert rows("Latvia bought 2 NASAMS launchers for its own army.") == []


def test_items_sent_that_are_to_be_bought_from_industry_are_the_donors_pledge():
    text = "Riga will also send 500 hand grenades and 3 counter-drone systems, to be bought from Latvian firms, in May."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("LVA", "counter-drone systems", 3, "pledged"), ("LVA", "grenades", 500, "pledged")]


@pytest.mark.parametrize("text, expected", [
    ("With Danish funding, 12 Bohdana howitzers were delivered to Ukraine.", ("DNK", "funded")),
    ("Thanks to Dutch money, Ukraine received 5,000 FPV drones.", ("NLD", "funded")),
    ("Kyiv took delivery of 40,000 mortar bombs last month, financed by Luxembourg.", ("LUX", "funded")),
    # the supplier named beside the payer's frame keeps its delivery
    ("Germany delivered 20 Skynex systems with Norwegian funding.", ("DEU", "delivered")),
    ("Poland handed over 30 trucks, paid for by Sweden.", ("POL", "delivered")),
    # the payer is a fund, which a donor set up: the delivery stays the donor's
    ("The 30 trucks already delivered will be paid for by a fund set up by Poland.", ("POL", "delivered")),
])
def test_a_delivery_whose_only_donor_is_named_as_the_payer_is_funded(text, expected):
    assert [(r[0], r[-1]) for r in rows(text)] == [expected]


@pytest.mark.parametrize("purpose", ["goes to the purchase of", "is allocated to the purchase of",
                                     "will contribute to the purchase of"])
def test_a_part_of_a_donation_that_goes_to_a_purchase_is_funding_for_ukraine(purpose):
    text = (f"Stockholm will donate SEK 900 million to Ukraine. Of this, SEK 300 million {purpose} "
            "counter-battery radars.")
    assert ("SWE", 300_000_000, "SEK", "funded") in [(r[0], r[3], r[4], r[5]) for r in rows(text)]


@pytest.mark.parametrize("text", [
    "12 Archer howitzers which Ukraine receives from the Swedish manufacturer are paid for jointly by Norway, "
    "Germany and Denmark.",
    "Ukraine has received 20 Patria vehicles from the Finnish maker, financed by Latvia and Estonia.",
])
def test_items_a_maker_supplies_and_donors_pay_for_are_funded_by_the_payers(text):
    # README rule 11: items a donor pays for but does not supply; the maker's demonym is no giver
    found = {(r[0], r[-1]) for r in rows(text)}
    assert found and all(status == "funded" for _, status in found)
    assert not {donor for donor, _ in found} & {"SWE", "FIN"}


@pytest.mark.parametrize("text, donor, amount", [
    ("The Czech government will add 300 million crowns into a joint purchase of mortar bombs with Slovakia.",
     "CZE", 300_000_000),
    ("Vilnius will contribute EUR 5 million to a joint purchase of shells with Latvia.", "LTU", 5_000_000),
    ("Oslo adds NOK 100 million towards a common procurement of air defence missiles.", "NOR", 100_000_000),
    ("Spain is paying 30 million euros into the joint procurement of mortar rounds led by Estonia.", "ESP", 30_000_000),
    ("Reykjavik says ISK 400 million will go for a common purchase of drones with its Nordic neighbours.", "ISL",
     400_000_000),
])
def test_money_put_into_a_joint_purchase_is_funding_for_ukraine(text, donor, amount):
    # a joint or common purchase with partners is a coalition's buying for Ukraine, though the sentence does not
    # name Ukraine (README rule 11: money put into procurement is funded)
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [(donor, amount, "funded")]
    # a donor's own purchase is still no aid
    assert rows("Poland bought 96 Apache helicopters from the United States.") == []
