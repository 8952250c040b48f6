"""A count told after the relative clause on an item ("The Leopard tanks that Spain pledged in April, ten of
them, are ...") counts it (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, expected", [
    ("The Leopard tanks that Spain pledged in April, ten of them, are being repaired in Zaragoza.",
     ("ESP", "Leopard", 10, "pledged")),
    ("The Archer howitzers Sweden promised, eight of them, will arrive in June.", ("SWE", "Archer", 8, "pledged")),
    # a delivered count of one system after its relative clause stays a record (README rule 5's exception)
    ("The Gepard guns Berlin has delivered - 52 so far - are guarding the capital.",
     ("DEU", "Gepard", 52, "delivered")),
])
def test_a_count_after_the_relative_clause_on_an_item_counts_it(text, expected):
    assert [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)] == [expected]


def test_no_count_after_the_relative_clause_leaves_the_item_uncounted():
    text = "The Leopard tanks that Spain pledged in April, most of them old, are being repaired."
    assert [p.quantity_value for p in extract(text)] == [None]
    # a running total of a generic class is no record (rule 5)
    assert extract("The tanks Spain has delivered, 40 in all, are older models.") == []
