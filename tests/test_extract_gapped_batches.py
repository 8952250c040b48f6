"""Counts of several donors with the verb and the noun left out ("Poland sent 14 tanks, Canada eight, and Spain
ten in a first batch") keep their count when a batch phrase follows; "with another four promised" is more of
the item before, pledged (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Poland sent 14 Leopard 2A4 tanks, Canada eight, and Spain ten in a first batch.", ("ESP", 10, "delivered")),
    ("Norway delivered 20 M109 howitzers, and Italy six in an initial shipment.", ("ITA", 6, "delivered")),
    ("Germany handed over 30 Marder vehicles in a first tranche, and Greece ten in a second.",
     ("GRC", 10, "delivered")),
    ("Spain sent six Leopard 2A4 tanks, with another four promised for the spring.", ("ESP", 4, "pledged")),
    ("Portugal sent three Leopard 2A6 tanks, with another two pledged for June.", ("PRT", 2, "pledged")),
])
def test_a_gapped_count_before_a_batch_or_a_participle_is_counted(text, expected):
    assert expected in [(r[0], r[2], r[-1]) for r in rows(text)]
