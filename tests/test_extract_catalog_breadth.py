"""Systems and generic words that aid reporting often names and the catalog did not know (session 22):
the BRDM-2 scout car, the M60 armored vehicle-launched bridge, the Tor written "Tor-M", Mirage jets called
"Mirage fighters", and rifle scopes and other sights as optics. Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.catalog import load_catalog
from aidledger.extractor import extract


def _count(p):
    return None if p.quantity is None else int(p.quantity.magnitude)


def _found(text):
    return [(p.donor, p.system, p.status, _count(p)) for p in extract(text)]


@pytest.mark.parametrize("text, donor, system, status, quantity", [
    ("Lithuania will give Kyiv 10 BRDM-2 from its reserve.", "LTU", "BRDM-2", "pledged", 10),
    ("Slovakia handed over 14 BRDM-2s to the Ukrainian army.", "SVK", "BRDM-2", "delivered", 14),
    ("Latvia will ship nine BRDM-2 armoured cars to Ukraine.", "LVA", "BRDM-2", "pledged", 9),
    ("The Pentagon will provide five Armored Vehicle Launched Bridges to Ukraine.", "USA", "M60 AVLB", "pledged", 5),
    ("Spain sent two M60 AVLBs to Ukraine in the spring.", "ESP", "M60 AVLB", "delivered", 2),
    ("Cyprus will hand three Tor-M systems to Ukraine.", "CYP", "Tor-M1", "pledged", 3),
    ("Greece is weighing whether to send its Mirage fighters to Ukraine.", "GRC", "Mirage 2000", "considering", None),
])
def test_a_newly_catalogued_system_is_a_record(text, donor, system, status, quantity):
    assert (donor, system, status, quantity) in _found(text)


@pytest.mark.parametrize("text, quantity", [
    ("Austria will donate 250 rifle scopes to Ukraine.", 250),
    ("Ireland delivered 120 telescopic sights and 40 collimator sights to Ukraine.", 120),
])
def test_scopes_and_sights_are_optics_not_rifles(text, quantity):
    records = extract(text)
    assert any(p.system == "optics" and _count(p) == quantity for p in records)
    assert not any(p.system == "rifles" for p in records)


def test_the_new_rows_have_categories_and_sources():
    cat = load_catalog()
    for name, category in [("BRDM-2", "ifv_apc"), ("M60 AVLB", "vehicle")]:
        system = cat.get(name)
        assert system.category == category
        assert system.source


@pytest.mark.parametrize("text", [
    "Finland will send 60 drone detectors to Ukraine.",
    "Belgium delivered 35 drone detection devices to Ukraine.",
])
def test_drone_detectors_are_detection_systems_not_drones(text):
    records = extract(text)
    assert any(p.system == "drone detection systems" for p in records)
    assert not any(p.system == "drones" for p in records)


@pytest.mark.parametrize("text, donor, system, quantity", [
    ("Prague will give Ukraine 6 L-159 combat jets.", "CZE", "L-159", 6),
    ("Lithuania delivered 2 L-39 trainers to the Ukrainian air force.", "LTU", "L-39 Albatros", 2),
    ("New Zealand will lend 8 L-119 guns to Ukraine.", "NZL", "L119", 8),
])
def test_a_designation_after_a_number_is_no_unit_of_volume(text, donor, system, quantity):
    assert any((p.donor, p.system, _count(p)) == (donor, system, quantity) for p in extract(text))


@pytest.mark.parametrize("text, donor, system, quantity", [
    ("Stockholm will ship 3000 Pskott 86 to Ukraine.", "SWE", "AT4", 3000),
    ("Sweden sent 400 Pansarskott 86 anti-tank weapons to Kyiv.", "SWE", "AT4", 400),
    ("Berlin will give Ukraine 1500 Panzerfausts.", "DEU", "Panzerfaust 3", 1500),
    ("Germany had delivered 700 Panzerfäuste to Ukraine by May.", "DEU", "Panzerfaust 3", 700),
    ("Sweden will hand 150 Grg m/48 to Ukraine.", "SWE", "Carl Gustaf", 150),
])
def test_national_names_of_anti_tank_weapons(text, donor, system, quantity):
    assert (donor, system, quantity) in [(d, s, q) for d, s, _, q in _found(text)]


def test_the_mamba_air_defence_system_is_samp_t_and_the_mamba_apc_stays():
    assert any(p.system == "SAMP/T" for p in extract("France will deliver a Mamba air defence system to Kyiv."))
    assert any(p.system == "Mamba APC" for p in extract("Estonia will give Ukraine 12 Mamba APCs."))


@pytest.mark.parametrize("text, name, quantity", [
    ("Denmark will provide 6 artillery radars to Ukraine.", "radars", 6),
    ("Sweden sent three weapon locating radars to Ukraine in June.", "radars", 3),
    ("Latvia will donate 900 quadcopters to the Ukrainian army.", "drones", 900),
    ("Estonia delivered 40 octocopters to Ukraine.", "drones", 40),
    ("Finland will give Ukraine 25 mine rollers.", "demining equipment", 25),
    ("The Pentagon will send 30 mine-clearing line charges to Ukraine.", "demining equipment", 30),
    ("Norway is weighing whether to give Ukraine 5 fighter-bombers.", "fighter jets", 5),
])
def test_generic_words_of_aid_reporting(text, name, quantity):
    records = extract(text)
    assert any(p.system == name and _count(p) == quantity for p in records), records
