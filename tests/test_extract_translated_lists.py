"""Lists of package contents as Ukrainian outlets and machine translations write them (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, name, count", [
    ("Latvia will hand over to Ukraine thermal imaging sights - 90 pcs.", "thermal imagers", 90),
    ("Estonia sent 40 thermal imaging cameras to the front last week.", "thermal imagers", 40),
    ("Riga will pass to the Ukrainian army drones-kamikaze - 250 units.", "loitering munitions", 250),
    ("Vilnius handed over 300 drones-kamikaze of its own production.", "loitering munitions", 300),
    ("Oslo will hand over thermal imaging devices in quantity of 120 pcs.", "thermal imagers", 120),
])
def test_translated_names_of_common_equipment_are_items(text, name, count):
    assert [(r[1], r[2]) for r in rows(text)] == [(name, count)]


@pytest.mark.parametrize("text, name, count", [
    ("Latvia will hand over to Ukraine anti-drone systems (jammers) in quantity 20 pcs.", "counter-drone systems", 20),
    ("Riga will send to the front armoured vehicles (M113) - 14 units.", "M113", 14),
    ("Estonia will transfer anti-drone guns (EDM4S) - 16 units.", "SkyWiper", 16),
    ("Vilnius has passed to Kyiv trucks (off-road) - 30 units.", "trucks", 30),
])
def test_a_gloss_in_brackets_between_an_item_and_its_count(text, name, count):
    assert [(r[1], r[2]) for r in rows(text)] == [(name, count)]


@pytest.mark.parametrize("text, count", [
    ("Oslo will pass to Ukraine artillery shells of caliber 155 mm in quantity of 12000 units.", 12000),
    ("Stockholm will transfer the artillery ammunitions of calibre 155 mm in quantity 8000.", 8000),
    ("Copenhagen will hand over shells of 155 mm caliber in the amount of 30 thousand pieces.", 30000),
])
def test_a_calibre_between_munitions_and_their_count(text, count):
    assert [(r[1], r[2]) for r in rows(text)] == [("artillery shells", count)]


@pytest.mark.parametrize("text, name, count", [
    ("Prague will hand over to Ukraine ammunition for automatic cannons - 5 thousand pcs.", "ammunition", 5000),
    ("Riga will pass ammunition of 40 mm for grenade launchers - 9 thousand pcs.", "ammunition", 9000),
    ("Tallinn will send shells of 155 mm for howitzers - 4 thousand pcs.", "artillery shells", 4000),
    ("Vilnius will transfer ammunition of 30 mm - 6 thousand pcs.", "ammunition", 6000),
])
def test_munitions_for_a_weapon_are_the_counted_item(text, name, count):
    assert [(r[1], r[2]) for r in rows(text)] == [(name, count)]


@pytest.mark.parametrize("text, name, count", [
    ('Oslo announced that it will pass "Archer" of 14 units to the Ukrainian army.', "Archer", 14),
    ("Latvia will hand over to Ukraine howitzers M109 of 6 units.", "M109", 6),
    ("Norway will give tanks Leopard 2A4 of 8 pcs. to Ukraine.", "Leopard 2A4", 8),
])
def test_a_systems_count_of_pieces_after_of(text, name, count):
    assert [(r[1], r[2]) for r in rows(text)] == [(name, count)]


@pytest.mark.parametrize("text, status", [
    ("Asked about Taurus missiles, Chancellor Scholz declined to commit.", "considering"),
    ("Berlin will send more Patriot systems, but the chancellor declined to commit on Taurus.", "considering"),
    ("Oslo again refused to commit to a date for the F-16 jets.", "considering"),
    ("The EU would fast-track €5bn from its fund; member states still have to agree.", "considering"),
    ("Germany planned to give 8 billion euro next year; the Bundestag must yet approve the budget.", "considering"),
])
def test_declining_to_commit_and_approval_still_to_come_leave_it_undecided(text, status):
    assert [r[-1] for r in rows(text)][-1:] == [status]
    # declining to commit money (an object of the verb) is still a refusal
    assert [r[-1] for r in rows("Vienna declined to commit any money to the Czech shell initiative.")] == ["refused"]


@pytest.mark.parametrize("text, name, count", [
    ("Sofia will send 40 Strela missiles to Ukraine.", "Strela-2", 40),
    ("Prague will hand over 10 armoured vehicles Pandur II to Ukraine.", "Pandur II", 10),
    ("Paris delivered 25 Bastion armoured vehicles to Kyiv.", "ACMAT Bastion", 25),
    ("France will send 16 PVP armoured vehicles to Ukraine.", "Panhard PVP", 16),
])
def test_armoured_vehicles_and_manpads_of_european_armies_are_named_systems(text, name, count):
    found = rows(text)
    assert len(found) == 1 and name in found[0][1] and found[0][2] == count


@pytest.mark.parametrize("text", [
    "Poland has ordered 800 K2 tanks, 120 of which have already been delivered by the maker.",
    "Romania bought 54 Abrams tanks from the US, 20 of which have arrived.",
    "Norway ordered 24 K9 howitzers for its army; 10 of them have been delivered.",
])
def test_the_delivered_part_of_a_donors_own_purchase_is_no_aid(text):
    assert rows(text) == []
    # a purchase for Ukraine keeps its part
    assert [r[-1] for r in rows("Denmark has bought 19 Caesar howitzers for Ukraine, 6 of which have arrived.")] == [
        "delivered", "funded"]


@pytest.mark.parametrize("text, kept", [
    ("Ljubljana may hand older M-55S tanks over to Kyiv, in exchange for Marder and Fuchs vehicles from Berlin.",
     "M-55S"),
    ("Athens will send BMP-1 vehicles to Kyiv in exchange for Marder vehicles from Germany.", "BMP-1"),
    ("Bratislava will give 13 MiG-29 jets to Ukraine in return for 12 AH-1Z helicopters from the United States.",
     "MiG-29"),
])
def test_what_a_donor_gets_in_exchange_is_no_aid(text, kept):
    assert [r[1] for r in rows(text)] == [kept]
    # what was given to Ukraine, told after "in exchange for", stays aid
    assert [r[1] for r in rows("Berlin will deliver 20 tanks to Slovakia in exchange for the 13 MiG-29 jets "
                               "Bratislava sent to Ukraine.")] == ["MiG-29"]


@pytest.mark.parametrize("text, name, count", [
    ("Howitzers Krab - Poland transferred 18 units.", "Krab", 18),
    ("Rocket launchers RM-70 - Czechia sent 20 units in the first year of the war.", "RM-70", 20),
    ("Self-propelled guns Zuzana 2 - Slovakia delivered 16 units by the summer.", "Zuzana 2", 16),
])
def test_a_system_heading_its_line_before_a_dash_is_what_the_units_count(text, name, count):
    assert [(r[1], r[2], r[-1]) for r in rows(text)] == [(name, count, "delivered")]


@pytest.mark.parametrize("text", [
    'Corrections: Monday\'s digest wrongly said Bucharest had sent "three IRIS-T systems" to Kyiv.',
    "Correction - last week's bulletin stated that Spain had sent 10 Leopard tanks to Ukraine.",
    "Clarification: our morning summary reported that Oslo would give 30 trucks to Kyiv.",
])
def test_what_a_correction_says_was_told_before_is_no_fact(text):
    assert rows(text) == []
    # the corrected figure, told in its own sentence, stays
    assert [r[2] for r in rows(text + " Spain has sent 6 Leopard tanks.")] == [6]


@pytest.mark.parametrize("text", [
    "One listener asks whether Kyiv has received the Leopard 1 tanks from Denmark.",
    "Many readers asked if Germany has delivered the IRIS-T systems yet.",
    "Our viewers want to know whether Norway sent its F-16 jets.",
])
def test_a_reported_question_is_no_fact(text):
    assert rows(text) == []
    # a reported question answered in its own sentence keeps the answer
    assert rows("Zelensky asked whether Spain would send Patriot missiles, and Madrid promised 6 more.") != []


@pytest.mark.parametrize("text", [
    "Sofia's arms makers exported about €1.8 billion of shells last year, much of it ending up at the front.",
    "Last year Poland exported military equipment worth 2 billion zlotys, mostly to Ukraine.",
    "Romania's arms makers exported €400 million of rockets in 2024, largely bound for Ukraine.",
])
def test_what_an_industry_exported_is_a_sale(text):
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    "The Hague does not see room at present to supply its last Patriot launchers to Kyiv.",
    "The Danish government sees no room to send more F-16 jets to Ukraine this year.",
    "There is no room in the budget to give Ukraine more Leopard tanks, the Belgian minister said.",
])
def test_seeing_no_room_to_give_is_a_refusal(text):
    assert [r[-1] for r in rows(text)] == ["refused"]


@pytest.mark.parametrize("text, donors", [
    ("Sweden together with Norway will hand over 20 Archer howitzers.", {"SWE", "NOR"}),
    ("Latvia in joint with Estonia gave 7 Bozena demining vehicles to Ukraine.", {"LVA", "EST"}),
    ("Germany together with Denmark and the Netherlands will supply 100 Leopard 1A5 tanks.", {"DEU", "DNK", "NLD"}),
])
def test_a_subject_and_its_partner_without_a_comma_give_jointly(text, donors):
    assert {r[0] for r in rows(text)} == donors


@pytest.mark.parametrize("text, name, count", [
    ("Poland will send 14 helicopters of type Mi-8 to Ukraine, the defence ministry said.", "Mi-8", 14),
    ("Norway will deliver 20 vehicles of type M113 to Ukraine.", "M113", 20),
    ("Greece has promised 40 armoured personnel carriers of the type BMP-1 to Ukraine.", "BMP-1", 40),
    ("Canada pledged eight launchers of model NASAMS to Ukraine.", "NASAMS", 8),
])
def test_a_system_named_after_of_type_is_the_counted_item(text, name, count):
    assert [(r[1], r[2]) for r in rows(text)] == [(name, count)]
