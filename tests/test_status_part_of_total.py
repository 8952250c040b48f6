"""A part counted against its whole: "handed over 8 of the 12 promised Archer howitzers" is the part in the
clause's state and the whole as a pledge; the participle of the whole is not the part's state (sentences of
our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Sweden has so far transferred 8 of the 12 promised Archer howitzers to Ukraine, the minister said.",
    "Stockholm has handed over 8 of the 12 pledged Archer howitzers to Kyiv.",
])
def test_part_delivered_against_its_promised_whole(text):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("SWE", "Archer", 8, "delivered"), ("SWE", "Archer", 12, "pledged")]
