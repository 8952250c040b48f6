"""Generic words for support equipment a single item type of its sentence names (README rule 8): communication,
engineering and mine-clearing equipment, trainer aircraft. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Finland transferred secure communications equipment to Ukraine in May.",
     ("FIN", "communication equipment", "delivered")),
    ("Estonia will send a field communications system to the Ukrainian army.",
     ("EST", "communication equipment", "pledged")),
    ("The Netherlands will supply engineering equipment to Ukraine, the minister said.",
     ("NLD", "engineering equipment", "pledged")),
    ("Japan has handed Ukraine mine-clearing equipment for its sappers.", ("JPN", "demining equipment", "delivered")),
    ("Croatia will donate mine clearance equipment to Kyiv.", ("HRV", "demining equipment", "pledged")),
    ("Czechia is weighing whether to send its old trainer aircraft to Ukraine.", ("CZE", "aircraft", "considering")),
    ("Slovakia has delivered trainer aircraft to the Ukrainian air force.", ("SVK", "aircraft", "delivered")),
])
def test_a_single_type_of_support_equipment_is_a_record(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [expected]


def test_support_equipment_in_a_list_of_generic_types_stays_unrecorded():
    assert rows("Latvia will send engineering equipment, radios and generators to Ukraine.") == []


# ---- goods that armies and humanitarian aid both receive ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul will ship 2,500 winter jackets and 600 tents to the Ukrainian armed forces.",
     [("KOR", "jackets", 2500, "pledged"), ("KOR", "tents", 600, "pledged")]),
    ("The Danish Defence Command has handed over 350 diesel generators to Ukrainian units.",
     [("DNK", "generators", 350, "delivered")]),
    ("Ottawa is sending 4,000 sleeping bags and 900 stoves for soldiers at the front.",
     [("CAN", "sleeping bags", 4000, "pledged"), ("CAN", "stoves", 900, "pledged")]),
    ("Austria will hand over 3,000 pairs of winter boots and 40 field kitchens to the Ukrainian army.",
     [("AUT", "boots", 3000, "pledged"), ("AUT", "field kitchens", 40, "pledged")]),
    ("Lithuania delivered 200 camouflage nets and 60 satellite communication terminals to its neighbour's brigades"
     " in Ukraine last month.",
     [("LTU", "camouflage nets", 200, "delivered"), ("LTU", "communication equipment", 60, "delivered")]),
    ("Norway will send 18 replacement barrels for the howitzers of Ukraine's artillery.",
     [("NOR", "artillery barrels", 18, "pledged")]),
    ("Riga handed over 12 excavators and 4 bulldozers to the Ukrainian army to dig fortifications.",
     [("LVA", "bulldozers", 4, "delivered"), ("LVA", "excavators", 12, "delivered")]),
    ("Tallinn will give the Ukrainian army 300 plate carriers, 50 satellite phones and 20 thermal cameras.",
     [("EST", "body armour", 300, "pledged"), ("EST", "communication equipment", 50, "pledged"),
      ("EST", "thermal imagers", 20, "pledged")]),
    ("Prague has sent 400 RPG launchers and 30 quad bikes to the front.",
     [("CZE", "anti-tank grenade launchers", 400, "delivered"), ("CZE", "light vehicles", 30, "delivered")]),
    ("Vilnius will deliver six electronic warfare stations and 200 demining kits to Ukrainian units.",
     [("LTU", "demining equipment", 200, "pledged"), ("LTU", "electronic warfare systems", 6, "pledged")]),
])
def test_counted_goods_of_an_army_are_records(text, expected):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == expected


@pytest.mark.parametrize("text", [
    "Vilnius is prepared to supply generators and more such equipment before the frost sets in.",
    "Belgium will send tents to Ukraine, the minister said.",
    "Japan has delivered stoves and sleeping bags to Kyiv.",
])
def test_uncounted_goods_that_humanitarian_aid_sends_too_are_no_record(text):
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    "Germany has sent 300 generators to keep hospitals in Kharkiv running through the winter.",
    "Ireland will donate 1,200 tents and 5,000 sleeping bags for families who lost their homes.",
    "Japan will send 30 excavators to clear rubble in Kharkiv.",
])
def test_counted_goods_for_civilians_are_no_record(text):
    assert rows(text) == []


def test_every_counted_only_word_is_the_name_of_a_generic_item():
    from aidledger.catalog import load_catalog
    from aidledger.extractor.vocabulary import words
    names = {g.name.lower() for g in load_catalog().generics}
    assert words("counted_only").words and set(words("counted_only").words) <= names
