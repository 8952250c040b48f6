"""A donor's own new fleet that a gift waits for ("the remaining jets go once its own F-35s have arrived") is
its own inventory (README rule 10), no aid to Ukraine (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Copenhagen promised 19 F-16 jets and plans to hand over the remainder once its own F-35s have arrived.",
     [("DNK", "F-16")]),
    ("Oslo will hand over the launchers when its own new NASAMS batteries have been delivered.", []),
    ("Brussels says the jets will go to Kyiv after their own F-35 aircraft arrive.", []),
])
def test_the_donors_own_replacement_is_no_item(text, expected):
    assert [(r[0], r[1]) for r in rows(text)] == expected
