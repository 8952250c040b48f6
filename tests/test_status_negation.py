"""Negated giving: 'neither ... nor', 'nor will it', a policy of not exporting (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Lisbon will neither send F-16 jets nor lend them to anyone.",
    "Lisbon has sent trucks. Nor will it send F-16 jets, the minister said.",
    "Neither the prime minister nor his cabinet will send F-16 jets, Lisbon said.",
])
def test_giving_under_neither_or_nor_is_refused(text):
    assert ("PRT", "F-16", "refused") in [(r[0], r[1], r[-1]) for r in rows(text)]
    assert ("PRT", "F-16", "pledged") not in [(r[0], r[1], r[-1]) for r in rows(text)]


def test_neither_about_something_else_leaves_the_pledge():
    text = "Neither the cost nor the timing was disclosed, but Oslo will send 12 NASAMS launchers."
    assert [(r[0], r[-1]) for r in rows(text)] == [("NOR", "pledged")]


def test_a_policy_of_not_exporting_arms_to_ukraine_refuses():
    text = "Japan keeps its policy of not exporting lethal weapons to Ukraine."
    assert [(r[0], r[-1]) for r in rows(text)] == [("JPN", "refused")]
