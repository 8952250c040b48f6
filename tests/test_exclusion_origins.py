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
    ("Helsinki said 24 Patria armoured vehicles built by the Finnish firm had been handed to Ukrainian units.",
     ("FIN", "armoured vehicles", 24, None, "delivered")),
    ("Paris confirmed that 30 VAB carriers, made by Arquus, were delivered to Ukraine last month.",
     ("FRA", "VAB", 30, None, "delivered")),
])
def test_a_maker_right_after_the_item_with_the_giving_verb_after_it_is_an_origin(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, expected", [
    ("Oslo will spend NOK 3.1 billion ($290 million) on new Archer howitzers for Ukraine, to be built by BAE "
     "Systems Bofors.", ("NOR", None, None, 3_100_000_000, None)),
    ("Warsaw allotted EUR 80 million for the purchase of FlyEye reconnaissance drones manufactured by the Polish "
     "company WB Group, for the Ukrainian army.", ("POL", None, None, 80_000_000, None)),
])
def test_a_sum_spent_on_what_a_maker_builds_is_aid(text, expected):
    assert [(r[0], r[3]) for r in found(text)] == [(expected[0], expected[3])]


def test_a_relative_clause_naming_the_maker_is_an_origin():
    got = found("Copenhagen will fund 12 new Piranha vehicles that General Dynamics will build for Ukraine.")
    assert got == [("DNK", "Piranha", 12, None, "funded")]


@pytest.mark.parametrize("text", [
    "Swiss-made cartridges, 600,000 of them, made by a Swiss company had been received by a Ukrainian firm.",
    "Rheinmetall said 500 shells produced by its plant in Unterluess will be delivered to the Bundeswehr.",
])
def test_a_receipt_or_a_delivery_to_the_makers_own_army_is_no_origin(text):
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


@pytest.mark.parametrize("text, money", [
    ("Estonia will send 200 drones made by local firms and 10 radars to Ukraine in a package worth EUR 15 million.",
     ("EST", 15_000_000)),
    ("Latvia will hand over 1,500 FPV drones produced by Latvian companies to Ukraine as part of a package worth "
     "12 million euros.", ("LVA", 12_000_000)),
    ("Denmark will give Ukraine 30 armoured vehicles, built by a Danish firm, in a package valued at DKK 400 million.",
     ("DNK", 400_000_000)),
])
def test_the_maker_of_a_given_item_does_not_exclude_the_package_sum_after_it(text, money):
    assert any((p[0], p[3]) == money for p in found(text))


@pytest.mark.parametrize("text, item", [
    ("Latvia will give 500 drones built by Latvian companies and 12 radars to Ukraine.", "radars"),
    ("Oslo will send 40 trucks made by a local firm and 6 howitzers to Ukraine.", "howitzers"),
])
def test_the_maker_of_an_item_before_does_not_exclude_the_next_entry(text, item):
    # "built by Latvian companies" tells where the drones come from; the radars after "and" are given too
    assert any(p[1] == item for p in found(text))
