"""Weighing told in words the older cues missed (README rule 11, ``considering``): investigating, analysing or
verifying whether an item can go (also whether it "can be financed": the weighing governs, not the paying);
analysing, examining or evaluating "it" (an item named before); a decision on an item (a hyphenated name too)
that "will come"; and a refusal whose "but" clause weighs an item of another kind, which does not reopen it.
Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("The Finnish ministry is investigating whether its retired Crotale systems could go to Kyiv.",
     ("FIN", "Crotale")),
    ("Oslo is analysing whether M109 howitzers from its reserve can be released to Ukraine.", ("NOR", "M109")),
    ("We are analysing whether we can release Javelin missiles from our own stocks, the Estonian minister said.",
     ("EST", "Javelin")),
    ("The Czech cabinet is verifying whether RM-70 launchers held in storage might be handed over.", ("CZE", "RM-70")),
    ("Together with partners, the Dutch government is investigating whether Bayraktar TB2 drones can be financed.",
     ("NLD", "Bayraktar TB2")),
])
def test_investigating_or_analysing_whether_an_item_can_go_is_weighed(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


@pytest.mark.parametrize("text, expected", [
    ('Asked about CV90 vehicles for Kyiv, the Swedish minister said: "We are analysing it with our partners."',
     ("SWE", "CV90")),
    ("Asked about Hawk launchers, the Spanish minister said Madrid was examining it.", ("ESP", "Hawk")),
    ("Asked about M113 carriers, a Greek official said the ministry was evaluating them.", ("GRC", "M113")),
])
def test_analysing_or_examining_it_weighs_the_item_asked_about(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


@pytest.mark.parametrize("text, expected", [
    ('The Danish minister said a decision on F-35s "will come in autumn" - not yet, then.', ("DNK", "F-35")),
    ("The Norwegian minister said a decision on the F-16s will come after the summer.", ("NOR", "F-16")),
    ("Lisbon's decision on its MiG-29 jets would come in May, the Portuguese minister said.", ("PRT", "MiG-29")),
])
def test_a_decision_on_a_hyphenated_item_still_to_come_is_no_pledge(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


@pytest.mark.parametrize("text, expected", [
    ("Copenhagen said it will not give up its Leopard 2A7 tanks, but that the ministry is studying whether "
     "towed howitzers could be freed up.", ("DNK", "Leopard 2A7")),
    ("Oslo will not hand over its F-35 jets, though it is weighing whether older radars might go instead.",
     ("NOR", "F-35")),
    ("Athens refused to give up its S-300 batteries, but it is looking at whether some trucks could be spared.",
     ("GRC", "S-300")),
])
def test_a_but_clause_weighing_an_item_of_another_kind_does_not_reopen_a_refusal(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text) if r[1] == expected[1]] == [(*expected, "refused")]


@pytest.mark.parametrize("text, expected", [
    ("Copenhagen is weighing whether Skyranger 30 anti-aircraft tanks could go to Kyiv.", ("DNK", "Skyranger 30")),
    ("Vienna is studying whether it could pay for Skyranger 35 systems for Ukraine.", ("AUT", "Skyranger 35")),
])
def test_a_skyranger_weighed_is_the_system_not_tanks(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


@pytest.mark.parametrize("text, expected", [
    ("Rome has not answered Kyiv's questions about retired Centauro vehicles; officials call the file still open.",
     ("ITA", "Centauro")),
    ("Athens has not yet responded to the Ukrainian request for M110 howitzers.", ("GRC", "M110")),
    ("Madrid is yet to answer Kyiv's letter about Hawk launchers.", ("ESP", "Hawk")),
    ("Still waiting for a decision from Rome on SAMP/T, the Ukrainian envoy wrote.", ("ITA", "SAMP/T")),
    ("The Ukrainian side is waiting for a decision from Oslo on NASAMS launchers.", ("NOR", "NASAMS")),
])
def test_a_request_not_yet_answered_or_a_decision_awaited_is_weighed(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


@pytest.mark.parametrize("text, expected", [
    ("The Danish government on Monday presented its twentieth military aid package for Ukraine, worth DKK 5 billion.",
     ("DNK", 5_000_000_000)),
    ("Helsinki presented a new defence package for Kyiv worth EUR 190 million on Friday.", ("FIN", 190_000_000)),
    ("Lithuania's defence ministry presented its latest support package to Ukraine, worth EUR 30 million.",
     ("LTU", 30_000_000)),
])
def test_a_government_presenting_its_package_announces_it(text, expected):
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [(*expected, "pledged")]
