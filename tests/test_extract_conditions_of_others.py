"""A condition told in a later clause with a subject of its own ("..., and Romania agreed to give its own on
condition that it gets a replacement") does not make the first donor's promise conditional (sentences of our
own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Washington announced it would provide another Patriot battery, and Bucharest agreed to give its own on "
     "condition that it gets a replacement.", ("USA", "Patriot", "pledged")),
    ("Ottawa said it would supply 20 armoured vehicles, and Warsaw would send tanks if its stocks were refilled.",
     ("CAN", "armoured vehicles", "pledged")),
])
def test_a_condition_of_a_later_clause_with_its_own_subject_leaves_the_first_promise(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)][:1] == [expected]


def test_a_condition_of_the_same_clause_still_weighs():
    assert [r[-1] for r in rows("Berlin would deliver Taurus missiles, but only if Paris and London joined.")] == [
        "considering"]
    assert [r[-1] for r in rows("Ottawa said it would supply 20 armoured vehicles, and Warsaw would send tanks "
                                "if its stocks were refilled.")][:1] == ["pledged"]
