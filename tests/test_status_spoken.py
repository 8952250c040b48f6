"""Spoken hedges and refusals, often quoted: 'we're working on more', 'nothing is excluded', 'on the table'
in quotation marks, 'we haven't made a decision', 'we'll see about', 'there will be no more' (sentences of
our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    '"We are working on more NASAMS launchers for Ukraine," Norway\'s defence minister said.',
    '"Nothing is excluded on NASAMS launchers for Ukraine," Norway\'s defence minister said.',
    'Norway\'s defence minister said more NASAMS launchers were "on the table".',
    'Norway\'s defence minister said more NASAMS launchers were "possible".',
    '"We haven\'t made a decision on NASAMS launchers yet," Norway\'s defence minister said.',
    '"We\'ll see about NASAMS launchers," Norway\'s defence minister said.',
    "Norway's defence minister said sending more NASAMS launchers was being looked at.",
])
def test_a_spoken_hedge_weighs_the_item(text):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("NOR", "NASAMS", "considering")]


def test_there_will_be_no_more_of_a_named_item_is_a_refusal():
    text = '"There will be no more NASAMS launchers from us," Norway\'s defence minister said.'
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("NOR", "NASAMS", "refused")]
