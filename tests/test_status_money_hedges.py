"""Money weighed: an amount still to be agreed, offered on a condition, subject to talks, or one a donor
could add (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Oslo wants to give NOK 1 billion more, but parliament has yet to agree.",
    "Norway is ready to contribute NOK 1 billion if other allies follow.",
    "Norway aims to provide NOK 1 billion next year, subject to budget talks.",
    "Norway could add another NOK 1 billion, Oslo said.",
    "Norway could raise the sum to NOK 1 billion, Oslo said.",
])
def test_an_amount_not_yet_decided_is_weighed(text):
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("NOR", 1_000_000_000, "considering")]


def test_a_count_told_before_a_hedged_second_figure_keeps_the_verb_of_its_clause():
    text = ("Oslo has pledged three NASAMS launchers, and Stockholm six Archer guns, with Sweden saying it could "
            "add more.")
    assert ("SWE", "Archer", 6, None, None, "pledged") in rows(text)
