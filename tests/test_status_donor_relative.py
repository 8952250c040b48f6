"""An object relative clause with a donor as its subject ("the PzH 2000 howitzers Italy handed over earlier") tells
the state of the noun it describes, not of the other items of its sentence (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def found(text):
    return [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text, published="2025-03-01")]


@pytest.mark.parametrize("text, expected", [
    ("The package also includes 20 Marder vehicles and spare parts for the Gepard guns Germany sent last year.",
     ("DEU", "Marder", 20, "pledged")),
    ("The package includes 8 Piranha vehicles and ammunition for the M109 howitzers Denmark donated last year.",
     ("DNK", "Piranha", 8, "pledged")),
    ("Officials say the new decree lists 30 M113 carriers and barrels for the howitzers Rome had handed over.",
     ("ITA", "M113", 30, "pledged")),
])
def test_the_relative_clause_does_not_give_its_state_to_the_other_items(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Spain will send 10 more Leopard tanks to join the 20 Leopard tanks Madrid delivered in 2023.",
     [("ESP", "Leopard", 10, "pledged"), ("ESP", "Leopard", 20, "delivered")]),
    # (the promise the count was given under is a pledge of its own: ``promises``)
    ("The 14 Leopard tanks Norway promised have arrived.",
     [("NOR", "Leopard", 14, "delivered"), ("NOR", "Leopard", 14, "pledged")]),
    ("Ukraine thanked Lithuania for the 12 mortars Vilnius sent in May.", [("LTU", "mortars", 12, "delivered")]),
])
def test_the_noun_it_describes_keeps_its_state(text, expected):
    assert sorted(found(text), key=str) == sorted(expected, key=str)
