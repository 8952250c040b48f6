"""A donor's own new fleet that a gift waits for ("the remaining jets go once its own F-35s have arrived") is
its own inventory (README rule 10), no aid to Ukraine (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.extractor import extract


@pytest.mark.parametrize("text, expected", [
    ("Copenhagen promised 19 F-16 jets and plans to hand over the remainder once its own F-35s have arrived.",
     [("DNK", "F-16")]),
    ("Oslo will hand over the launchers when its own new NASAMS batteries have been delivered.", []),
    ("Brussels says the jets will go to Kyiv after their own F-35 aircraft arrive.", []),
])
def test_the_donors_own_replacement_is_no_item(text, expected):
    assert [(r[0], r[1]) for r in rows(text)] == expected


@pytest.mark.parametrize("text, kept", [
    ("The 32 AS90 guns the UK gifted in 2023 are being replaced in the British Army by Archer howitzers.", "AS-90"),
    ("Denmark's Caesar guns, all sent to Ukraine, will be replaced with 20 new ATMOS systems.", "Caesar"),
])
def test_what_replaces_the_given_ones_at_home_is_no_aid(text, kept):
    assert [p.system for p in extract(text, published="2025-03-01")] == [kept]


@pytest.mark.parametrize("text, system", [
    ("- Stormer is a tracked armoured vehicle that carries short-range air defence missiles.", None),
    ("The CV90 is an infantry fighting vehicle used by seven armies.", None),
    ("IRIS-T is a system that Germany has already delivered to Ukraine.", "IRIS-T"),
])
def test_a_definition_of_a_system_is_no_aid_fact(text, system):
    doc = ("Notes to editors:\n- The UK has committed £3 billion in military aid for Ukraine this year.\n" + text)
    got = [p.system for p in extract(doc, published="2025-03-01") if p.quantity_value is None and p.amount is None]
    assert got == ([system] if system else [])


@pytest.mark.parametrize("text, expected", [
    ("The Polish MiG-29s will stay at home and will not be handed to Ukraine before the first F-35 fighters enter "
     "service next year.", [("POL", "MiG-29", "refused")]),
    ("The Danish defence ministry is examining whether its retired F-16 fighters could be sent to Kyiv once the new "
     "F-35 jets arrive.", [("DNK", "F-16", "considering")]),
    ("Asked whether Norway could give Ukraine some of its F-16 jets, the minister said no; they stay in service until "
     "the last F-35 arrives.", [("NOR", "F-16", "refused")]),
    ("Slovakia will send its remaining S-300 batteries to Ukraine as soon as the new Barak MX systems are "
     "operational, the minister said.", [("SVK", "S-300", "pledged")]),
    ("Romania promised a second Patriot battery once the SAMP/T systems it ordered come into service.",
     [("ROU", "Patriot", "pledged")]),
])
def test_the_fleet_a_time_clause_awaits_is_no_item(text, expected):
    """"... before the F-35s enter service", "once the new jets arrive": the system that arrives or enters service in
    a time clause is the donor's awaited fleet, not aid."""
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == expected


def test_what_arrives_in_ukraine_in_a_time_clause_stays_an_item():
    text = ("Germany said it will send 10 Leopard 2 tanks; Ukrainian crews will train in Germany until the Leopard 2 "
            "tanks arrive in Ukraine.")
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("DEU", "Leopard 2", 10, "pledged")]


@pytest.mark.parametrize("text, expected", [
    # the new fleet told as the subject of "replace": once ..., that will replace ..., which ... are replacing
    ("Oslo is still unsure if it should hand its last F-16 fighters to Kyiv once F-35s replace them.",
     [("NOR", "F-16", "considering")]),
    ("Belgium will send its 12 F-16 jets, the first as soon as F-35s replace them in 2026.",
     [("BEL", "F-16", "pledged")]),
    ("Greece is weighing sending the M113 carriers which its new Lynx vehicles are replacing.",
     [("GRC", "M113", "considering")]),
    # what the new fleet replaces, told in a relative clause, is named to tell that fleet
    ("Belgium is weighing whether the Griffon vehicles replacing its Piranha carriers could go to Kyiv.", []),
])
def test_the_new_fleet_and_what_it_replaces_are_no_item(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Helsinki has ruled out sending its F/A-18 Hornet fighters to Kyiv before the arrival of the F-35, the ministry "
     "says.", [("FIN", "F/A-18 Hornet", "refused")]),
    ("Switzerland will not give its old F-5 jets to Kyiv until the introduction of the new F-35A fleet, officials "
     "said.", [("CHE", "aircraft", "refused")]),
])
def test_the_fleet_awaited_as_a_noun_of_arrival_is_no_item(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == expected
