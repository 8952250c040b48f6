"""A donor's share of a joint whole told after it: "Of these, the Estonian part is 5 vehicles", "Finland's share was
6", "60 trucks for Ukraine: 30 by Norway and 30 by Sweden" (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def _rows(text):
    return sorted((p.donor, p.system, p.quantity_value, p.status) for p in extract(text, published="2026-11-02"))


@pytest.mark.parametrize("text, expected", [
    ("Estonia and Latvia together handed over 9 Patria armoured vehicles to Ukraine. Of these, the Estonian part "
     "is 5 vehicles.",
     [("EST", "armoured vehicles", 5, "delivered"), ("LVA", "armoured vehicles", None, "delivered")]),
    ("Finland and Poland jointly delivered 14 Leopard tanks last spring. Finland's share was 6 tanks.",
     [("FIN", "Leopard", 6, "delivered"), ("POL", "Leopard", None, "delivered")]),
    ("Czechia and Slovakia have jointly sent 20 howitzers. Of them, the Slovak portion amounts to 8 guns.",
     [("CZE", "howitzers", None, "delivered"), ("SVK", "howitzers", 8, "delivered")]),
])
def test_a_share_told_in_the_next_sentence_is_that_donors_count(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Norway and Sweden will jointly fund 60 trucks for Ukraine: 30 by Norway and 30 by Sweden.",
     [("NOR", 30, "funded"), ("SWE", 30, "funded")]),
    ("The Netherlands and Denmark will buy 18 howitzers for Ukraine, of which Denmark pays for 10 and the "
     "Netherlands for 8.",
     [("DNK", 10, "funded"), ("NLD", 8, "funded")]),
])
def test_a_breakdown_after_the_whole_gives_each_donor_its_count(text, expected):
    assert sorted((d, q, st) for d, _, q, st in _rows(text)) == expected


def test_without_a_told_share_the_pledge_stays_joint():
    got = extract("Estonia and Latvia together handed over 9 armoured vehicles to Ukraine. The vehicles arrived "
                  "in May.", published="2026-11-02")
    assert got and all(p.quantity_value is None and "joint" in p.notes for p in got)


@pytest.mark.parametrize("text", [
    "Germany and Denmark jointly pledged 20 tanks. Denmark, for its part, will send 5 howitzers.",
    "Germany and Denmark jointly pledged 20 tanks. Denmark will also send 5 howitzers.",
])
def test_a_count_of_another_item_after_a_joint_whole_is_no_share(text):
    got = extract(text, published="2026-11-02")
    assert sorted((p.donor, p.system, p.quantity_value) for p in got) == [
        ("DEU", "tanks", None), ("DNK", "howitzers", 5), ("DNK", "tanks", None)]


def test_a_share_of_another_kind_is_no_share():
    got = extract("Poland and Czechia jointly delivered 40 tanks to Ukraine. Of these, Poland's part also brought "
                  "12 howitzers.", published="2026-11-02")
    assert all(p.quantity_value is None for p in got if p.system == "tanks")


@pytest.mark.parametrize("text, expected", [
    ("The 40 pickups were financed jointly: 25 by Finland and 15 by Estonia.",
     [("EST", 15, "funded"), ("FIN", 25, "funded")]),
    ("Belgium and the Netherlands will together send 12 minehunters; the Belgian share is 5.",
     [("BEL", 5, "pledged"), ("NLD", None, "pledged")]),
    ("Denmark and Norway will fund 16 howitzers together (Denmark 10, Norway 6).",
     [("DNK", 10, "funded"), ("NOR", 6, "funded")]),
])
def test_the_givers_and_their_shares_in_a_breakdown(text, expected):
    assert sorted((d, q, st) for d, _, q, st in _rows(text)) == expected


def test_donors_after_a_colon_without_shares_are_not_givers_of_the_whole():
    got = _rows("Norway sent 20 boats to Ukraine: the navy thanked Denmark and Sweden for 5 trainers.")
    assert ("NOR", "boats", 20, "delivered") in got


def test_a_share_told_by_a_demonym_predicate():
    got = _rows("Estonia and Latvia together handed over 9 armoured vehicles. Of these, 5 are Estonian.")
    assert got == [("EST", "armoured vehicles", 5, "delivered"), ("LVA", "armoured vehicles", None, "delivered")]
