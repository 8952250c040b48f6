"""A part counted against its whole: "handed over 8 of the 12 promised Archer howitzers" is the part in the
clause's state and the whole as a pledge; the participle of the whole is not the part's state (sentences of
our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Sweden has so far transferred 8 of the 12 promised Archer howitzers to Ukraine, the minister said.",
    "Stockholm has handed over 8 of the 12 pledged Archer howitzers to Kyiv.",
])
def test_part_delivered_against_its_promised_whole(text):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("SWE", "Archer", 8, "delivered"), ("SWE", "Archer", 12, "pledged")]


@pytest.mark.parametrize("text", [
    "Denmark handed over 5 from the 15 Leopard 1 tanks it promised to Ukraine, the ministry reported.",
    "Denmark has transferred already 5 from 15 promised Leopard 1 tanks to Ukraine.",
])
def test_a_part_from_its_whole_in_a_translation(text):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("DNK", "Leopard 1", 5, "delivered"), ("DNK", "Leopard 1", 15, "pledged")]


def test_a_larger_count_from_a_smaller_is_no_part():
    # a part is smaller than its whole: a smaller count after "from" is no whole it is counted against
    text = "Denmark handed over 15 from 5 Leopard 1 tanks to Ukraine."
    assert all(r[2] != 5 or r[-1] != "pledged" for r in rows(text))
