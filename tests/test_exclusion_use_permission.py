"""A permission to use weapons against Russia ("would not authorise the use of its missiles on Russian
territory") is a rule of use, not an aid fact (README rule 10: no pledge, delivery or refusal of an
item). The sentences are written for this test."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text,word", [
    ("Paris would not yet authorise the use of SCALP missiles on Russian territory, the minister said.", "SCALP"),
    ("Rome has refused to allow its weapons to strike inside Russian territory.", "weapons"),
    ("Washington lifted its ban on using ATACMS against targets in Russia.", "ATACMS"),
    ("Madrid would not allow its missiles to be used against Russian territory.", "missile"),
    ("Berlin is still saying no to using Taurus against targets inside Russia.", "Taurus"),
    ("Washington said no to Kyiv using ATACMS deep in Russian territory.", "ATACMS"),
])
def test_a_permission_to_strike_russia_is_no_aid(text, word):
    assert [p for p in extract(text) if word.lower() in (p.system or "").lower() + p.category] == []


@pytest.mark.parametrize("text,system,status", [
    ("Paris approved the delivery of 12 Caesar howitzers, which Kyiv will use to hit Russian positions.",
     "Caesar", "pledged"),
    ("Berlin will deliver 4 IRIS-T launchers to shield Ukrainian cities from Russian strikes.", "IRIS-T", "pledged"),
])
def test_a_gift_against_russian_attacks_stays(text, system, status):
    assert status in [p.status for p in extract(text) if system in (p.system or "")]


@pytest.mark.parametrize("text,system,status", [
    ("Berlin said no to sending Taurus missiles.", "Taurus", "refused"),
    ("Berlin said no to sending Taurus, which could hit targets deep in Russia.", "Taurus", "refused"),
])
def test_saying_no_to_sending_is_a_refusal_even_when_russia_follows(text, system, status):
    assert status in [p.status for p in extract(text) if system in (p.system or "")]
