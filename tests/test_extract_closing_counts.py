"""A count told at the very end of a sentence, after a colon, dash or comma, counts the one item the sentence
names (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Spain will send Leopard 2A4 tanks to Ukraine: 10 in total.", ("ESP", "Leopard 2A4", 10, "pledged")),
    ("Norway will send Leopard 2A4 tanks to Ukraine - 8 in all.", ("NOR", "Leopard 2A4", 8, "pledged")),
    ("Greece has handed over its remaining M113 carriers to Ukraine - about 30 units.",
     ("GRC", "M113", 30, "delivered")),
    ("Italy has delivered its last FH70 howitzers to Kyiv: 12 of them.", ("ITA", "FH70", 12, "delivered")),
    ("Sweden has shipped CV90 vehicles to Ukraine, 50 altogether.", ("SWE", "CV90", 50, "delivered")),
])
def test_a_count_at_the_end_counts_the_sentences_item(text, expected):
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]
