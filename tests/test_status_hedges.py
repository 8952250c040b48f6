"""Hedges: wordings that tell a step not yet decided, so the item is weighed (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.extractor import extract


def _states(text):
    return [(r[0], r[1], r[2], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("text", [
    "Oslo may decide on 12 more NASAMS launchers later this year.",
    "Norway intends to look at sending 12 more NASAMS launchers.",
    "Norway plans to debate sending 12 more NASAMS launchers.",
    "Norway is working on a plan to send 12 more NASAMS launchers.",
    "Oslo wants to find a way to send 12 more NASAMS launchers.",
    "Norway has yet to make up its mind on 12 more NASAMS launchers.",
    "Norway is reportedly preparing to send 12 NASAMS launchers, but officials declined to confirm.",
    "Norway will hand over 12 more NASAMS launchers, pending a parliamentary vote.",
    "Norway will hand over 12 more NASAMS launchers subject to a vote in the Storting.",
])
def test_a_step_not_yet_decided_is_weighed(text):
    assert _states(text) == [("NOR", "NASAMS", 12, "considering")]


@pytest.mark.parametrize("text", [
    "Oslo decided on 12 more NASAMS launchers last week.",
    "Norway intends to send 12 more NASAMS launchers.",
    "Norway will hand over 12 more NASAMS launchers, the minister confirmed.",
])
def test_the_decided_step_stays_a_pledge(text):
    assert _states(text) == [("NOR", "NASAMS", 12, "pledged")]


def test_a_fronted_without_ruling_out_weighs_what_it_names_only():
    # "without ruling out X" leaves X open (considering); the pledge of the main clause stands
    text = "Without excluding Gripen jets, Stockholm will send 6 Archer howitzers to Ukraine."
    assert sorted((p.system, p.status) for p in extract(text)) == [("Archer", "pledged"), ("Gripen", "considering")]


@pytest.mark.parametrize("text, donor", [
    ("Madrid, by contrast, is still weighing how many of its older Leopard 2A4s it can spare.", "ESP"),
    ("The Dutch cabinet is deciding how many F-16 jets to send after the first batch.", "NLD"),
    ("Lisbon is studying which of its Leopard tanks could go to Ukraine.", "PRT"),
    ("Norway will decide how much ammunition to send next week.", "NOR"),
])
def test_weighing_how_many_or_which_to_give_is_weighed(text, donor):
    assert [(p.donor, p.status) for p in extract(text, published="2025-03-01")] == [(donor, "considering")]


def test_what_could_follow_is_weighed():
    got = extract("Sweden is sending CV90 vehicles, and Gripen jets could follow.", published="2025-03-01")
    assert sorted((p.system, p.status) for p in got) == [("CV90", "pledged"), ("Gripen", "considering")]
@pytest.mark.parametrize("text, expected", [
    ("Spain is still weighing how many of its older Leopard 2A4 tanks it can send.", ("ESP", "Leopard 2A4")),
    ("Lisbon is studying together with Madrid whether it can contribute further Patriot missiles.",
     ("PRT", "Patriot missiles")),
])
def test_how_many_to_give_or_studied_with_a_partner_is_weighed(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


@pytest.mark.parametrize("text, system", [
    ("Italy is now weighing a second SAMP/T battery.", "SAMP/T"),
    ("Greece is considering a second Patriot battery for Kyiv.", "Patriot"),
])
def test_weighing_a_second_one_is_weighed(text, system):
    got = extract(text, published="2025-03-01")
    assert [(p.system, p.quantity_value, p.status) for p in got] == [(system, 1, "considering")]
