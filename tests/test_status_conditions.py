"""A giving told on the condition that a legislature or a partner approves it is not yet decided (README rule
11, `considering`), whether the condition comes before or after the item. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Lisbon will send Hawk launchers if parliament approves the budget.", ("PRT", "Hawk")),
    ("Oslo will deliver 6 M109 howitzers, provided that the Storting gives its approval.", ("NOR", "M109")),
    ("Ottawa will send 4 M777 howitzers if the package is approved by parliament.", ("CAN", "M777")),
])
def test_a_giving_on_an_approval_still_to_come_is_weighed(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


def test_a_condition_that_is_no_approval_leaves_the_pledge():
    assert [r[-1] for r in rows("Ottawa will send M777 howitzers if they are needed.")] == ["pledged"]
