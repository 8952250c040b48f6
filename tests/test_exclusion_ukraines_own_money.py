"""Ukraine's own money is no aid (README rule 10): an amount Ukraine spends or sets aside as its clause's subject, or
told as Ukraine's own budget; a sum a donor pays in hryvnias stays (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract

_GIFT = "Poland will send Ukraine 10 Krab howitzers. "


@pytest.mark.parametrize("text", [
    "The Ukrainian defence ministry has set aside UAH 30 billion for FPV drones this year.",
    "Those purchases are private, as is Ukraine's own 25 billion hryvnia drone budget for this year.",
    "Kyiv will also allocate 12 billion hryvnias from its reserve fund for interceptor drones, the ministry said.",
])
def test_ukraines_own_money_is_no_aid(text):
    assert [p for p in extract(_GIFT + text, published="2025-03-01") if p.amount is not None] == []
