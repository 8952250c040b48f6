"""A veto of a pooled fund's money told without an amount ("Hungary vetoed the next tranche of the European Peace
Facility") is a refusal of a contribution, an item of its own (category money, no amount) (sentences of our
own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, donor", [
    ("Budapest vetoed the next tranche of the European Peace Facility.", "HUN"),
    ("Hungary continues to block the next EPF payment for Kyiv.", "HUN"),
    ("Slovakia blocked new money for the Ukraine Assistance Fund.", "SVK"),
    ("Hungary maintains its veto on the fund's next tranche.", "HUN"),
])
def test_a_vetoed_tranche_without_an_amount_is_a_refused_contribution(text, donor):
    assert [(p.donor, p.category, p.status, p.amount) for p in extract(text)] == [(donor, "money", "refused", None)]


def test_an_amount_vetoed_is_that_amount_and_an_aside_no_veto():
    found = extract("Hungary again vetoed EUR 5 billion from the European Peace Facility.")
    assert [(p.donor, p.status, int(p.amount)) for p in found] == [("HUN", "refused", 5_000_000_000)]
    assert extract("Budapest vetoed the next tranche of the European Peace Facility.") != []
