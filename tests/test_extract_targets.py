"""Threats and targets a sentence names when it tells what a given item does ("to protect cities from drones",
"radars that locate enemy artillery", "Russian drones", "drone attacks") are no item given: the item given is
then the single type of its sentence (README rule 8). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany will send air defence systems to protect Ukrainian cities from drones and missiles.",
     ("DEU", "air defence systems", "pledged")),
    ("The Netherlands provided counter-battery radars that locate enemy artillery.", ("NLD", "radars", "delivered")),
    ("Sweden will send surveillance aircraft that can spot incoming missiles and drones.",
     ("SWE", "surveillance aircraft", "pledged")),
    ("Norway will give Ukraine anti-drone systems to counter Russian drones.",
     ("NOR", "counter-drone systems", "pledged")),
    ("Spain has delivered air defence missiles to defend against Russian missile and drone attacks.",
     ("ESP", "air defence missiles", "delivered")),
    ("Lithuania has delivered anti-drone equipment able to jam Russian drones.",
     ("LTU", "counter-drone systems", "delivered")),
    ("Poland delivered self-propelled howitzers that can fire NATO-standard shells.",
     ("POL", "self-propelled howitzers", "delivered")),
    ("Canada will supply drones capable of destroying tanks.", ("CAN", "drones", "pledged")),
    ("The UK has sent electronic warfare systems to jam Russian drones.",
     ("GBR", "electronic warfare systems", "delivered")),
])
def test_what_a_given_item_acts_on_is_no_second_item_type(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [expected]


def test_items_given_beside_a_purpose_stay_items():
    # two types given stay a list of several (README rule 8), the purpose notwithstanding
    assert rows("The Netherlands will give Ukraine air defence missiles and jammers to counter drone attacks.") == []
    # a purpose opening the sentence ends at its comma; what follows is given
    assert [(r[0], r[1]) for r in rows("To help Ukraine defend against drones, Lithuania delivered jammers.")] == [
        ("LTU", "electronic warfare systems")]
    # stopping a supply is no use of a weapon: the refusal of arms stays
    assert [(r[0], r[-1]) for r in rows("Slovakia decided to stop sending weapons to Ukraine.")] == [
        ("SVK", "refused")]


def test_deciding_against_a_gift_is_no_threat_the_item_acts_on():
    assert [(r[0], r[1], r[-1]) for r in rows("Slovakia decided against sending tanks to Ukraine.")] == [
        ("SVK", "tanks", "refused")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany will send an IRIS-T system to protect Ukraine's energy infrastructure.", ("DEU", "IRIS-T", "pledged")),
    ("Italy has sent a SAMP/T battery to defend the energy grid of Ukraine.", ("ITA", "SAMP/T", "delivered")),
    ("Canada will donate air defence systems for the protection of critical infrastructure.",
     ("CAN", "air defence systems", "pledged")),
])
def test_a_weapon_guarding_civil_works_is_military_aid(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [expected]


def test_money_to_repair_civil_works_stays_civil_aid():
    assert rows("Norway will give 50 million euros to repair Ukraine's energy infrastructure.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany will send Gepard guns to shoot down Shahed drones.", [("DEU", "Gepard", "pledged")]),
    ("Sweden will send anti-drone systems to protect Ukraine's energy system from Shahed drones.",
     [("SWE", "counter-drone systems", "pledged")]),
])
def test_a_named_system_the_given_item_acts_on_is_no_item_given(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Latvia handed over eight more L70 guns, which Ukrainian gunners use against Shahed drones at night.",
     [("LVA", "Bofors 40 mm L/70", "delivered")]),
    ("Spain will send Skynex guns, which crews employ against Shahed drones near the capital.",
     [("ESP", "Skynex", "pledged")]),
])
def test_a_named_system_the_crews_use_the_given_item_against_is_no_item_given(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == expected
