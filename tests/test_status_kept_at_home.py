"""A donor that keeps items for its own forces refuses them (README rule 11): they are "not on offer", the donor
says its own army needs them, "we need them ourselves", "our own defence comes first", they are still needed to
defend its airspace, they are deployed elsewhere and not available. An inventory
told beside ("which still fields roughly 40 jets") is the donor's fleet, not a count given. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Portugal's F-16 jets are not on offer, the minister said.", ("PRT", "F-16")),
    ('Asked whether Oslo would consider giving some of its F-35 jets, the minister said they were "not on offer".',
     ("NOR", "F-35")),
    ("The Spanish Leopard 2A4 tanks are no longer on offer, Madrid said on Monday.", ("ESP", "Leopard 2A4")),
    ("Asked whether Portugal would consider giving some of its F-16 fighters, the minister said the jets were "
     "still needed to police Portuguese airspace.", ("PRT", "F-16")),
    ("Asked about its Archer howitzers, Sweden said they were still needed to defend the Swedish coast.",
     ("SWE", "Archer")),
])
def test_items_not_on_offer_or_needed_to_defend_the_donor_are_refused(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]


@pytest.mark.parametrize("text, expected", [
    ("Romania, which still operates about 40 MiG-21s, has said its own air force needs them.", ("ROU", "MiG-21")),
    ("Hungary, which fields roughly 30 T-72 tanks, says its own army needs them.", ("HUN", "T-72")),
    ("Portugal keeps six F-16 jets in reserve. Lisbon says its own air force still needs them.", ("PRT", "F-16")),
    ("Greece, which has nearly 50 M110 howitzers, insisted that its own troops need them.", ("GRC", "M110")),
])
def test_a_donor_saying_its_own_forces_need_its_fleet_refuses_it_without_a_count(text, expected):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [(*expected, None, "refused")]


def test_a_fleet_told_roughly_beside_a_gift_is_no_count_given():
    # "which still fields roughly 40": the donor's fleet, not a count of the gift
    text = "Romania, which still fields roughly 40 MiG-21s, will buy 10 new radars for Ukraine."
    assert ("ROU", "MiG-21", 40) not in [(r[0], r[1], r[2]) for r in rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("Answering a reporter, the minister said the NASAMS batteries of the Norwegian army are deployed in Poland and "
     "are not available for Ukraine.", ("NOR", "NASAMS")),
    ("The Dutch F-35 jets are stationed at home and are not available for transfer.", ("NLD", "F-35")),
    ("Italy's SAMP/T systems are deployed in Kuwait and Slovakia and are not available for Kyiv.", ("ITA", "SAMP/T")),
])
def test_items_deployed_elsewhere_and_not_available_are_refused(text, expected):
    # where the items are deployed is the reason of the refusal, not an inventory that hides it
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]


@pytest.mark.parametrize("text, expected", [
    ("Asked about the CV90 vehicles, the minister said Norway's own security comes first.", ("NOR", "CV90")),
    ("Q: What about the Archer guns Sweden is buying?\n\nA: Our own army comes first.", ("SWE", "Archer")),
    ("Asked whether Lisbon would give its F-16 jets, the minister said its own air defence must come first.",
     ("PRT", "F-16")),
])
def test_the_donors_own_defence_coming_first_refuses_the_item_asked_about(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]
