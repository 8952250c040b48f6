"""A receipt told entry by entry with the giver before each item ("will receive from Lisbon 6 M109, from Madrid - 4
Leopard 2A4", a translation's word order): each entry's giver is the one named before it. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Ukraine will receive from Portugal 6 M109 howitzers, from Spain - 4 Leopard 2A4.",
    "Ukraine will receive from Portugal 6 M109 howitzers, and from Spain 4 Leopard 2A4.",
    "Ukraine will receive 6 M109 howitzers from Portugal and 4 Leopard 2A4 from Spain.",
    "Ukraine will receive 6 M109 howitzers from Portugal, 4 Leopard 2A4 from Spain.",
])
def test_each_entry_of_a_receipt_has_its_own_giver(text):
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [("ESP", "Leopard 2A4", 4), ("PRT", "M109", 6)]
