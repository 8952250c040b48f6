"""A headline's amount that the body tells as no aid (refunds to donors for what they sent) is that fact told short, no
pledge of its own (README rule 1; sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text", [
    "Ministers again fail to release 5.2 bln euros for Ukraine as Budapest holds out\n\n"
    "BRUSSELS, March 3 -- EU ministers on Monday failed to release 5.2 billion euros in reimbursements to member "
    "states for weapons sent to Ukraine, as one capital kept its veto.",
])
def test_a_headline_amount_the_body_tells_as_no_aid_is_no_pledge(text):
    assert [p for p in extract(text, published="2025-03-04") if p.amount is not None] == []
