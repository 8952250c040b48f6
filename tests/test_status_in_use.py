"""Deliveries told by use: items Ukrainian crews fly or use, or that were deployed at the front (sentences of
our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Ukrainian crews are already flying the 6 Belgian F-16s.",
    "Ukraine's air force has begun using the 6 Belgian F-16s.",
    "The 6 F-16s from Belgium have been deployed at the front.",
])
def test_items_in_use_or_at_the_front_are_delivered(text):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("BEL", "F-16", 6, "delivered")]


def test_crews_training_on_promised_items_do_not_make_them_delivered():
    text = "Belgium will send 6 F-16s, and Ukrainian crews are training on them in Belgium."
    assert [(r[0], r[-1]) for r in rows(text)] == [("BEL", "pledged")]
