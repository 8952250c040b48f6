"""Lines under a heading of links to other stories ("READ ALSO:", "Related:", "What we're reading") are those
stories' headlines, each read on its own, not entries of a list that inherit a state; and a number followed by
a word for people or the hurt ("4 injured", "2 civilians killed") counts no item (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract

_BODY = "Lithuania has handed over 20 M577 carriers to Ukraine, the ministry said on Monday.\n\n"


def _told(text: str) -> list[tuple]:
    return [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text, published="2025-03-01")]


@pytest.mark.parametrize("heading", ["READ ALSO:", "Related:", "What we're reading:", "Also read:", "See also:"])
def test_the_headlines_under_a_links_heading_inherit_no_state(heading):
    text = _BODY + heading + "\n- How Patriot batteries protect Kyiv at night\n" \
        "- The Leopard 1 in Ukrainian service: a year on"
    assert _told(text) == _told(_BODY)


def test_a_link_line_that_tells_an_act_still_tells_it():
    got = _told(_BODY + "Related:\n- How Patriot batteries protect Kyiv at night\n"
                "- Norway will send 10 more howitzers to Ukraine, Oslo says")
    assert got == [*_told(_BODY), ("NOR", "howitzers", 10.0, "pledged")]


@pytest.mark.parametrize("line", [
    "- Russian drone attack on Sumy with glide bombs: 4 injured",
    "- Shelling of Kherson with rockets: 3 people wounded",
])
def test_a_count_of_the_hurt_counts_no_item(line):
    assert _told(_BODY + "Meanwhile:\n" + line) == _told(_BODY)
