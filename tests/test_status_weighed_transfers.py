"""A hedge verb that governs a noun of giving ("weighing up the handover of", "will debate the supply of")
weighs the transfer: the noun does not tell a delivery (README rule 11, `considering`). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Lisbon is weighing up the handover of its Leopard 2A6 tanks.", ("PRT", "Leopard 2A6")),
    ("The Storting will debate the supply of NASAMS launchers next week.", ("NOR", "NASAMS")),
    ("Finnish ministers are analysing the shipment of more CV90 vehicles.", ("FIN", "CV90")),
    ("Helsinki is mulling over sending more CV90 vehicles.", ("FIN", "CV90")),
])
def test_a_hedge_verb_over_a_noun_of_giving_weighs_it(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


def test_the_noun_of_giving_alone_still_tells_a_delivery():
    assert [r[-1] for r in rows("Lisbon completed the handover of its Leopard 2A6 tanks.")] == ["delivered"]


@pytest.mark.parametrize("text, expected", [
    ("The idea of sending ATACMS missiles to Kyiv remains on the table, officials in Washington said.",
     ("USA", "ATACMS")),
    ("In Madrid, the question of handing over Hawk launchers is under consideration.", ("ESP", "Hawk")),
    ("The transfer of 6 M109 howitzers from Oslo is still under discussion.", ("NOR", "M109")),
])
def test_the_giving_told_as_a_noun_that_heads_the_clause_is_weighed_by_its_predicate(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


def test_a_noun_of_giving_governed_by_a_verb_before_keeps_that_verb():
    text = "Oslo completed the transfer of M109 howitzers that had long been under discussion."
    assert [(r[1], r[-1]) for r in rows(text)] == [("M109", "delivered")]


@pytest.mark.parametrize("text, expected", [
    ("Talks are under way between Rome and Kyiv on supplying Aster interceptors.", ("ITA", "Aster 30")),
    ("Ottawa has been talking with Kyiv about sending more M777 howitzers.", ("CAN", "M777")),
])
def test_talks_with_or_between_partners_on_giving_are_weighed(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


def test_a_transfer_said_to_be_discussing_with_partners_is_weighed():
    # a machine translation's active for the passive ("is being discussed")
    text = "The minister informed, that transfer of Hawk launchers from Spain is now discussing with partners."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("ESP", "Hawk", "considering")]


def test_considering_a_named_system_after_an_article_and_an_ordinal_is_weighed():
    text = "Rome is said to be considering a third SAMP/T battery for Ukraine."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("ITA", "SAMP/T", 1, "considering")]
