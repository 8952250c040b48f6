"""Counted vehicles that move heavy equipment ("prime movers", "tank transporters") and small naval craft
("landing craft", "patrol craft") are items (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, count, category", [
    ("The Pentagon will send 14 prime movers to haul Ukraine's artillery.", 14, "vehicle"),
    ("Berlin has delivered 9 heavy equipment transporters to the Ukrainian army.", 9, "vehicle"),
    ("Oslo will give Kyiv 4 tank transporters next month.", 4, "vehicle"),
    ("Sweden promised 12 more landing craft to Ukraine.", 12, "naval"),
    ("Britain will hand over 6 patrol craft to the Ukrainian navy.", 6, "naval"),
    ("The Dutch government pledged 10 fast assault craft for Ukraine's marines.", 10, "naval"),
])
def test_carriers_of_heavy_equipment_and_small_craft_are_counted_items(text, count, category):
    assert [(p.quantity_value, p.category) for p in extract(text)] == [(count, category)]
