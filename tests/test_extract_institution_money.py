"""Donors outside Europe and institutions (sentences of our own): a gapped "and Germany another" is one more of
the counted system, given by the donor named with it; "US$" in a bracketed conversion is the currency, not a
giver; PURL's name ("Prioritized Ukraine Requirements List") is no need for money; a relative clause of the
channel ("through which allies buy ...") names no giver; money the European Peace Facility pays back to the
member states is the EU's funding (README rule 11), compensation paid to one named donor is not (rule 10)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, first, second", [
    ("In 2023 the United States supplied one Patriot battery and Germany another.", "USA", "DEU"),
    ("Norway gave one NASAMS fire unit in May, the Netherlands a second in June.", "NOR", "NLD"),
    ("Last winter Sweden handed over one ASC 890 aircraft and Denmark another.", "SWE", "DNK"),
])
def test_a_gapped_another_is_one_more_from_the_donor_named_with_it(text, first, second):
    found = {(r[0], r[2]) for r in rows(text)}
    assert {(first, 1), (second, 1)} <= found


def test_a_gapped_another_after_a_larger_count_has_no_count():
    found = rows("Britain sent 14 Challenger 2 tanks and Poland another.")
    assert ("POL", "Challenger 2", None, None, None, "delivered") in found


@pytest.mark.parametrize("text, amount", [
    ("Canada's defence minister listed the new money on Friday:\n"
     "- $35 million (US$25 million) towards the Czech-led shell initiative.", 35_000_000),
    ("Ottawa set out its contributions for the year:\n"
     "- $45 million (US$33 million) for the drone coalition;\n- training for Ukrainian pilots.", 45_000_000),
    ("Wellington listed its new support on Monday:\n"
     "- $12 million (US$7 million) for the NATO trust fund for Ukraine.", 12_000_000),
])
def test_a_us_dollar_conversion_names_no_donor(text, amount):
    money = [r for r in rows(text) if r[3] == amount]
    assert money and all(r[0] != "USA" and r[4] != "USD" for r in money)


@pytest.mark.parametrize("text, donor, amount", [
    ("Canada's defence minister set out the new money on Friday:\n"
     "- $250 million for the Prioritized Ukraine Requirements List;\n- $20 million for demining.", "CAN", 250_000_000),
    ("The Australian government detailed its package:\n- A$30 million for the Prioritized Ukraine Requirements "
     "List, the NATO scheme for buying American arms.", "AUS", 30_000_000),
    ("Ottawa set out its contributions for the year:\n- $45 million for the drone coalition, through which Latvia "
     "and Britain buy drones for Ukraine;\n- $10 million for demining.", "CAN", 45_000_000),
])
def test_money_for_a_named_list_or_channel_is_the_payers(text, donor, amount):
    found = rows(text)
    assert (donor, amount) in {(r[0], r[3]) for r in found}
    assert {r[0] for r in found} == {donor}


@pytest.mark.parametrize("text, amount", [
    ("The European Peace Facility will reimburse the member states EUR 2 billion for arms they give Ukraine.",
     2_000_000_000),
    ("Brussels agreed another €500 million under the European Peace Facility to reimburse governments for "
     "arms given to Kyiv.", 500_000_000),
    ("Under the EPF, the bloc will reimburse EU countries €800 million for shells sent to Ukraine.", 800_000_000),
])
def test_peace_facility_refunds_to_the_members_are_eu_money(text, amount):
    assert ("EU", amount) in {(r[0], r[3]) for r in rows(text)}


@pytest.mark.parametrize("compensation", [
    "Of this, EUR 300 million will be reimbursed to Poland from the European Peace Facility.",
    "The US and the EU will pay Slovakia compensation of $1 billion for the jets it gave.",
])
def test_compensation_of_one_donor_is_no_record(compensation):
    text = "The European Peace Facility will reimburse the member states EUR 2 billion for arms they give Ukraine. " + \
        compensation
    assert [(r[0], r[3]) for r in rows(text) if r[3]] == [("EU", 2_000_000_000)]
