"""Words of kit the vocabulary reads as generic items: shotguns (small arms against drones) and cold-weather gear
(winter clothing) (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, name, count", [
    ("Tallinn said it would give Kyiv 400 pump-action shotguns for its air defence teams.", "shotguns", 400),
    ("Finland will send Ukraine 1,200 semi-automatic shotguns to shoot down small drones.", "shotguns", 1200),
    ("The Pentagon said it will send 30,000 sets of cold-weather gear to Ukraine.", "winter clothing", 30000),
    ("Canada will donate 10,000 pieces of cold-weather clothing to Ukraine's army.", "winter clothing", 10000),
    ("Norway has delivered 5,000 cold weather gear sets to Ukraine, the ministry said.", "winter clothing", 5000),
])
def test_shotguns_and_cold_weather_gear_are_items(text, name, count):
    assert [(p.system or p.item_text, p.quantity_value) for p in extract(text)] == [(name, count)]
