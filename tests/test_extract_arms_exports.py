"""A country's arms exports are sales (README rule 10), not aid: no record for their value; aid told in the same
sentence with its own giving verb stays a record. Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text", [
    "Israel's arms exports set a record of $13 billion in 2022, mostly to Asia.",
    "Turkey's defence exports hit $5.5 billion, officials in Ankara said.",
    "Japan's weapons exports were worth about $2 billion last year.",
])
def test_the_value_of_arms_exports_is_no_record(text):
    assert not [p for p in extract(text) if p.amount]


def test_aid_beside_arms_exports_stays():
    text = ("Seoul's arms exports set a record of $14 billion. Despite military exports on that scale, Seoul will "
            "give Ukraine $30 million in non-lethal aid.")
    assert [(p.donor, float(p.amount)) for p in extract(text) if p.amount] == [("KOR", 30_000_000.0)]
