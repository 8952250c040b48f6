"""What a donor gave "rather than" or "instead of" something else: the something else is not given, no record
(sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, expected", [
    ("Rather than F-16 jets, Portugal delivered 4 helicopters.", [("PRT", "helicopters", "delivered")]),
    ("Instead of Leopard tanks, Rome chose to send 30 armoured trucks.", [("ITA", "trucks", "pledged")]),
    ("Oslo shipped 12 M109 howitzers instead of the Leopard 2 tanks Kyiv wanted.", [("NOR", "M109", "delivered")]),
])
def test_the_alternative_not_given_has_no_record(text, expected):
    assert [(p.donor, p.system or p.item_text, p.status) for p in extract(text)] == expected
