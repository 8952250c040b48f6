"""Gapping (``extractor.gapped``), sentences of our own: a donor told after a counted system with "the other" and no
verb of its own gave the one left of the pair; "another" after a verb whose own object is "one battery" or "one
of them" is one more, even when the sentence counted the whole before."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, first, second", [
    ("Ukraine has received two Hawk batteries. Spain supplied one battery, Italy the other.", "ESP", "ITA"),
    ("Kyiv got two ASC 890 planes last year. Sweden gave one of them and Denmark the other one.", "SWE", "DNK"),
    ("Two IRIS-T systems protect Odesa. Germany handed over one system, while Norway the other.", "DEU", "NOR"),
])
def test_the_other_after_one_is_one_from_the_donor_named_with_it(text, first, second):
    found = {(r[0], r[2]) for r in rows(text)}
    assert {(first, 1), (second, 1)} <= found


@pytest.mark.parametrize("text, donor", [
    ("Three Patriot batteries are in Ukraine: Washington handed over one battery and Berlin another.", "DEU"),
    ("Four Hawk batteries now guard Ukrainian cities; Spain delivered one battery in May, and Italy another.", "ITA"),
    ("Six NASAMS fire units are deployed; Norway donated one unit, the Netherlands a second.", "NLD"),
])
def test_another_after_a_verb_whose_object_is_one_is_one_more(text, donor):
    assert any(r[0] == donor and r[2] == 1 for r in rows(text))
