"""Translations' words for counted items: artillery rounds as "shots" ("20 thousand shots for artillery", "3,000
artillery shots": artillery shells in rounds) and "armoured machines" (armoured vehicles). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize(("text", "count"), [
    ("Norway will provide Ukraine 20 thousand shots for artillery, the minister said.", 20000),
    ("Latvia handed over 3,000 artillery shots to Kyiv.", 3000),
])
def test_shots_for_artillery_are_artillery_shells(text, count):
    assert [(r[1], r[2]) for r in rows(text)] == [("artillery shells", count)]


@pytest.mark.parametrize("text", [
    "Finland will hand over 8 units of armored machines Sisu to Ukraine.",
    "Finland handed over 8 armoured machines to Ukraine.",
])
def test_armoured_machines_are_armoured_vehicles(text):
    # a translation's "armoured machines" (like "armoured technique") are armoured vehicles
    assert [(r[1], r[2]) for r in rows(text)] == [("armoured vehicles", 8)]
