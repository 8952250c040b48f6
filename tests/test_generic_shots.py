"""Translations count artillery rounds as "shots": "20 thousand shots for artillery", "3,000 artillery shots"
are artillery shells, counted in rounds (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize(("text", "count"), [
    ("Norway will provide Ukraine 20 thousand shots for artillery, the minister said.", 20000),
    ("Latvia handed over 3,000 artillery shots to Kyiv.", 3000),
])
def test_shots_for_artillery_are_artillery_shells(text, count):
    assert [(r[1], r[2]) for r in rows(text)] == [("artillery shells", count)]
