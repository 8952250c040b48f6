"""A count taken from the stock of an owner ("40 of the army's retiring light armoured vehicles") counts the item after
the owner (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, count", [
    ("Sweden will hand over 12 of the Swedish Air Force's old trainer jets.", 12),
    ("Norway will deliver 20 of its army's older armoured trucks.", 20),
    ("Canada will give Ukraine 16 of the Canadian Army's surplus light armoured vehicles.", 16),
    ("Madrid is sending 9 of the Spanish Navy's retired small patrol boats to Odesa.", 9),
    ("Oslo said it would donate 30 of the Home Guard's retiring cross-country trucks to Kyiv.", 30),
])
def test_a_count_taken_from_an_owners_stock_counts_the_item(text, count):
    assert [p.quantity_value for p in extract(text)] == [count]
