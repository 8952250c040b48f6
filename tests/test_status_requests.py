"""Answers to requests: the wordings that refuse or weigh what was asked for (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


def _states(text):
    return [(r[0], r[1], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("text", [
    "Kyiv asked Oslo for 20 more NASAMS launchers. Oslo turned the request down.",
    "Kyiv asked Oslo for 20 more NASAMS launchers. The government turned it down.",
    "Ukraine has requested NASAMS launchers from Norway, a request Oslo has rejected.",
])
def test_a_request_turned_down_or_rejected_with_its_object_elided_is_refused(text):
    assert _states(text) == [("NOR", "NASAMS", "refused")]


@pytest.mark.parametrize("text", [
    "Ukraine has requested NASAMS launchers from Norway, a request Oslo is still weighing.",
    "Zelensky asked Norway for more NASAMS launchers; Oslo said it would look into the request.",
    "Kyiv asked for Norwegian NASAMS launchers. Oslo said the request would be carefully considered.",
])
def test_a_request_still_weighed_or_to_be_weighed_is_considering(text):
    assert _states(text) == [("NOR", "NASAMS", "considering")]


def test_looking_at_a_request_weighs_it_but_a_past_look_does_not():
    from aidledger.mentions.cues import find_status_cues

    assert [c.label for c in find_status_cues("Oslo is looking at the request for launchers.")] == ["considering"]
    # a past look at a request is no hedge: the answer after it decides
    assert find_status_cues("Oslo had looked at the request for launchers.") == []


def test_the_answer_of_a_named_donor_is_no():
    text = "Ukraine asked Norway for more NASAMS launchers. Oslo's answer was no."
    assert _states(text) == [("NOR", "NASAMS", "refused")]


def test_resisting_sending_is_a_refusal_that_stands():
    text = "Oslo has so far resisted sending NASAMS launchers to Ukraine."
    assert _states(text) == [("NOR", "NASAMS", "refused")]


@pytest.mark.parametrize("text, expected", [
    ("Ukraine wants Norway's F-35 jets, but Oslo has refused.", [("NOR", "F-35", "refused")]),
    ("Kyiv still wants Swedish Gripen jets. Stockholm has so far declined.", [("SWE", "Gripen", "refused")]),
    ("Zelensky wants F-16 jets from Belgium, which is weighing the request.", [("BEL", "F-16", "considering")]),
    ("Ukraine wants 100 more Leopard tanks, the minister said.", []),
])
def test_what_ukraine_wants_is_a_request_that_a_donor_refuses_or_weighs(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == expected


@pytest.mark.parametrize("text", [
    "Kyiv asked Berlin for Taurus missiles. Our answer is still no, the German minister said.",
    "Kyiv asked Berlin for Taurus missiles. My answer is again no, the German minister said.",
])
def test_our_answer_is_still_no_refuses_what_was_asked_for(text):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("DEU", "Taurus", "refused")]


@pytest.mark.parametrize("text, expected", [
    # a wish of others than the government (some lawmakers, opposition MPs, critics) that an item go to Ukraine is
    # asked of the government: no pledge, and the answer after it tells its state
    ("The Netherlands will send 30 Fennek vehicles, the minister said.\nQ: A few MPs want your F-35 fighters handed "
     "to Kyiv later on.\nA: No. Not going to happen.",
     [("NLD", "Fennek", "pledged"), ("NLD", "F-35", "refused")]),
    ("Norway has sent 14 Leopard 2 tanks. Opposition MPs want the government to send its NASAMS launchers to Kyiv as "
     "well. The defence minister said that is not under consideration.",
     [("NOR", "Leopard 2", "delivered"), ("NOR", "NASAMS", "refused")]),
    ("Sweden will send 10 CV90 vehicles. Some in the Riksdag would like the Gripen jets to be given to Ukraine. The "
     "government is still weighing the request.", [("SWE", "CV90", "pledged"), ("SWE", "Gripen", "considering")]),
    ("Spain will send 6 Hawk launchers. Some opposition deputies want Madrid to send its Leopard 2A4 tanks too.",
     [("ESP", "Hawk", "pledged")]),
])
def test_a_wish_of_others_is_asked_of_the_government(text, expected):
    assert sorted(_states(text)) == sorted(expected)
