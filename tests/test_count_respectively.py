"""Counts after an uncounted item, one per donor, closed by "respectively" ("Warsaw and Prague have sent T-72 tanks,
200 and 90 respectively") (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, expected", [
    ("Both Warsaw and Prague have sent T-72 tanks, 200 and 90 respectively.",
     [("CZE", 90, "delivered"), ("POL", 200, "delivered")]),
    ("Denmark and Norway will send F-16 jets (19 and 6, respectively).",
     [("DNK", 19, "pledged"), ("NOR", 6, "pledged")]),
    ("Denmark, Norway and Belgium have pledged F-16 jets, 19, 6 and 30 respectively.",
     [("BEL", 30, "pledged"), ("DNK", 19, "pledged"), ("NOR", 6, "pledged")]),
])
def test_the_counts_go_to_the_donors_in_their_order(text, expected):
    assert sorted((p.donor, p.quantity_value, p.status) for p in extract(text, published="2025-03-01")) == expected


def test_without_as_many_counts_as_donors_the_pledge_stays_joint():
    got = extract("Denmark, Norway and Belgium have pledged F-16 jets, 19 and 6 respectively.", published="2025-03-01")
    assert all(p.quantity_value is None and "joint" in p.notes for p in got)
