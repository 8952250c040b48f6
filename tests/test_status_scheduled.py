"""A delivery planned or scheduled for later is still a pledge (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "The delivery of 12 NASAMS launchers from Norway is planned for May.",
    "The handover of 12 Norwegian NASAMS launchers is scheduled to begin next month.",
])
def test_a_delivery_planned_for_later_is_pledged(text):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NOR", 12, "pledged")]


def test_a_delivery_done_stays_delivered():
    text = "The delivery of 12 NASAMS launchers from Norway was completed in May."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NOR", 12, "delivered")]
