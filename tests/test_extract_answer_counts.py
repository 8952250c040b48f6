"""Spoken turns that answer or weigh what was said just before: a transcript's answer that counts the one
system the question asked about, with the count as the subject that opens it ("A: All 40 have been
delivered."), and a sentence that only says nothing is decided yet ("There is no decision yet.") after a
system only talked about. Every sentence here is the project's own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.extractor import extract


@pytest.mark.parametrize("text, expected", [
    ("Q: Have the Bradleys from the US arrived in Ukraine?\nA: All 40 have been delivered.",
     ("USA", "Bradley", 40, "delivered")),
    ("Q: Has Norway delivered the IRIS-T systems?\nMS. BERG: Two have been delivered.",
     ("NOR", "IRIS-T", 2, "delivered")),
    ("Q: Has Australia handed over the Abrams tanks?\nA: Yes, all 49 have arrived.",
     ("AUS", "M1 Abrams", 49, "delivered")),
])
def test_a_count_opening_the_answer_counts_the_system_asked_about(text, expected):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a reply in a thread, the count's verb in the simple past
    ("Reply from @harbourwatch: and the Caesar guns France promised? any news??\n"
     "Reply from @MarieDupontMP: 12 of them arrived in August, per the ministry.",
     ("FRA", "Caesar", 12, "delivered")),
    # the system asked about, not the item told before the question
    ("Norway confirmed that 20 trucks were handed over in May.\nQ: And the NASAMS launchers Norway announced?\n"
     "A: Yes, four of them arrived last week.",
     ("NOR", "NASAMS", 4, "delivered")),
])
def test_a_reply_counts_the_system_its_question_asked_about(text, expected):
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("text", [
    "Q: What about the NASAMS Norway announced?\nA: All six launchers were handed over in June.",
    # the answer's count in its second sentence
    "Q: What about the NASAMS Norway announced?\nA: They are in Ukraine. All six launchers were handed over in June.",
])
def test_an_answer_may_count_the_system_asked_about_by_its_unit_word(text):
    assert ("NOR", "NASAMS", 6, "delivered") in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]



@pytest.mark.parametrize("text, donor, system", [
    ("Rome and our team talked about 2 more SAMP/T batteries today. So far there is no decision.", "ITA", "SAMP/T"),
    ("With Oslo we discussed two further NASAMS launchers. No decision has been made so far.", "NOR", "NASAMS"),
    ("Minister Berg and I spoke about 6 more IRIS-T systems from Norway. But no final decision yet.", "NOR", "IRIS-T"),
])
def test_a_sentence_that_only_says_nothing_is_decided_weighs_what_was_only_talked_about(text, donor, system):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(donor, system, "considering")]



@pytest.mark.parametrize("text, expected", [
    ("Q: Will Spain send more Patriot systems?\nMINISTER: We have already sent two launchers and one radar.",
     ("ESP", "Patriot", 2, "delivered")),
    ("QUESTION: Minister, is another IRIS-T launcher coming from Germany?\nPISTORIUS: Berlin has delivered six "
     "launchers and two radars so far.", ("DEU", "IRIS-T", 6, "delivered")),
    ("Q: Will Norway give more NASAMS?\nA: We sent four launchers and 100 missiles last year.",
     ("NOR", "NASAMS", 4, "delivered")),
])
def test_an_answer_counting_launchers_beside_the_systems_parts_counts_the_system_asked_about(text, expected):
    # the radars or missiles counted beside the launchers are parts of the system asked about, not another item
    # that would leave the launchers uncounted
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("Q: Will Sweden send more Archer guns to Ukraine?\nA: Four more will follow in the autumn.",
     ("SWE", "Archer", 4, "pledged")),
    ("Q: Minister, will Spain send more Hawk launchers to Kyiv?\nMINISTER: Yes, three more will go in May.",
     ("ESP", "Hawk", 3, "pledged")),
])
def test_a_count_with_more_opening_an_answer_is_more_of_the_system_asked_about(text, expected):
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("Q: Will Finland send more K9 howitzers to Ukraine?\nA: We have delivered ten so far.",
     ("FIN", "K9 Thunder", 10, "delivered")),
    ("Belgium promised F-16 jets to Ukraine. It has delivered three to date.", ("BEL", "F-16", 3, "delivered")),
])
def test_a_running_count_of_one_system_told_by_its_giver_as_a_pronoun_is_kept(text, expected):
    # README rule 5: a count of one system already delivered is a record, a running total or not
    assert expected in [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)]
