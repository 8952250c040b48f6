"""A counted item told with the promise it was given under ("the 16 howitzers it pledged in March have all
reached the front") is a pledge of that count beside the state the sentence tells (README rule 1), at the
rule stage, the learned status stage off (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from aidledger.extractor.pipeline import finish, rule_stage_records
from aidledger.model import Document


def _rule_rows(text):
    m, found, not_aid = rule_stage_records(Document(id="t", text=text, published=dt.date(2025, 6, 6)))
    return sorted((p.donor, p.system, p.quantity_value, p.status) for p in finish(m, found, not_aid, None))


@pytest.mark.parametrize("text, expected", [
    # a participle after the item's class noun
    ("Finland says the 16 M270 rocket launchers promised in March have all reached the front.",
     [("FIN", "M270", 16, "delivered"), ("FIN", "M270", 16, "pledged")]),
    # a relative clause with a pronoun, after "all N of the"
    ("Greece has now handed over all 32 of the BMP-1 vehicles it pledged last spring.",
     [("GRC", "BMP-1", 32, "delivered"), ("GRC", "BMP-1", 32, "pledged")]),
    # a passive with the donor after it
    ("The 60 Bradley fighting vehicles pledged by Washington in January are now in Ukraine.",
     [("USA", "Bradley", 60, "delivered"), ("USA", "Bradley", 60, "pledged")]),
    # the promise told as an announcement, or as the package the count was part of
    ("The 14 Piranha vehicles announced in April have all arrived, Copenhagen said.",
     [("DNK", "Piranha", 14, "delivered"), ("DNK", "Piranha", 14, "pledged")]),
    ("The six M109 howitzers included in the ninth package have been handed over, Rome said.",
     [("ITA", "M109", 6, "delivered"), ("ITA", "M109", 6, "pledged")]),
    # a relative clause whose subject is a name
    ("The last of the 25 Leopard 1A5 tanks Denmark had committed arrived this week, officials said.",
     [("DNK", "Leopard 1A5", 25, "delivered"), ("DNK", "Leopard 1A5", 25, "pledged")]),
])
def test_a_count_told_with_its_promise_is_also_a_pledge(text, expected):
    assert _rule_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the promise is of more, in a clause of its own: the count given before is no pledge
    ("Sweden, which has supplied 8 Archer howitzers, has promised to send another one.",
     ("SWE", "Archer", 8, "pledged")),
    # the count is the first part of a whole whose size is untold: the part is no pledge of its own
    ("The first two of the IRIS-T SLM systems promised by Berlin reached Kyiv on Monday.",
     ("DEU", "IRIS-T SLM", 2, "pledged")),
])
def test_a_promise_that_is_not_of_the_count_adds_no_pledge_of_it(text, expected):
    assert expected not in _rule_rows(text)


def test_a_pledge_told_with_its_promise_is_one_record():
    # the sentence itself pledges the count: the promise told again is the same record
    text = "Portugal will send the 6 M113 carriers it promised in May before the winter."
    assert _rule_rows(text) == [("PRT", "M113", 6, "pledged")]


def test_a_part_told_by_its_place_adds_no_pledge_of_its_count():
    # "the first three": a part of a whole whose size is untold
    assert _rule_rows("The first three AMX-10 RC tanks pledged by Paris have reached Ukraine.") == [
        ("FRA", "AMX-10 RC", 3, "delivered")]


def test_a_fronted_whole_told_with_its_promise_is_the_pledge_and_its_part_the_delivery():
    text = "Of the 16 Marder vehicles pledged by Berlin, 10 have arrived."
    assert _rule_rows(text) == [("DEU", "Marder", 10, "delivered"), ("DEU", "Marder", 16, "pledged")]


def test_items_operating_in_ukraine_are_delivered():
    assert _rule_rows("Sweden said three Archer guns were operating in Ukraine by May.") == [
        ("SWE", "Archer", 3, "delivered")]


@pytest.mark.parametrize("text, expected", [
    ("The Czech ministry announced Friday the arrival in Ukraine of 14 T-72 tanks.",
     [("CZE", "T-72", 14, "delivered")]),
    ("Latvia's six M113 carriers were among the first to reach Ukraine.", [("LVA", "M113", 6, "delivered")]),
    ("From Norway - 20 M109 howitzers, already at the front.", [("NOR", "M109", 20, "delivered")]),
])
def test_arrivals_told_in_other_words_are_deliveries(text, expected):
    assert _rule_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the promise told as an agreement to give, after a class noun of three words
    ("All 18 Caesar howitzers Belgium agreed to send in the spring are now in Ukraine.",
     [("BEL", "Caesar", 18, "delivered"), ("BEL", "Caesar", 18, "pledged")]),
    ("The 24 CV90 infantry fighting vehicles Sweden agreed to supply have all arrived, Stockholm said.",
     [("SWE", "CV90", 24, "delivered"), ("SWE", "CV90", 24, "pledged")]),
    # the whole told by the package it was promised in
    ("The Pentagon said the last of the 40 Stryker vehicles from the May drawdown had reached Ukraine.",
     [("USA", "Stryker", 40, "delivered"), ("USA", "Stryker", 40, "pledged")]),
    ("Oslo said all 10 NASAMS launchers from its winter package were handed over on Friday.",
     [("NOR", "NASAMS", 10, "delivered"), ("NOR", "NASAMS", 10, "pledged")]),
])
def test_a_count_told_with_an_agreement_or_its_package_is_also_a_pledge(text, expected):
    assert _rule_rows(text) == expected


def test_the_part_of_a_whole_agreed_to_keeps_the_state_of_its_verb():
    # "Spain agreed to give" tells the whole (the 30); what arrived is the part
    text = "The first 12 of the 30 Marder vehicles Spain agreed to give Ukraine have arrived, Madrid said."
    assert _rule_rows(text) == [("ESP", "Marder", 12, "delivered"), ("ESP", "Marder", 30, "pledged")]


@pytest.mark.parametrize("text, expected", [
    ("Germany promised three of its Gepard systems and delivered them by August.",
     [("DEU", "Gepard", 3, "delivered"), ("DEU", "Gepard", 3, "pledged")]),
    ("Norway pledged four NASAMS launchers in March, and has since handed them over.",
     [("NOR", "NASAMS", 4, "delivered"), ("NOR", "NASAMS", 4, "pledged")]),
])
def test_a_promise_kept_in_the_same_sentence_is_a_pledge_and_a_delivery(text, expected):
    assert _rule_rows(text) == expected


def test_a_package_named_after_a_part_of_it_adds_no_pledge_of_the_part():
    # "10 of them ... from the package": a part delivered, no whole counted
    assert ("USA", "Stryker", 10, "pledged") not in _rule_rows(
        "The US delivered 10 Stryker vehicles from the May drawdown last week.")


@pytest.mark.parametrize("text, count", [
    ("Spain says the six Leopard 2A4 it pledged in March are now in Ukraine.", 6),
    ("Spain says the six Leopard 2A4 it pledged in March have arrived.", 6),
    ("Lisbon said the four M113 they had promised in the spring were all in Ukraine by June.", 4),
])
def test_the_promise_told_by_a_relative_clause_with_its_own_subject_leaves_the_item_its_main_verb(text, count):
    assert {(status, q) for _, _, q, status in _rule_rows(text)} == {("delivered", count), ("pledged", count)}


@pytest.mark.parametrize("text, donor, name", [
    ("Canada says the first Senator vehicles it pledged to Kyiv in May have now arrived.", "CAN", "Roshel Senator"),
    ("The first Caesar howitzers Copenhagen pledged last year have reached Ukraine.", "DNK", "Caesar"),
    ("The Leopard 2 tanks promised by Berlin are now in Ukraine.", "DEU", "Leopard 2"),
    ("The NASAMS launchers Oslo promised in the spring are now in Ukraine.", "NOR", "NASAMS"),
    ("Some of the Archer howitzers Stockholm pledged in January were delivered in June.", "SWE", "Archer"),
])
def test_a_named_system_told_with_its_promise_is_also_a_pledge_without_a_count(text, donor, name):
    found = _rule_rows(text)
    assert (donor, name, None, "pledged") in found
    assert (donor, name, None, "delivered") in found


def test_a_question_about_a_promised_system_is_no_promise_told():
    assert _rule_rows("On the Hawk launchers Madrid announced in May: where are they now?") == []


@pytest.mark.parametrize("text, expected", [
    # a relative clause set off by a comma, after the recipient
    ("Romania completed the transfer of 18 Piranha vehicles to Ukraine, which it promised in April.",
     [("ROU", "Piranha", 18, "delivered"), ("ROU", "Piranha", 18, "pledged")]),
    # a passive relative clause set off by a comma
    ("Norway handed over to Ukraine three Hawk batteries, which were promised already in May of last year.",
     [("NOR", "Hawk", 3, "delivered"), ("NOR", "Hawk", 3, "pledged")]),
    # a restrictive relative clause after the recipient
    ("Finland delivered 12 Caesar howitzers to Kyiv that it had pledged in January.",
     [("FIN", "Caesar", 12, "delivered"), ("FIN", "Caesar", 12, "pledged")]),
    # a pronoun subject after the recipient and a comma
    ("Portugal shipped 40 M113 carriers to Ukraine, which it had committed in the autumn.",
     [("PRT", "M113", 40, "delivered"), ("PRT", "M113", 40, "pledged")]),
])
def test_a_promise_told_after_the_recipient_or_a_comma_is_also_a_pledge(text, expected):
    assert _rule_rows(text) == expected

