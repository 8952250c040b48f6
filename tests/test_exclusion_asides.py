"""A total told in an aside that describes the item (between dashes, in brackets) is said of the aside, not of
the item: the item stays a pledge. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Sweden agreed in January to send 50 CV90s - a vehicle Kyiv had asked for since 2022 - and the news was welcome.",
    "Sweden agreed in January to send 50 CV90s (a vehicle Kyiv had asked for since 2022).",
    "Sweden agreed in January to send 50 CV90s - which Kyiv had wanted since the start of the war.",
])
def test_a_total_in_an_aside_about_the_item_does_not_make_it_a_total(text):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("SWE", "CV90", 50, "pledged")]


def test_a_total_of_the_item_itself_is_still_no_pledge():
    assert rows("Sweden has pledged 50 CV90s since the start of the war.") == []
