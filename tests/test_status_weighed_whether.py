"""Weighing told in words the older cues did not read: "weighing whether ...", "examining the question of
...", "remains under negotiation" (README rule 11, ``considering``); and a request declined in the passive
whose object holds a straight apostrophe ("a request for two of the navy's corvettes was declined":
README rule 11, ``refused``). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Oslo is weighing whether its old M109 howitzers could go to Kyiv.", ("NOR", "M109")),
    ("The Dutch cabinet is deliberating whether its YPR-765 carriers should go to Ukraine.", ("NLD", "YPR-765")),
    ("The Danish cabinet is debating whether CV90 vehicles from its reserve can be spared.", ("DNK", "CV90")),
    ("Madrid is pondering whether Hawk launchers held in storage might be handed to Kyiv.", ("ESP", "Hawk")),
    ("Helsinki has been mulling over whether its retired Crotale systems could be of use to Ukraine.",
     ("FIN", "Crotale")),
])
def test_weighing_whether_an_item_can_go_is_no_decision_yet(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


@pytest.mark.parametrize("text, expected", [
    ("Prague is weighing the question of handing over RM-70 launchers.", ("CZE", "RM-70")),
    ("Rome is studying the question of handing over its Centauro vehicles.", ("ITA", "Centauro")),
    ("The Slovak government reviewed the issue of transferring MiG-29 jets on Monday.", ("SVK", "MiG-29")),
    ("Athens is assessing the matter of delivering its M113 carriers.", ("GRC", "M113")),
    ("The Bulgarian ministry is exploring together with Kyiv the question of supply of BTR-60 carriers.",
     ("BGR", "BTR-60")),
])
def test_examining_the_question_of_a_transfer_weighs_it(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


@pytest.mark.parametrize("text", [
    "The Commission says a EUR 3 billion tranche for Kyiv is under negotiation with the capitals.",
    "Berlin said a further EUR 3 billion for Kyiv was still under negotiations in the coalition.",
    "The EU's EUR 3 billion tranche for ammunition is under negotiation.",
])
def test_an_amount_under_negotiation_is_weighed(text):
    assert [(r[3], r[-1]) for r in rows(text)] == [(3_000_000_000, "considering")]


@pytest.mark.parametrize("text, expected", [
    ("Oslo sent 12 howitzers. A request for two of the navy's corvettes was declined, the minister said.",
     ("NOR", None, 2)),
    ("Rome sent 12 howitzers. A request for three of the army's Centauro vehicles was declined, the minister said.",
     ("ITA", "Centauro", 3)),
    ("Madrid sent 20 M113 carriers. A plea for the air force's two Hawk batteries was turned down.",
     ("ESP", "Hawk", 2)),
])
def test_a_request_declined_in_the_passive_with_a_straight_apostrophe_is_refused(text, expected):
    refused = [(r[0], r[1], r[2]) for r in rows(text) if r[-1] == "refused"]
    donor, system, count = expected
    assert [(d, c) for d, _, c in refused] == [(donor, count)]
    assert system is None or refused[0][1] == system


@pytest.mark.parametrize("text, expected", [
    ("Germany's defence minister said whether Berlin can free up more IRIS-T missiles for Ukraine \"remains open\".",
     [("DEU", "IRIS-T missiles", "considering")]),
    ("The Dutch government pledged 200 million euros for ammunition; whether it will also send more F-16 jets remains "
     "undecided.", [("NLD", "F-16", "considering"), ("NLD", "military aid", "pledged")]),
    ("Paris promised 12 Caesar howitzers, but whether France can spare any more SCALP missiles is an open question.",
     [("FRA", "Caesar", "pledged"), ("FRA", "SCALP", "considering")]),
    ("Whether Spain will add more Leopard 2 tanks is still unclear, the minister said.",
     [("ESP", "Leopard 2", "considering")]),
    ("Whether Italy will send more SAMP/T launchers has not yet been decided, the minister said.",
     [("ITA", "SAMP/T", "considering")]),
])
def test_a_whether_clause_told_undecided_inside_the_sentence_weighs_its_item(text, expected):
    """"..., and said whether Berlin can free up more missiles "remains open"": the giving of the whether-clause is
    weighed, whatever verb the sentence's other clauses give (README rule 11: no decision yet)."""
    got = sorted(((r[0], r[1], r[-1]) for r in rows(text)), key=lambda r: (r[0], r[1] or ""))
    assert got == sorted(expected, key=lambda r: (r[0], r[1] or ""))


@pytest.mark.parametrize("text, expected", [
    ("Germany sent 14 Leopard tanks, but whether they will reach the front before winter is unclear.",
     [("DEU", "Leopard", "delivered")]),
    ("Norway will send 6 NASAMS launchers; whether Sweden will join the effort remains unclear.",
     [("NOR", "NASAMS", "pledged")]),
])
def test_an_item_before_the_undecided_whether_clause_keeps_its_state(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == expected
