"""A counted class told before its name, as translations order it ("5 demining tanks Keiler"), is that named item
(sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, name, count", [
    ("Berlin handed over 5 demining tanks Keiler in May, the ministry informs.", "Keiler", 5),
    ("Also Austria transferred 12 military trucks Pinzgauer to Ukraine.", "Pinzgauer", 12),
    ("Lithuania will give 8 field ambulances Medicus to Kyiv, the minister said.", "Medicus", 8),
])
def test_a_name_after_a_counted_class_names_the_item(text, name, count):
    assert [(p.system or p.item_text, p.quantity_value) for p in extract(text)] == [(name, count)]
    # (a day after the class is no name)
    assert [p.system or p.item_text for p in extract("Germany sent 10 trucks Monday, the ministry said.")] != ["Monday"]


@pytest.mark.parametrize("text, name, count", [
    ("Madrid said twelve TOA vehicles, its own name for the M113, arrived in Ukraine last week.", "M113", 12),
    ("Sweden said 20 Pbv carriers, its designation for the Pbv 302, have been handed over.", "Pbv 302", 20),
    ("Oslo will send 8 Feltvogn carriers, the Norwegian name for the M113, to Kyiv.", "M113", 8),
])
def test_a_counted_class_told_by_an_apposition_as_a_system_is_that_system(text, name, count):
    assert [(p.system, p.quantity_value) for p in extract(text)] == [(name, count)]


@pytest.mark.parametrize("text, name, count", [
    ("Rome will send about 30 more Puma-4 armoured vehicles to Kyiv next month.", "Puma-4 armoured vehicles", 30),
    ("Lisbon will give Ukraine 10 M-11 armoured trucks, the minister said.", "M-11 trucks", 10),
    ("Athens will deliver 25 Leonidas-2 armoured personnel carriers to Ukraine.",
     "Leonidas-2 armoured personnel carriers", 25),
    ("Prague has handed over 40 Koral-3 trucks to the Ukrainian army.", "Koral-3 trucks", 40),
    ("Oslo said it would provide 12 more XV-7 patrol boats to Ukraine.", "XV-7 patrol boats", 12),
])
def test_a_designation_between_a_count_and_its_class_names_the_item(text, name, count):
    assert [(p.system or p.item_text, p.quantity_value) for p in extract(text)] == [(name, count)]


@pytest.mark.parametrize("text, name", [
    ("Canberra will give Kyiv 30 retiring KLAV light armoured vehicles.", "KLAV armoured vehicles"),
    ("Berlin has sent 20 PSO armoured vehicles to Ukraine.", "PSO armoured vehicles"),
])
def test_an_acronym_between_a_count_and_its_class_names_the_item(text, name):
    assert [p.system or p.item_text for p in extract(text)] == [name]
    # (an acronym of a class names nothing: "30 FPV drones")
    assert [p.system or p.item_text for p in extract("Warsaw will send Kyiv 30 FPV drones.")] == ["FPV drones"]


@pytest.mark.parametrize("text, name, count", [
    ("Tallinn said 10 unmanned ground systems TeRRA are already with Ukrainian brigades.", "TeRRA", 10),
    ("Riga will give Kyiv 6 ground robots KoBRA next month.", "KoBRA", 6),
    ("Vilnius has delivered 8 robotic ground vehicles GRiMM to Ukraine.", "GRiMM", 8),
])
def test_a_name_of_mixed_case_after_a_counted_ground_robot_names_the_item(text, name, count):
    assert [(p.system or p.item_text, p.quantity_value) for p in extract(text)] == [(name, count)]


@pytest.mark.parametrize("text", [
    "Warsaw will send Kyiv 12 unmanned ground systems, the minister said.",
    "Oslo has delivered 7 ground robots to Ukraine.",
])
def test_unmanned_ground_systems_and_ground_robots_are_counted_drones(text):
    assert [p.category for p in extract(text)] == ["drone"]


@pytest.mark.parametrize("text, name", [
    ("Riga announced four more Patria 6x6 vehicles for Ukraine on Monday.", "Patria 6x6 vehicles"),
    ("Prague will send 12 Tatra 8x8 trucks to Ukraine.", "Tatra 8x8 trucks"),
    ("Berlin has delivered 30 Unimog 4x4 trucks to Kyiv.", "Unimog 4x4 trucks"),
])
def test_a_make_with_its_drive_configuration_names_the_counted_item(text, name):
    assert [p.system or p.item_text for p in extract(text)] == [name]


@pytest.mark.parametrize("text, name, count", [
    ("Zagreb will also hand over 12 armored vehicles BOV, which served with the police.", "BOV", 12),
    ("Also Slovakia transferred 6 demining machines MVT to Ukraine, the ministry informs.", "MVT", 6),
    ("Lisbon will supply 14 light armoured cars VBL to the Ukrainian army.", "VBL", 14),
    ("Berlin delivered 40 military trucks MAN to Ukraine in June.", "MAN", 40),
    ("According to the minister, Belgium will give 9 armoured ambulances SPV to Kyiv.", "SPV", 9),
])
def test_an_acronym_after_a_counted_class_names_the_item(text, name, count):
    assert [(p.system or p.item_text, p.quantity_value) for p in extract(text)] == [(name, count)]


@pytest.mark.parametrize("text, kept", [
    ("Latvia gave Ukraine 30 drones FPV last week.", "drones"),
    ("GERMANY SENDS 10 TANKS TO KYIV, the ministry said.", "tanks"),
])
def test_an_acronym_of_a_class_or_a_line_in_capitals_names_nothing(text, kept):
    assert [p.system or p.item_text for p in extract(text)] == [kept]
