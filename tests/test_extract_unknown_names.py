"""Items the catalog did not know, so that a sentence naming only them gave no record: the Gazelle helicopter,
the SM-2 naval missile, an unspecified LAV, and counter-drone detection systems and units. Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def _count(p):
    return None if p.quantity is None else int(p.quantity.magnitude)


def _found(text):
    return [(p.donor, p.system, p.status, _count(p)) for p in extract(text)]


@pytest.mark.parametrize("text, donor, system, status, quantity", [
    ("France will hand over six Gazelle helicopters to Ukraine.", "FRA", "Gazelle", "pledged", 6),
    ("Paris is considering a request for its retired Gazelles.", "FRA", "Gazelle", "considering", None),
    ("Britain delivered three SA 342 Gazelle airframes to Kyiv last year.", "GBR", "Gazelle", "delivered", 3),
    ("Copenhagen said it would not give Ukraine any SM-2 missiles.", "DNK", "SM-2", "refused", None),
    ("The Netherlands is weighing whether to send SM-2 interceptors to Ukraine.", "NLD", "SM-2", "considering", None),
    ("Canada will send 30 LAVs to Ukraine next month.", "CAN", "LAV", "pledged", 30),
    ("Ottawa is looking at more LAVs for the Ukrainian army.", "CAN", "LAV", "considering", None),
    ("New Zealand will not be sending its LAVs to Ukraine.", "NZL", "LAV", "refused", None),
])
def test_a_newly_catalogued_system_is_a_record(text, donor, system, status, quantity):
    assert (donor, system, status, quantity) in _found(text)


@pytest.mark.parametrize("text", [
    "Lithuania sent two GAZelle vans to Ukraine's army.",
    "Poland delivered a Gazelle minibus to the Ukrainian army.",
    "Estonia handed over a GAZ Gazelle truck to Ukraine.",
])
def test_the_gazelle_van_is_no_helicopter(text):
    assert not any(p.system == "Gazelle" for p in extract(text))


@pytest.mark.parametrize("text, donor, status, quantity", [
    ("Japan will pay for 30 counter-drone detection systems for Ukraine.", "JPN", "funded", 30),
    ("Norway will finance 12 mobile counter-drone units for Ukraine.", "NOR", "funded", 12),
    ("Latvia delivered 40 counter-drone detection systems to Ukraine in May.", "LVA", "delivered", 40),
])
def test_counter_drone_detection_systems_and_units_are_counter_drone_systems(text, donor, status, quantity):
    assert (donor, "counter-drone systems", status, quantity) in [
        (p.donor, p.system or p.item_text, p.status, _count(p)) for p in extract(text)]


@pytest.mark.parametrize("text, expected", [
    ("Denmark plans to transfer 6 armored repair-evacuation machines to Ukraine.",
     ("DNK", "armoured recovery vehicles", "pledged", 6)),
    ("Czechia will send two repair and evacuation machines to Ukraine.",
     ("CZE", "armoured recovery vehicles", "pledged", 2)),
    ("Japan delivered 2,000 vests to Ukraine in May.", ("JPN", "body armour", "delivered", 2000)),
    ("The first 1,200 sets of vests from Korea reached Kyiv in June.", ("KOR", "body armour", "delivered", 1200)),
    ("Canada will send 500 ballistic vests to Ukraine.", ("CAN", "body armour", "pledged", 500)),
])
def test_calques_and_plain_words_of_known_classes(text, expected):
    """'Repair-evacuation machine' (the word-for-word translation of the Ukrainian name of a recovery vehicle, as
    'infantry fighting machine' is of an IFV) and a plain 'vest' name classes the catalog already has."""
    assert expected in [(p.donor, p.system or p.item_text, p.status, _count(p)) for p in extract(text)]


@pytest.mark.parametrize("text, donor, system, status, quantity", [
    ("Berlin has ordered 40 MAN HX77 trucks for the Ukrainian army.", "DEU", "MAN HX", "funded", 40),
    ("Germany handed over two more Keiler mine-clearing vehicles, the ministry said.", "DEU", "Keiler", "delivered", 2),
    ("Berlin will send Kyiv 4 engineering tanks Kodiak next spring.", "DEU", "Kodiak", "pledged", 4),
    ("Britain will supply a Sky Sabre system to Ukraine.", "GBR", "Sky Sabre", "pledged", 1),
    ("London has sent 500 Octopus interceptor drones to Kyiv.", "GBR", "Octopus interceptor drone", "delivered", 500),
    ("Prague is considering handing over its L-159 light combat aircraft to Ukraine.", "CZE", "L-159", "considering",
     None),
    ("Belgium will give six Alpha Jets to train Ukrainian pilots.", "BEL", "Alpha Jet", "pledged", 6),
    ("Oslo said it would donate three of its Bell 412s for casualty evacuation.", "NOR", "Bell 412", "pledged", 3),
    ("Bratislava will hand over 3 Božena demining systems to Kyiv.", "SVK", "Bozena 5", "pledged", 3),
    ("Ljubljana sent 20 BOV armoured vehicles to Ukraine.", "SVN", "BOV", "delivered", 20),
    ("Madrid refused to send its SIAC towed howitzers to Ukraine.", "ESP", "SIAC", "refused", None),
    ("Britain has shipped 30 more Saxon armoured personnel carriers to Kyiv.", "GBR", "AT105 Saxon", "delivered",
     30),
    ("The UK has delivered 16 Husky vehicles to the Ukrainian army.", "GBR", "Husky TSV", "delivered", 16),
    ("Germany will pay for 18 Skyranger anti-aircraft guns for Ukraine.", "DEU", "Skyranger", "funded", 18),
    ("Berlin delivered three Bergepanzer recovery vehicles to Kyiv.", "DEU", "Bergepanzer", "delivered", 3),
    ("France will send 14 AMX-10 light tanks to Ukraine.", "FRA", "AMX-10 RC", "pledged", 14),
    ("Canada will send 200 more SkyRanger drones to Ukraine.", "CAN", "SkyRanger R70", "pledged", 200),
    ("The Hague has sent 45 Land Rover Defenders to the Ukrainian army.", "NLD", "Land Rover Wolf", "delivered", 45),
    ("Washington is weighing whether to give Ukraine retired A-10 attack jets.", "USA", "A-10", "considering", None),
    ("The UK will transfer two Sandown minehunters to Ukraine.", "GBR", "Sandown-class minehunter", "pledged", 2),
])
def test_a_widely_reported_system_is_a_catalog_row(text, donor, system, status, quantity):
    assert (donor, system, status, quantity) in _found(text)


def test_class_word_aliases_keep_the_common_words_free():
    # "Saxon", "Viking" and "Husky" alone are words of other things: only with a vehicle word are they the systems
    assert all(r[1] != "AT105 Saxon" for r in _found("The Saxon state parliament voted to send 5 Saxon vans to Kyiv."))
    from aidledger.catalog import load_catalog
    cat = load_catalog()
    assert cat.find("a Viking longship, a Husky sled and the Saxon court") == []
    assert [m.system.name for m in cat.find("four Viking all-terrain vehicles and 30 Husky armoured vehicles")] == [
        "BvS 10", "Husky TSV"]
    # the Canadian quadcopter and the German anti-aircraft gun share a name: the class word tells them apart
    assert [m.system.name for m in cat.find("20 SkyRanger quadcopters and two Skyranger air defence systems")] == [
        "SkyRanger R70", "Skyranger"]
