"""Arms in general under other names ("military equipment", "military hardware"): an aid fact when refused
or weighed, talk about aid when promised without a number, and one item type for rule 8 (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, donor", [
    ("Austria will not supply military equipment to Ukraine, the chancellery said on Tuesday.", "AUT"),
    ("Mexico turned down calls to send military equipment to Kyiv.", "MEX"),
    ('"We will not send any military hardware to Kyiv," the Slovak prime minister told reporters.', "SVK"),
    ("Bulgaria's president opposes sending military equipment to Ukraine.", "BGR"),
    ("Ireland, a neutral state, does not provide lethal military equipment to Ukraine.", "IRL"),
    ("Turkey said it would not give Ukraine lethal military aid.", "TUR"),
])
def test_arms_in_general_under_another_name_refused_are_a_record(text, donor):
    assert [(r[0], r[-1]) for r in rows(text)] == [(donor, "refused")]


def test_arms_in_general_under_another_name_promised_without_a_number_are_no_record():
    assert rows("Germany will send military equipment to Ukraine, the minister said.") == []
    assert rows("Norway has handed over military hardware to Kyiv.") == []
    # a count makes them an item of their own
    assert [(r[0], r[2], r[-1]) for r in rows("Canada has given Ukraine 20 pieces of military equipment.")] == [
        ("CAN", 20, "delivered")]


def test_two_names_of_arms_in_general_are_one_item_type():
    text = "Malta will repair Ukrainian military equipment but refuses to send military hardware of its own."
    assert [(r[0], r[-1]) for r in rows(text)] == [("MLT", "refused")]
    # two item types of a list stay unrecorded (README rule 8)
    assert rows("Germany will send air defence systems and other military equipment to Ukraine.") == []


@pytest.mark.parametrize("text, donor, given", [
    ("Seoul's policy does not allow it to send lethal weapons to a country at war, the president said. South Korea "
     "will instead supply 2,000 helmets to Kyiv.", "KOR", 2000),
    ("Mexico will not send weapons to Ukraine, the president said. Mexico will give 500 first-aid kits.", "MEX", 500),
    ("Tokyo does not send lethal aid. Japan will supply 1,000 bulletproof vests to Ukraine's army.", "JPN", 1000),
])
def test_arms_refused_in_general_stand_beside_non_lethal_equipment_given(text, donor, given):
    # helmets, vests and medical kits given are no arms: they do not reverse the refusal of arms in general
    found = [(r[0], r[2], r[-1]) for r in rows(text)]
    assert (donor, None, "refused") in found and (donor, given, "pledged") in found, found
