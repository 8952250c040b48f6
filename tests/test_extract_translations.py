"""Constructions of Ukrainian outlets and machine translations, and of state media (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.extractor import extract


@pytest.mark.parametrize("text, count", [
    ("Finland will give to Ukraine around 30 thousands rounds of 155 mm calibre.", 30_000),
    ("Poland agreed to transfer about 2 millions cartridges for small arms to Ukraine.", 2_000_000),
    ("Denmark will hand over 3 thousands of mortar shells to Ukraine.", 3_000),
    ("Latvia handed over to Ukraine 12 thousands rounds of ammunition.", 12_000),
])
def test_a_plural_scale_word_before_a_count_noun_scales_the_count(text, count):
    assert [r[2] for r in rows(text)] == [count]



@pytest.mark.parametrize("text", [
    "In total Latvia provided to Ukraine military help for more than 300 million euro.",
    "We remind, Norway already transferred to Ukraine help for more than 2 bln euro.",
    "Altogether the Czech Republic handed over to Kyiv weapons for nearly 900 million dollars.",
])
def test_money_given_in_all_told_without_has_is_a_total_not_a_pledge(text):
    assert rows(text) == []
    # money given once, with no total, stays a record
    assert [r[-1] for r in rows("Estonia already transferred to Ukraine 20 million euro for drones.")] == ["delivered"]


@pytest.mark.parametrize("text", [
    "Sweden considers to transfer two more CV90 vehicles to Ukraine.",
    "Also Finland will hand over radars to Ukraine, but officially not confirmed yet.",
    ("The Romanian parliament voted for giving Ukraine a Patriot battery, but the government until now "
     "did not make final decision."),
    "Portugal will send Leopard tanks to Ukraine, a source says; this is not confirmed officially.",
    "Oslo wants to give Ukraine F-16 jets, but the cabinet has not taken the final decision.",
])
def test_a_translations_ways_of_weighing_are_considering(text):
    assert [r[-1] for r in rows(text)] == ["considering"]


@pytest.mark.parametrize("text, donor", [
    ("Meanwhile Portugal repeated that because of its policy Lisbon will not give Kyiv any arms, "
     "only humanitarian demining.", "PRT"),
    ("Ireland said it will not send weapons to Ukraine, only humanitarian aid.", "IRL"),
    ("Malta will not supply arms to Kyiv - just humanitarian help.", "MLT"),
])
def test_a_refusal_of_weapons_with_only_humanitarian_aid_instead_stands(text, donor):
    assert [(r[0], r[-1]) for r in rows(text)] == [(donor, "refused")]
    # humanitarian aid itself is no record
    assert rows("Ireland will send humanitarian aid to Ukraine.") == []


@pytest.mark.parametrize("line, name, count", [
    ("- armored personnel carriers M113 - in quantity of 20 units;", "M113", 20),
    ("- self-propelled howitzers Zuzana 2 - in the quantity of 8 units;", "Zuzana 2", 8),
    ("- anti-aircraft guns ZU-23-2 together with ammunition - 6 pcs.;", "ZU-23-2", 6),
    ("- grenade launchers Mk 19 with their ammunition - 40 pcs.;", "Mk 19", 40),
])
def test_a_list_lines_count_after_a_dash_phrase_or_the_ammunition_that_comes_with_it_counts_the_item(line, name, count):
    text = f"Soon Lithuania is going to hand to the Ukrainian forces:\n{line}\n- field kitchens - several."
    assert [(p.system, p.quantity_value) for p in extract(text) if p.system] == [(name, count)]


@pytest.mark.parametrize("text, amount", [
    ("The White House said it intends to spend the remaining $4.2 billion in presidential drawdown authority "
     "before January.", 4_200_000_000),
    ("Washington will spend all of the remaining $2.1 billion in drawdown authority on Ukraine.", 2_100_000_000),
    ("The US plans to use the remaining $1.5 billion in drawdown authority in the coming weeks.", 1_500_000_000),
])
def test_an_intention_to_spend_the_remaining_drawdown_authority_is_a_pledge(text, amount):
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("USA", amount, "pledged")]
    # money only left under the authority is no pledge
    assert rows("The Pentagon has $4 billion remaining in drawdown authority.") == []


@pytest.mark.parametrize("text, parts", [
    ("The Danish government decided to give additional 2 billion kroner for Ukraine's air defence, from them "
     "1.2 billion - for purchasing of missiles and 800 million - for repairs of launchers.",
     [2_000_000_000, 1_200_000_000, 800_000_000]),
    ("Sweden will give Ukraine 3 billion kronor, including 2 billion for air defence.", [3_000_000_000, 2_000_000_000]),
    ("Norway will allocate 900 million kroner to Ukraine, of which 600 million for drones.",
     [900_000_000, 600_000_000]),
])
def test_bare_parts_of_an_amount_after_a_breakdown_lead_take_its_currency(text, parts):
    assert sorted(p.amount for p in extract(text)) == sorted(parts)
    assert len({p.currency for p in extract(text)}) == 1
    # a bare number larger than the amount before it is no part of it
    larger = "Norway will give 300 million kroner; of this, Kyiv said 5 billion were needed."
    assert [int(p.amount) for p in extract(larger) if p.amount] == [300_000_000]


@pytest.mark.parametrize("line, name, count", [
    ("— ZSU Gepard, additionally 3 units;", "Gepard", 3),
    ("— launchers HIMARS, another 4 units;", "HIMARS", 4),
    ("— Bradley vehicles, plus 20 pcs.;", "Bradley", 20),
])
def test_a_list_lines_count_of_more_after_a_comma_counts_the_item(line, name, count):
    text = f"Berlin has handed over to Ukraine one more package. It contains:\n— field kitchens — 5 pcs.;\n{line}"
    assert [(p.system, p.quantity_value) for p in extract(text) if p.system == name] == [(name, count)]


@pytest.mark.parametrize("text, part", [
    ("Bratislava will hand over 13 MiG-29 fighters to Ukraine, 4 from them are already in Ukraine.", 4),
    ("Poland promised 14 Leopard 2A4 tanks; 10 from them have already arrived.", 10),
    ("Norway pledged 22 F-16 jets, and by May it had delivered 6 from them.", 6),
])
def test_a_count_from_them_is_a_part_of_the_count_before(text, part):
    assert ("delivered", part) in [(p.status, p.quantity_value) for p in extract(text)]


@pytest.mark.parametrize("text", [
    "Denmark will hand over 24 fighters F-16 to Kyiv, but Copenhagen said that the number is not yet determined.",
    "Belgium will send 30 F-16 jets; the number of jets has not yet been decided.",
    "Portugal is to give 12 Leopard 2A6 tanks to Kyiv, but the quantity is still not determined.",
])
def test_a_count_whose_number_is_not_yet_determined_is_weighed(text):
    assert [r[-1] for r in rows(text)] == ["considering"]
    # a number of something else not determined leaves the delivery as it is
    other = "The number of casualties was not determined, but Denmark delivered 10 Caesar howitzers."
    assert [r[-1] for r in rows(other)] == ["delivered"]


@pytest.mark.parametrize("text", [
    "The Czech minister said 40 of the vehicles could be ordered for Ukraine, but final figures were not agreed.",
    "Up to 30 Patria vehicles could be ordered for Kyiv, Helsinki said.",
    "Norway will buy 12 radars for Ukraine, but final numbers have not yet been agreed.",
])
def test_a_count_that_could_be_ordered_or_whose_figures_are_not_agreed_is_weighed(text):
    assert [r[-1] for r in rows(text)] == ["considering"]


@pytest.mark.parametrize("text, more", [
    ("The US first sent 60 Bradley vehicles, and later added still 50.", 50),
    ("Sweden first gave 10 CV90 vehicles and then sent still 40.", 40),
    ("Poland handed over 14 Leopard 2A4 tanks, and later gave still 10.", 10),
])
def test_still_n_after_a_giving_verb_is_more_of_the_item_before(text, more):
    assert more in [p.quantity_value for p in extract(text)]


@pytest.mark.parametrize("text, donors", [
    ("Eight Dana M2 howitzers are producing on an order that is paid by Denmark and Norway.", {"DNK", "NOR"}),
    ("Twelve Bohdana howitzers are produced in Ukraine by an order which is paid by Sweden.", {"SWE"}),
    ("Ten Zuzana 2 howitzers are manufactured for Kyiv and are paid by Germany.", {"DEU"}),
])
def test_items_produced_and_paid_by_a_donor_are_its_funding(text, donors):
    found = extract(text)
    assert {p.donor for p in found} == donors and {p.status for p in found} <= {"funded", "pledged"}


@pytest.mark.parametrize("text, system", [
    ("Berlin to give Kiev regime new armored vehicles - media\n\n"
     "Germany will pump into the Kiev regime 20 more Marder infantry fighting vehicles, newspapers reported on Friday.",
     "Marder"),
    ("Paris to send Kiev more armoured vehicles\n\nFrance will send 15 AMX-10 RC light tanks to Ukraine, the ministry "
     "said.", "AMX-10 RC"),
])
def test_a_headlines_armoured_vehicles_that_the_body_names_are_one_fact(text, system):
    assert [p.system for p in extract(text)] == [system]
