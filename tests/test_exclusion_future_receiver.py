"""A country other than Ukraine that will receive an item ("The Italian air force will receive 25 more F-35
jets") is its receiver: no aid to Ukraine (README rule 10: a donor's own inventory, deliveries to third
countries). Ukraine or Kyiv as the one to receive stays the recipient. The sentences are written for this test."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text", [
    "The Italian air force will receive 25 more F-35 jets by 2030.",
    "The Romanian army is to receive 54 Abrams tanks.",
    "Poland is set to get 96 Apache helicopters from Boeing.",
])
def test_another_country_to_receive_is_no_aid(text):
    assert extract(text) == []


@pytest.mark.parametrize("text,donor,system,count", [
    ("Ukraine will receive 25 F-16s from Norway.", "NOR", "F-16", 25),
    ("Kyiv is set to get 10 more Patriot batteries from Germany.", "DEU", "Patriot", 10),
])
def test_ukraine_to_receive_stays_a_pledge(text, donor, system, count):
    assert (donor, system, float(count), "pledged") in [(p.donor, p.system, p.quantity_value, p.status)
                                                         for p in extract(text)]
