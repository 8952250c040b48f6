"""The giver named right after the item, in a participle or a relative clause ("the 3 Patriot systems sent by the
United States", "the 6 F-16s that Belgium delivered"), gives it, whoever speaks or is named before. Sentences of
our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, expected", [
    ("German Defence Minister Boris Pistorius said the 3 Patriot systems sent by the United States had arrived.",
     ("USA", "Patriot", 3, "delivered")),
    ("Zelensky thanked Norway for the 6 F-16s that Belgium delivered last month.", ("BEL", "F-16", 6, "delivered")),
    ("The Polish president said the 14 Leopard 2A4 tanks, donated by Canada, were already at the front.",
     ("CAN", "Leopard 2A4", 14, "delivered")),
    ("French officials confirmed that the 20 CV90 vehicles which Sweden had supplied were in use.",
     ("SWE", "CV90", 20, "delivered")),
])
def test_the_giver_named_after_the_item_gives_it(text, expected):
    assert [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)] == [expected]
