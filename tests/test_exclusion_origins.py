"""A maker named as the origin of what a donor gives ("500 drones built by British firms", "Ukrainian-produced
guns") describes the item; a report of production is still no aid (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def found(text):
    return [(p.donor, p.system, p.quantity_value, p.amount, p.status) for p in extract(text, published="2025-03-01")]


def test_items_built_by_firms_in_a_pledge_are_pledged():
    got = found("The minister today announced that Britain will provide Ukraine with £40 million of new military "
                "support, including 12 Gravehawk air defence systems and 300 attack drones built by British firms.")
    assert ("GBR", "Gravehawk", 12, None, "pledged") in got and ("GBR", "drones", 300, None, "pledged") in got


@pytest.mark.parametrize("text", [
    "Denmark will fund Ukrainian-produced Bohdana howitzers with DKK 400 million.",
    "Sweden will send 10 Swedish-made CV90 vehicles.",
])
def test_a_compound_origin_adjective_is_no_production_report(text):
    assert len(found(text)) == 1


@pytest.mark.parametrize("text", [
    "Rheinmetall said 40 Lynx vehicles built by its Hungarian plant would go to the Hungarian army.",
    "Ukrainian factories produced 2,000 drones last month.",
])
def test_production_is_still_no_aid(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("France's minister told senators 25 Bastion vehicles built by Arquus were delivered to Kyiv in 2024.",
     ("FRA", "ACMAT Bastion", 25, None, "delivered")),
    ("Some 500 drones made by British firms were delivered to Kyiv last month, London said.",
     ("GBR", "drones", 500, None, "delivered")),
    ("Denmark said 18 guns built by Nexter have been sent to Ukraine.",
     ("DNK", "artillery pieces", 18, None, "delivered")),
])
def test_the_maker_told_before_the_items_own_giving_verb_is_no_production_report(text, expected):
    assert found(text) == [expected]
