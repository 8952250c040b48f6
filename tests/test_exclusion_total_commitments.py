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
