"""Headlines: a present that tells an arrival, or the weighing of a named system for Ukraine (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "First Swedish Archer guns arrive in Ukraine",
    "12 Swedish Archer guns reach Ukraine",
])
def test_a_headline_arrival_is_a_delivery(text):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("SWE", "Archer", "delivered")]


@pytest.mark.parametrize("text", [
    "Sweden will send 12 Archer guns; they should arrive in Ukraine in May.",
    "Sweden will send 12 Archer guns, which are to reach Ukraine in May.",
])
def test_an_arrival_to_come_stays_a_pledge(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("SWE", "pledged")]


@pytest.mark.parametrize("text", [
    "Sweden weighs Gripen jets for Ukraine",
    "Stockholm mulls more Gripen fighters for Kyiv",
])
def test_a_headline_weighing_a_named_system_for_ukraine_is_considering(text):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("SWE", "Gripen", "considering")]


def test_a_judgement_of_a_system_is_no_weighing():
    assert rows("Sweden considers Gripen the best jet of its class") == []


@pytest.mark.parametrize("text", [
    "Latvia to give Ukraine a dozen jammers\n\nRIGA - Latvia will give 12 anti-drone jamming systems to Ukraine, "
    "the defence minister said on Monday.",
    "Latvia to send Ukraine 20 jammers\n\nLatvia will send 20 anti-drone jamming systems to Ukraine, the minister "
    "said.",
])
def test_a_headline_count_told_again_in_the_body_is_one_fact(text):
    # the headline's generic items with the body's count for the same donor: the body's record alone
    assert [(r[0], r[1]) for r in rows(text)] == [("LVA", "counter-drone systems")]


@pytest.mark.parametrize("text, expected", [
    ("Cyprus will not send Soviet-made arms to Kiev - president\n\nCyprus will not transfer its Tor-M1 air defence "
     "systems to Ukraine, the president said on Tuesday.", [("CYP", "Tor-M1", "refused")]),
    ("Greece says no weapons for Kyiv\n\nGreece has delivered 20 M113 carriers to Ukraine, the ministry said, but will "
     "not send its S-300 systems.", [("GRC", "M113", "delivered"), ("GRC", "S-300", "refused")]),
    ("Malta will not send weapons to Ukraine\n\nMalta will not send weapons to Ukraine, the prime minister said.",
     [("MLT", "weapons", "refused")]),
])
def test_a_headline_refusal_of_arms_the_body_tells_by_name_is_that_refusal(text, expected):
    """"Cyprus will not send arms to Kiev", then "will not transfer its Tor-M1 systems": the headline's general word
    for the refusal the body tells by name, one fact (README rule 1)."""
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == expected
