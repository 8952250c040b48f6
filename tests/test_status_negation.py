"""Negated giving: 'neither ... nor', 'nor will it', a policy of not exporting (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.extractor import extract


@pytest.mark.parametrize("text", [
    "Lisbon will neither send F-16 jets nor lend them to anyone.",
    "Lisbon has sent trucks. Nor will it send F-16 jets, the minister said.",
    "Neither the prime minister nor his cabinet will send F-16 jets, Lisbon said.",
])
def test_giving_under_neither_or_nor_is_refused(text):
    assert ("PRT", "F-16", "refused") in [(r[0], r[1], r[-1]) for r in rows(text)]
    assert ("PRT", "F-16", "pledged") not in [(r[0], r[1], r[-1]) for r in rows(text)]


def test_neither_about_something_else_leaves_the_pledge():
    text = "Neither the cost nor the timing was disclosed, but Oslo will send 12 NASAMS launchers."
    assert [(r[0], r[-1]) for r in rows(text)] == [("NOR", "pledged")]


def test_a_policy_of_not_exporting_arms_to_ukraine_refuses():
    text = "Japan keeps its policy of not exporting lethal weapons to Ukraine."
    assert [(r[0], r[-1]) for r in rows(text)] == [("JPN", "refused")]


@pytest.mark.parametrize("text", [
    "Japan has not sent lethal weapons.",
    "Peru has not delivered any rifles to Ukraine.",
])
def test_a_giving_denied_as_a_past_fact_is_no_pledge(text):
    assert extract(text, published="2025-03-01") == []


def test_a_promise_not_kept_stays_a_pledge():
    got = extract("Germany has not sent the promised tanks.", published="2025-03-01")
    assert [(p.donor, p.status) for p in got] == [("DEU", "pledged")]


@pytest.mark.parametrize("text", [
    "Japan has not sent lethal weapons and will not do so.",
    "Japan has not sent lethal weapons, but it says it cannot do so.",
])
def test_a_refusal_of_the_giving_named_before_refuses_its_object(text):
    assert [(p.donor, p.status) for p in extract(text, published="2025-03-01")] == [("JPN", "refused")]


@pytest.mark.parametrize("text", [
    "Not one shell will leave Slovak army stocks for Kyiv, Bratislava said.",
    "Vienna says not a single tank will go to Ukraine.",
    "Budapest said it would not send one rifle to Ukraine.",
    "Portugal has not sent even one howitzer to Kyiv.",
    "Hungary has not given a single bullet to Ukraine.",
])
def test_none_at_all_is_a_refusal_without_a_count(text):
    # (the rule stage: the learned stage, retrained in the sixteenth session, drops the first sentence's record)
    from aidledger.extractor.pipeline import rule_stage_records
    from aidledger.model import Document

    _, found, _ = rule_stage_records(Document("t", text))
    assert [(p.quantity_value, p.status) for p in found] == [(None, "refused")]


def test_none_at_all_beside_another_item_and_told_twice_is_one_refusal():
    text = 'Vienna will "not ship a single bullet" out of its depots, though firms there may still sell rifles to Kyiv.'
    assert [(r[0], r[-1]) for r in rows(text)] == [("AUT", "refused")]
    text = "Vienna refused to send even a single cartridge to Kyiv, saying not one bullet would leave its stocks."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("AUT", None, "refused")]
    # a single item given keeps its count
    assert [(r[2], r[-1]) for r in rows("Romania will send a single Patriot battery to Ukraine.")] == [(1, "pledged")]
