"""A transcript's answer to a question about an item: the spoken hedges and refusals of a turn
('nothing's off the table', 'that is something we are looking at', 'I cannot promise anything', 'not
something we are going to do', 'So no.', 'we don't think it makes sense'). Every sentence here is the
project's own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


def _answered(answer: str) -> list[tuple]:
    text = f"Q: Will Sweden send more Gripen jets?\n\nMS. LIND: {answer}"
    return [(r[0], r[1], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("answer", [
    "Nothing's off the table, but we will see.",
    "That is something we are looking at.",
    "I cannot promise anything today.",
    "We'll have to see.",
    "That's under active consideration.",
    "It's on the table.",
    "That's a conversation we're having with our partners.",
    "We are open to it.",
    "I'm not going to preview any decisions.",
    "We're still working through that.",
])
def test_a_spoken_hedge_answers_the_question_as_weighed(answer):
    assert _answered(answer) == [("SWE", "Gripen", "considering")]


@pytest.mark.parametrize("answer", [
    "That is not something we are planning to do.",
    "They are old and need many spare parts. So no.",
    "We don't think it makes sense right now.",
    "That's not in the cards.",
    "There are no plans for that.",
    "We have no plans to do so.",
    "Not going to happen.",
    "We will not be doing that.",
    "That's not something that's being considered.",
    "Absolutely not.",
    "That is not something we are going to provide.",
    "Jets are not something we plan to send at this stage.",
    "That's not something I can hand over from our stocks.",
])
def test_a_spoken_refusal_answers_the_question_as_refused(answer):
    assert _answered(answer) == [("SWE", "Gripen", "refused")]


def test_no_followed_by_a_number_is_no_refusal():
    assert _answered("No. 3 squadron will train the pilots.") == []


@pytest.mark.parametrize("answer", [
    "No. That's not under consideration.",
    "That is not under any consideration at the moment.",
    "It's not being considered.",
    "That is not something we are looking at.",
    "Frankly, that is not something we're considering.",
    "No. They're not being looked at.",
])
def test_a_negated_hedge_answers_the_question_as_refused(answer):
    # the hedge inside the answer ("under consideration", "something we are looking at") is negated
    assert _answered(answer) == [("SWE", "Gripen", "refused")]


@pytest.mark.parametrize("text, donor", [
    ('Asked whether Wellington would send its frigates, the minister said: "That is not under consideration."',
     "NZL"),
    ("Asked if Seoul would ship K9 howitzers, an official said it was something they are not weighing; "
     "it's not being considered.", "KOR"),
])
def test_a_negated_hedge_in_a_reported_reply_refuses(text, donor):
    assert [(r[0], r[-1]) for r in rows(text)] == [(donor, "refused")]


@pytest.mark.parametrize("text, donor, system", [
    ("Tallinn will send 10 more howitzers. Several people wonder whether Estonia might hand over its HIMARS too. It "
     "cannot.", "EST", "HIMARS"),
    ("Tallinn will send 10 more howitzers. Could Estonia part with HIMARS launchers? We cannot.", "EST", "HIMARS"),
    ("Riga sent 12 M109 guns. Many have asked if we would send our Stinger missiles as well. We will not.", "LVA",
     "Stinger"),
    ("Riga sent 12 M109 guns. Some asked whether we would hand over our Stinger missiles. We won't.", "LVA",
     "Stinger"),
])
def test_a_bare_negated_modal_answers_the_question_before_with_a_refusal(text, donor, system):
    assert (donor, system, None, None, None, "refused") in rows(text)


def test_a_bare_negated_modal_with_no_question_before_gives_nothing():
    assert rows("Tallinn will send 10 Archer howitzers. Some want more. We cannot.") == [
        ("EST", "Archer", 10, None, None, "pledged")]
    assert ("EST", "HIMARS", None, None, None, "refused") in rows(
        "Tallinn was asked if it could give HIMARS launchers. It cannot.")
