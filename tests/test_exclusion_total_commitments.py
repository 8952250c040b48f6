"""A donor's total commitments told as one figure ("puts Belgium's total military commitments at €1.4 billion") are
a running total, not a pledge; a total spending of this year that a pledge names stays a pledge (sentences of our
own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text", [
    "A think tank puts Belgium's total military commitments at €1.4 billion, far behind the Netherlands.",
    "Kiel researchers estimate Norway's total pledges at NOK 40 billion.",
    "By one count, Spain's total defence contributions to Ukraine are about €1.2 billion.",
])
def test_a_donors_total_commitments_are_no_pledge(text):
    assert extract(text, published="2025-03-01") == []


def test_a_pledge_that_names_this_years_total_spending_stays():
    got = extract("Portugal will send €100 million in aid, its total defence spending for Ukraine this year.",
                  published="2025-03-01")
    assert [(p.donor, p.amount, p.status) for p in got] == [("PRT", 100_000_000, "pledged")]


@pytest.mark.parametrize("text", [
    "Norway leads the Maritime Fund, which has now received pledges of more than NOK 2 billion from eight nations.",
    "With this package, the Swedish military support to Ukraine amounts to approximately SEK 70 billion.",
])
def test_a_funds_pledges_and_a_donors_aid_in_all_are_totals(text):
    assert extract(text, published="2025-03-01") == []


def test_the_part_of_a_budget_used_so_far_is_no_pledge_of_its_own():
    got = extract("For 2024 the cabinet in Oslo has set aside a total of NOK 15 billion for military support, of which "
                  "NOK 12 billion has now been allocated.", published="2025-03-01")
    assert [(p.donor, p.amount) for p in got] == [("NOR", 15_000_000_000)]


@pytest.mark.parametrize("text", [
    "Norway has approved 14 packages of military aid for Kyiv, worth NOK 40 billion.",
    "Belgium has delivered nine packages of weapons to Ukraine, worth about 2 billion euros.",
    "Estonia has handed over 20 packages to Ukraine for about 500 million euros.",
])
def test_the_worth_of_the_many_packages_a_donor_has_approved_is_a_total(text):
    assert [p for p in extract(text, published="2025-03-01") if p.amount is not None] == []
