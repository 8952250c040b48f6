"""Demonyms as donors: several coordinated before one item (README rule 9: one record per donor), joined
by hyphens, and a demonym of a country that makes no such item (whose it is, not where it was made).
The sentences are the project's own."""

import datetime as dt

import pytest

from aidledger.extractor import learned_status
from aidledger.extractor.pipeline import extract_document
from aidledger.mentions.donors import find_donors
from aidledger.model import Document


def records(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return [(r.donor, r.system, r.quantity_value, r.status) for r in extract_document(doc)[0]]


def donors_of(text, system):
    return {r[0] for r in records(text) if r[1] == system}


@pytest.mark.parametrize("text,system,donors", [
    ("Danish and Dutch F-16s are on their way to Ukraine, the minister said.", "F-16", {"DNK", "NLD"}),
    ("The first Danish and Norwegian CV90s will arrive in Ukraine this summer.", "CV90", {"DNK", "NOR"}),
    ("Poland will send 14 Leopard 2 tanks. The Danish, Dutch and Norwegian F-16s will follow later this year.",
     "F-16", {"DNK", "NLD", "NOR"}),
])
def test_coordinated_demonyms_before_a_system_each_give(text, system, donors):
    assert donors_of(text, system) == donors


def test_a_joint_pledge_of_demonyms_has_no_quantity_per_donor():
    found = [r for r in records("A Swedish-Norwegian package of 20 CV90 vehicles was announced on Tuesday.")
             if r[1] == "CV90"]
    assert sorted(r[0] for r in found) == ["NOR", "SWE"] and {r[2] for r in found} == {None}


@pytest.mark.parametrize("text,expected", [
    ("a Swedish-Norwegian package", [("Swedish", "SWE"), ("Norwegian", "NOR")]),
    ("the Franco-British missiles", [("Franco", "FRA"), ("British", "GBR")]),
    ("a German-Dutch corps", [("German", "DEU"), ("Dutch", "NLD")]),
])
def test_demonyms_joined_by_hyphens_are_each_a_mention(text, expected):
    assert [(d.text, d.code) for d in find_donors(text)] == expected


@pytest.mark.parametrize("text", ["General Franco spoke.", "Austria-Hungary fell.", "US-made rockets",
                                  "German-built tanks", "the Anglo sphere"])
def test_no_compound_of_demonyms(text):
    # a combining form alone is no donor; a hyphenated word with a name or another word is no compound
    assert [d.code for d in find_donors(text) if d.kind == "demonym"] == []


def test_the_origin_of_both_parts_of_a_joint_system():
    assert donors_of("The Franco-British Storm Shadow missiles have been supplied to Ukraine.",
                     "Storm Shadow") == {"FRA", "GBR"}


def test_a_demonym_of_a_country_that_makes_no_such_item_is_its_donor(monkeypatch):
    # Denmark makes no fighter jets: "the Danish F-16s" are Denmark's, not the speaker's country's (the donor the
    # rules decide: the learned status stage after them may still drop the record as no pledge at all)
    monkeypatch.setattr(learned_status, "shipped", lambda: None)
    assert donors_of("Blinken said the Danish F-16s would arrive in the summer.", "F-16") == {"DNK"}


def test_a_demonym_of_the_origin_is_still_no_donor():
    # "British Challengers", "French and German howitzers": where they were made
    assert donors_of("Poland said British Challengers would arrive soon.", "Challenger 2") == {"POL"}
    assert {r[0] for r in records("Germany said it would send French and German howitzers.")} == {"DEU"}


def test_a_demonym_before_a_scheme_is_no_donor():
    found = records("Lithuania has also joined the Czech ammunition initiative with EUR 35 million for this year.")
    assert {r[0] for r in found} == {"LTU"}
