"""'Six of them' and 'all of them' opening a sentence stand for the counted item of the sentence before, even when
their sentence names another item later in a clause of its own (a donor's own replacement, a training fleet); not
when the item named after them is the one they were about ('12 of them, said the minister, speaking about the
M113 carriers'). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Norway promised 14 jets. Four of them arrived in June, and Oslo says the rest will come once its own F-35s "
     "are in service.", ("NOR", 4)),
    ("Belgium pledged 12 fighter jets last year. Five of them reached Ukraine in May, while the Belgian air force "
     "keeps flying its F-16s until 2026.", ("BEL", 5)),
    ("Portugal promised 30 trucks. All of them had been handed over by April, although 20 Leopard tanks it also "
     "operates stay at home.", ("PRT", 30)),
])
def test_a_back_reference_counts_the_item_before_despite_a_later_item(text, expected):
    found = {(r[0], r[2], r[-1]) for r in rows(text)}
    assert (*expected, "delivered") in found


def test_a_back_reference_about_a_later_item_is_that_item():
    text = ("Estonia will send 10 trucks to Kyiv, the minister said. \"We already handed over 12 of them earlier\", "
            "he added, speaking about the M113 carriers. Latvia promised 6 trucks. All of them had arrived by March, "
            "while its CV90 vehicles stay at home.")
    found = {r[:3] for r in rows(text)}
    assert ("EST", "trucks", 12) not in found
    assert ("LVA", "trucks", 6) in {r[:3] for r in rows(text) if r[-1] == "delivered"}
