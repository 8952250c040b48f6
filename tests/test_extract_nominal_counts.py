"""A pledge named by its noun with the item left out ("Belgium's commitment of 30 is the largest") counts the
item the sentence before counted (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Norway promised six F-16 jets. Belgium's commitment of 30 is the biggest of all.",
     ("BEL", "F-16", 30, "pledged")),
    ("Denmark pledged 19 F-16 jets. Belgium's pledge of 30 came later.", ("BEL", "F-16", 30, "pledged")),
    ("Poland sent 14 Leopard 2A4 tanks. Spain's contribution of ten arrived in April.",
     ("ESP", "Leopard 2A4", 10, "delivered")),
])
def test_a_nominal_pledge_without_its_noun_counts_the_item_before(text, expected):
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]
