"""'Lisbon, which operates 30 F-16s, declined to commit any': a refusal of any of the item named before, with a verb
of committing (commit, pledge, offer), even when that item is only the donor's own fleet. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("verb", ["commit", "pledge", "offer"])
def test_declining_to_commit_any_refuses_the_item_named_before(verb):
    text = f"Lisbon, which operates 30 F-16s, declined to {verb} any."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("PRT", "F-16", None, "refused")]
