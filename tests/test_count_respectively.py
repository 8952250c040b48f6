"""Counts told for several donors or for a whole: one per donor closed by "respectively" ("Warsaw and Prague have sent
T-72 tanks, 200 and 90 respectively"), and all of a counted item given ("has since delivered all of them") (sentences
of our own)."""

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


@pytest.mark.parametrize("text, count", [
    ("Canada pledged four Leopard 2A4 tanks and has since delivered all of them.", 4),
    ("Canada pledged eight Leopard 2A4 tanks, all of which have now arrived.", 8),
    ("Canada pledged eight Leopard 2A4 tanks and has delivered all eight.", 8),
])
def test_all_of_a_counted_item_given_is_its_delivery(text, count):
    got = sorted((p.quantity_value, p.status) for p in extract(text, published="2024-06-01"))
    assert got == [(count, "delivered"), (count, "pledged")]


def test_all_of_another_count_is_that_items():
    got = extract("Canada pledged eight Leopard 2A4 tanks and has delivered all 20 trucks it promised last year.",
                  published="2024-06-01")
    # (the promise the 20 were given under is a pledge of its own: ``promises``)
    assert sorted((p.system, p.quantity_value, p.status) for p in got) == [
        ("Leopard 2A4", 8, "pledged"), ("trucks", 20, "delivered"), ("trucks", 20, "pledged")]
