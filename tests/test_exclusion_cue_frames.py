"""A "not aid" cue that names the frame of the item, not the item: the profits of frozen assets that pay for arms,
the occasion where aid is announced, a contract a donor pays for, the maker of what money buys; "capacity building"
of Ukraine's forces is a budget line of military aid (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def found(text):
    return [(p.donor, p.system, p.quantity_value, p.amount, p.status) for p in extract(text, published="2025-03-01")]


@pytest.mark.parametrize("text, amount", [
    ("The Commission said EUR 700 million from the proceeds of immobilised Russian assets will go to air defence "
     "for Ukraine.", 700_000_000),
    ("Brussels has directed €2 billion of the windfall profits earned on frozen Russian assets to ammunition for Kyiv.",
     2_000_000_000),
    ("The EU will use €1 billion in interest earned on frozen Russian assets to buy drones for Ukraine.",
     1_000_000_000),
    ("The EU said the revenues of immobilised Russian assets, some EUR 900 million, will pay for shells for the "
     "Ukrainian army.", 900_000_000),
    # the sum set off as a slice of the profits, the assets named in up to four words
    ("Brussels on Tuesday released 800 million euros for Ukraine, the second part of the interest earned on Russian "
     "state reserves frozen in the EU, most of it for arms purchases.", 800_000_000),
    ("The EU released EUR 2 billion for Kyiv, a third tranche of the revenues from Russian central bank reserves "
     "frozen in Europe, for ammunition.", 2_000_000_000),
])
def test_money_from_the_profits_of_frozen_assets_spent_on_arms_is_aid(text, amount):
    assert [r[3] for r in found(text)] == [amount]


@pytest.mark.parametrize("text", [
    "Oslo froze 300 million in Russian assets last year under the new sanctions.",
    "The EU has directed €1 billion of the windfall profits earned on frozen Russian assets to Kyiv's schools.",
    "The EU holds €200 billion of frozen Russian assets, and the profits from them could buy weapons for Kyiv.",
])
def test_frozen_assets_and_profits_spent_on_other_things_are_still_no_aid(text):
    assert [r for r in found(text) if r[3]] == []


@pytest.mark.parametrize("text", [
    "The EU will send EUR 1 billion of those profits to Kyiv for air defence. The assets, worth around 180 billion "
    "euros, are mostly held in Brussels.",
    "Canada released CAD 300 million for drones for Ukraine. The frozen reserves, now worth about CAD 20 billion, "
    "stay in Ottawa.",
])
def test_what_frozen_assets_are_worth_is_no_pledge_beside_the_aid_they_pay_for(text):
    assert len([r for r in found(text) if r[3]]) == 1


@pytest.mark.parametrize("text, expected", [
    ("Speaking at a conference on Ukraine's reconstruction in Rome, the minister said Italy would give €50 million "
     "for air defence.", ("ITA", 50_000_000)),
    ("At a reconstruction conference in Tokyo, Japan said it would give ¥9 billion for radars for Ukraine.",
     ("JPN", 9_000_000_000)),
    ("On the sidelines of the forum on humanitarian demining, Norway pledged NOK 200 million for air defence for "
     "Ukraine.", ("NOR", 200_000_000)),
    ("At this year's summit on the rebuilding of Ukraine, Spain promised €80 million for ammunition.",
     ("ESP", 80_000_000)),
])
def test_a_cue_word_naming_the_occasion_of_a_pledge_does_not_exclude_it(text, expected):
    assert [(r[0], r[3]) for r in found(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Italy pledged €50 million for the reconstruction of Ukraine's power plants.",
    "Japan will give ¥9 billion in humanitarian aid to Ukraine.",
])
def test_reconstruction_and_humanitarian_aid_are_still_no_aid(text):
    assert found(text) == []


@pytest.mark.parametrize("text, amount", [
    ("The Netherlands announced new support: EUR 300 million for drones produced in Ukraine and EUR 100 million for "
     "shells.", 300_000_000),
    ("Denmark's latest aid: DKK 500 million for artillery shells produced in Ukraine.", 500_000_000),
    ("Norway's list: NOK 400 million for long-range drones produced in Ukraine, NOK 200 million for radars.",
     400_000_000),
    # a part of the sum, spent on things many of which are made somewhere
    ("The minister said Norway would spend NOK 500 million of the sum on hundreds of long-range drones, most of them "
     "produced in Norway.", 500_000_000),
    ("Denmark will use DKK 200 million of the package on artillery shells, all of them manufactured in Denmark.",
     200_000_000),
])
def test_money_for_things_made_somewhere_is_aid(text, amount):
    assert amount in [r[3] for r in found(text)]


def test_what_factories_produced_is_still_no_aid():
    assert found("Ukrainian factories produced drones worth EUR 300 million last year.") == []


@pytest.mark.parametrize("text, expected", [
    ("Sixty Krab howitzers are being built in Poland under a contract signed by Kyiv and financed with funds from "
     "Norway.", ("NOR", 60)),
    ("Twenty Zuzana guns will be produced under a contract that Ukraine signed and Denmark paid for.", ("DNK", 20)),
    ("Forty Dana howitzers are made in Slovakia under a contract financed by Germany.", ("DEU", 40)),
])
def test_a_contract_a_donor_pays_for_does_not_exclude_the_item(text, expected):
    assert [(r[0], r[2]) for r in found(text)] == [expected]


@pytest.mark.parametrize("text", [
    "The shipyard sold four patrol boats to the navy.",
    "Poland signed a contract for 96 Apache helicopters financed by its own budget.",
])
def test_a_sale_is_still_no_aid(text):
    assert found(text) == []


@pytest.mark.parametrize("text, amount", [
    ("Berlin set aside EUR 3 billion for capacity-building support to Ukraine's military next year.", 3_000_000_000),
    ("Germany's budget holds EUR 6 billion for 'capacity building' of the Ukrainian armed forces in 2026.",
     6_000_000_000),
    ("Germany will fund EUR 2 billion in capacity building for Ukraine's army.", 2_000_000_000),
])
def test_capacity_building_of_the_ukrainian_forces_is_aid(text, amount):
    assert [r[3] for r in found(text)] == [amount]


def test_production_capacity_is_still_no_aid():
    assert found("The plant has the capacity to make 200 shells a day.") == []

