"""A difference from a named year ("EUR 300 million higher than in 2023", "lower than the year before") is a
year-on-year difference (README rule 6), not a pledge. Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text", [
    "Belgian military support this year is about 150 million euros higher than in 2024.",
    "Dutch aid for Kyiv in 2025 came in €90 million lower than in 2024, the audit office found.",
    "Irish non-lethal aid is €20 million higher than the year before.",
])
def test_a_difference_from_a_named_year_is_no_pledge(text):
    assert not [p for p in extract(text) if p.amount]
