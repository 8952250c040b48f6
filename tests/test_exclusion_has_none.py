"""A donor that says it has none of a system ("Norway does not have Patriot", "has no Patriot of its own")
gives none: what its sentence says of giving that system is no aid fact (README rule 10: a donor's own
inventory). The sentences are written for this test."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text,system", [
    ("Some asked whether Norway will also give its Patriot - I can tell you Norway does not have Patriot.", "Patriot"),
    ("Asked whether Oslo could offer Patriot too, the minister noted that Norway has no Patriot.", "Patriot"),
    ("Spain has no more Leopard tanks to give.", "Leopard"),
    ("Critics say Lisbon should send HIMARS launchers to Kyiv, but Portugal doesn't operate any HIMARS.", "HIMARS"),
])
def test_a_system_the_donor_does_not_have_gives_no_record(text, system):
    assert [p for p in extract(text) if system in (p.system or "")] == []


@pytest.mark.parametrize("text,system,status", [
    ("Norway will send 2 NASAMS launchers; it has no Patriot.", "NASAMS", "pledged"),
    ("Norway has no plans to send Patriot systems to Ukraine.", "Patriot", "refused"),
    ("Berlin, which has no F-16s, will pay for 10 Patriot missiles for Ukraine.", "Patriot", "funded"),
])
def test_other_systems_and_refusals_stay(text, system, status):
    assert status in [p.status for p in extract(text) if system in (p.system or "")]


@pytest.mark.parametrize("text,system", [
    ('Latvia handed over to Ukraine all of its Stinger launchers, "Riga has no more Stinger left", the minister said.',
     "Stinger"),
    ("Estonia handed over all its FH70 howitzers and now has no more FH70 in stock.", "FH70"),
    ("Lithuania gave Kyiv every one of its M577 vehicles; it does not have any more M577 left.", "M577"),
])
def test_a_system_given_before_the_donor_says_it_has_no_more_is_delivered(text, system):
    assert [p.status for p in extract(text) if system in (p.system or "")] == ["delivered"]
