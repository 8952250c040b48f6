"""A translation's count after the ammunition it counts, behind "of" and with a unit word: "mortar rounds 120 mm
of 4 thousand pieces", "shells for mortars of 900 pieces" (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize(("text", "count"), [
    ("Latvia transferred to Ukraine mortar rounds 120 mm of 4 thousand pieces.", 4000),
    ("Latvia will give Ukraine shells for mortars of 900 pieces and radios.", 900),
])
def test_a_count_of_pieces_after_the_ammunition(text, count):
    assert [(r[0], r[2]) for r in rows(text)] == [("LVA", count)]


def test_of_before_a_count_without_a_unit_is_no_count():
    assert [r[2] for r in rows("Latvia sent howitzers of 2 brigades to Ukraine.")] == [None]
