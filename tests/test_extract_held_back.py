"""Statuses of items that are found but held back: promised and not yet received, refused then reopened in
the same sentence, and explicit refusals the learned stage may not undo (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Our army has not received the 24 Archer howitzers Sweden pledged.",
    "According to the Ukrainian minister, Ukraine has not yet received any of the 24 Archer howitzers pledged by "
    "Sweden.",
    "The Ukrainian army has still not received the 24 Archer howitzers from Sweden.",
    "The 24 Archer howitzers Stockholm promised have still not reached Ukraine, a Kyiv outlet reports.",
    "Ukraine has not received the 24 Archer howitzers from Sweden, the commander said.",
])
def test_a_promise_not_yet_received_is_a_pledge_not_a_delivery(text):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("SWE", 24, "pledged")]


def test_what_was_received_is_still_delivered():
    assert [r[-1] for r in rows("Kyiv has now received the 24 Archer howitzers Sweden promised.")] == ["delivered"]
    assert [r[-1] for r in rows("Ukraine has already received 24 Archer howitzers from Sweden.")] == ["delivered"]
