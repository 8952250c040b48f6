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
