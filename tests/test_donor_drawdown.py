"""A drawdown (the US president's authority to give from US stocks) names the United States as the giver, whatever
donor the text spoke of before. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Portugal declined to comment. The latest drawdown, announced in March, was worth $300 million.",
    "Portugal declined to comment. A new Presidential Drawdown Authority package is worth $300 million.",
])
def test_a_drawdown_is_the_united_states(text):
    assert [(r[0], r[3], r[4]) for r in rows(text)] == [("USA", 300_000_000, "USD")]
