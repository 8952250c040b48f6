"""A proposal for extra money by others than the government ("The Greens wanted an extra EUR 2 billion") is
asked of the government, not a pledge; the refusal after it answers it (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("The Greens wanted an extra EUR 2 billion for Kyiv; Germany's finance minister refused.",
     [("DEU", 2_000_000_000, "refused")]),
    ("Dutch opposition parties sought an additional EUR 500 million for Ukraine; the Netherlands' cabinet refused.",
     [("NLD", 500_000_000, "refused")]),
    ("Germany's Greens wanted an extra EUR 2 billion for Kyiv this year.", []),
])
def test_a_proposal_for_extra_money_is_asked_and_its_refusal_answers_it(text, expected):
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == expected
