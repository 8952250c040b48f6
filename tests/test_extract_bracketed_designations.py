"""A designation with a bracketed suffix glued to it ("CVR(T)", "FV432(W)") between a count and the item's name
is part of the name: the count still counts the item (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Britain will send eight CVR(T) Scimitar vehicles to Ukraine.", ("GBR", "FV107 Scimitar", 8, "pledged")),
    ("Britain will send eight CVR(T) Scimitars to Ukraine.", ("GBR", "FV107 Scimitar", 8, "pledged")),
    ("London has delivered 23 CVR(T) Spartan carriers to Kyiv.", ("GBR", "FV103 Spartan", 23, "delivered")),
    ("Latvia handed over six more CVR(T) Spartans to Ukraine in May.", ("LVA", "FV103 Spartan", 6, "delivered")),
])
def test_a_count_reaches_past_a_bracketed_designation(text, expected):
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]

