"""A sentence whose unnumbered items each have a donor and a clause of their own ("Sweden has delivered its
older shells, and Latvia has sent thousands of rounds") gives a record for each; a vague list of one donor
still gives none (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def _found(text):
    return {(p.donor, p.system or p.item_text, p.status) for p in extract(text)}


@pytest.mark.parametrize("text, expected", [
    ("Kyiv wants more help. Sweden has delivered its stock of old 122mm shells, and Latvia has sent thousands "
     "of rounds.", {("SWE", "artillery shells", "delivered"), ("LVA", "rounds of ammunition", "delivered")}),
    ("Kyiv wants more help. Norway has sent body armour to Ukraine, while Denmark has delivered trucks.",
     {("NOR", "body armour", "delivered"), ("DNK", "trucks", "delivered")}),
    ("Kyiv wants more help. Norway sent rifles to Ukraine; Finland delivered mortar rounds.",
     {("NOR", "rifles", "delivered"), ("FIN", "mortar rounds", "delivered")}),
    ("Kyiv wants more help. Spain will send night-vision goggles to Ukraine, and Portugal will provide helmets.",
     {("ESP", "night vision devices", "pledged"), ("PRT", "helmets", "pledged")}),
])
def test_each_donor_in_its_own_clause_gives_its_own_record(text, expected):
    assert expected <= _found(text)
