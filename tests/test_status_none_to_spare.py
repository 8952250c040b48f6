"""A donor that gave an item and says it has none to spare, or no more to give, refuses more of it: a refusal
recorded beside the giving (README rule 11); "There are none left" answers a question about more as a refusal.
Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import FRI, rows

from aidledger.extractor import extract


@pytest.mark.parametrize("text, expected", [
    ("Rome handed over three SAMP/T launchers and now has none to spare.", ("ITA", "SAMP/T", 3)),
    ("Madrid handed over six Hawk launchers but has none left to spare, its minister said.", ("ESP", "Hawk", 6)),
    ("Lisbon gave six Leopard 2A6 tanks; it has none left to give, the minister said.",
     ("PRT", "Leopard 2A6", 6)),
    ("Oslo delivered four NASAMS launchers and has said it has no more to give.", ("NOR", "NASAMS", 4)),
    ("Athens shipped 40 BMP-1 vehicles last year, but now has none to spare.", ("GRC", "BMP-1", 40)),
])
def test_having_none_to_spare_after_a_delivery_refuses_more(text, expected):
    donor, system, count = expected
    found = {(p.donor, p.system, p.quantity_value, p.status) for p in extract(text, published=FRI)}
    assert found == {(donor, system, count, "delivered"), (donor, system, None, "refused")}


@pytest.mark.parametrize("text, expected", [
    ("Asked whether Berlin would send more Marder vehicles, the minister said: there are none left.",
     ("DEU", "Marder")),
    ("Asked if Rome could give more Centauro vehicles, the general replied that there were none left.",
     ("ITA", "Centauro")),
    ("Asked whether Oslo would hand over more M109 howitzers, the minister said none were left.",
     ("NOR", "M109")),
    ("Asked whether Lisbon would part with more M113 carriers, the minister said: \"There is none left.\"",
     ("PRT", "M113")),
    ("Asked whether Madrid would send more Hawk launchers, the minister said there will be no more.",
     ("ESP", "Hawk")),
])
def test_none_left_answers_a_question_about_more_as_a_refusal(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]
