"""A count told as what a donor first, originally or initially promised ("raised from the 14 it first promised")
is that donor's earlier pledge of the item the sentence counted before (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Berlin has sent 18 Leopard 2A6 tanks, four more than the 14 it first promised.",
     ("DEU", "Leopard 2A6", 14, "pledged")),
    ("Norway delivered 12 NASAMS launchers, more than the 8 it originally pledged.", ("NOR", "NASAMS", 8, "pledged")),
    ("Spain handed over 10 Leopard 2A4 tanks in April, after the six it initially promised.",
     ("ESP", "Leopard 2A4", 6, "pledged")),
])
def test_the_count_first_promised_is_a_pledge_of_the_item_before(text, expected):
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]
