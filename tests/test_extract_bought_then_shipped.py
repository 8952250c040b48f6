"""A counted item a donor paid for, with a clause set off by its comma that tells it delivered, is both steps
(README rule 1: one record per donor, item and status; rule 11: funded, delivered) (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def _facts(text):
    return {(p.donor, str(getattr(p.status, "value", p.status)), p.quantity_value) for p in extract(text)}


@pytest.mark.parametrize("text, donor, count", [
    ("Ottawa paid a domestic firm for 2,000 rifles, which were shipped to Ukraine in May.", "CAN", 2000),
    ("Norway paid for 40 trucks, which have since arrived in Ukraine.", "NOR", 40),
    ("The Netherlands funded 12 radars, which were delivered last month.", "NLD", 12),
    ("Denmark financed 8 howitzers, which were handed over to Kyiv in June.", "DNK", 8),
])
def test_a_bought_item_told_delivered_in_its_clause_is_both_steps(text, donor, count):
    assert {(donor, "funded", count), (donor, "delivered", count)} <= _facts(text)


def test_a_clause_without_its_comma_names_the_item_and_tells_the_payment_only():
    text = "We recall that 12 howitzers which Ukraine receives from the maker are paid for by Norway."
    assert not any(status == "delivered" for _, status, _ in _facts(text))
