"""Giving "until its depots were empty" tells how far the giving went, not a donor's own future inventory that it
waits for ("needed until its F-35s arrive", README rule 10): the item keeps its record. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, item", [
    ("Tallinn sent 105 mm and 152 mm shells until its depots were empty.", "artillery shells"),
    ("Riga gave 60 mm and 81 mm mortar rounds until its stocks ran out.", "mortar rounds"),
    ("Vilnius handed over 120 mm and 81 mm mortar rounds until its reserves were exhausted.", "mortar rounds"),
    ("Copenhagen delivered 105 mm and 155 mm ammunition until its arsenal was empty.", "ammunition"),
    ("Oslo supplied 155 mm and 152 mm shells until its warehouses had run dry.", "artillery shells"),
])
def test_giving_until_the_stocks_ran_out_is_aid(text, item):
    assert [(r[1], r[5]) for r in rows(text)] == [(item, "delivered")]


def test_a_donor_waiting_for_its_own_new_jets_gives_no_record():
    assert rows("Helsinki needs its Hornets until its F-35 fighters arrive.") == []
