"""More words of weighing and of refusing (README rule 11): "under examination", "being analysed", a decision
about a long-named transfer not yet taken, discussing with a partner whether, looking at more (``considering``);
items that will stay in the donor's own air force or navy, a donor that has not allowed another to pass its items
on (``refused``). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


def _states(text):
    return [(r[0], r[1], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("Madrid says sending two more Hawk batteries is under examination.", ("ESP", "Hawk")),
    ("The transfer of M113 carriers from Athens is under evaluation.", ("GRC", "M113")),
    ("Sending M109 howitzers from Oslo is under assessment by the defence staff.", ("NOR", "M109")),
    ("Sending Gripen fighters from Sweden is being analysed by the air staff.", ("SWE", "Gripen")),
    ("Italy's handover of Centauro vehicles is being analyzed.", ("ITA", "Centauro")),
])
def test_examined_or_analysed_is_weighed(text, expected):
    assert _states(text) == [(*expected, "considering")]


@pytest.mark.parametrize("text, expected", [
    ("Bratislava says the decision about handing over its older self-propelled Zuzana 2 guns is not taken.",
     ("SVK", "Zuzana 2")),
    ("The decision about sending the retired Leopard 1 tanks was not taken, Berlin said.",
     ("DEU", "Leopard 1")),
    ("Madrid said the decision about the handover of its old Hawk missile launchers was not yet made.",
     ("ESP", "Hawk")),
    ("Oslo said a decision on transferring some of the old M109 guns was not taken.", ("NOR", "M109")),
    ("The decision about giving Kyiv the Swedish Archer systems is not yet made.",
     ("SWE", "Archer")),
])
def test_a_decision_about_a_long_named_transfer_not_taken_is_weighed(text, expected):
    assert _states(text) == [(*expected, "considering")]


@pytest.mark.parametrize("text, expected", [
    ("Athens is debating with its partners whether older BMP-1s should leave the army.", ("GRC", "BMP-1")),
    ("Cyprus is debating with its partners whether its BMP-3 vehicles can be sent on.", ("CYP", "BMP-3")),
    ("Oslo is weighing with its allies whether the M109 guns should go.", ("NOR", "M109")),
    ("Lisbon is considering with its allies whether the Leopard 2A6 tanks go to Kyiv.",
     ("PRT", "Leopard 2A6")),
    ("Rome is deliberating with industry whether Centauro vehicles can leave the army.", ("ITA", "Centauro")),
])
def test_discussing_with_a_partner_whether_is_weighed(text, expected):
    assert _states(text) == [(*expected, "considering")]


@pytest.mark.parametrize("text, expected", [
    ("Lisbon says the F-16 jets will stay in the air force for now.", ("PRT", "F-16")),
    ("The Leopard 2A6 tanks will remain with the Spanish army, Madrid said.", ("ESP", "Leopard 2A6")),
    ("Athens said its Mirage 2000-5 jets must stay in the air force.", ("GRC", "Mirage 2000")),
    ("Norway's NASAMS launchers are to remain in the armed forces, the minister said.", ("NOR", "NASAMS")),
    ("Sweden said the Archer guns would all stay with its own army.", ("SWE", "Archer")),
])
def test_items_that_stay_in_the_donors_forces_are_refused(text, expected):
    assert _states(text) == [(*expected, "refused")]


@pytest.mark.parametrize("text, expected", [
    ("Ottawa is looking at more M777 howitzers for Kyiv.", ("CAN", "M777")),
    ("Oslo is looking at a second NASAMS battery.", ("NOR", "NASAMS")),
    ("Madrid looked at further Hawk launchers last week.", ("ESP", "Hawk")),
    ("Rome is \"looking at\" more Centauro vehicles.", ("ITA", "Centauro")),
    ("The Dutch are looking at additional PzH 2000 howitzers.", ("NLD", "PzH 2000")),
])
def test_looking_at_more_is_weighed(text, expected):
    assert [(d, s_, st) for d, s_, st in _states(text)] == [(*expected, "considering")]


@pytest.mark.parametrize("text, expected", [
    ("Seoul still has not permitted Warsaw to hand K9 howitzers on to Kyiv.", ("KOR", "K9 Thunder")),
    ("Bern has still not permitted Berlin to re-export Gepard ammunition.", ("CHE", "Gepard ammunition")),
    ("Washington has not allowed Madrid to hand Hawk launchers to Kyiv.", ("USA", "Hawk")),
    ("Seoul hasn't permitted Warsaw to pass on its Chunmoo launchers.", ("KOR", "K239 Chunmoo")),
    ("Berlin has not allowed Helsinki to re-export Leopard 2A4 tanks.", ("DEU", "Leopard 2A4")),
])
def test_not_allowing_another_to_pass_items_on_is_refused(text, expected):
    assert _states(text) == [(*expected, "refused")]


@pytest.mark.parametrize("text, expected", [
    ("Asked about Gripen jets, a Swedish spokesman said nothing had been ruled out.", ("SWE", "Gripen")),
    ("Asked about Gripen jets, which Kyiv has wanted since 2022, the Swedish defence minister insisted nothing "
     "had been ruled out, without naming a date.", ("SWE", "Gripen")),
    ("Asked about Storm Shadow missiles, a British official said nothing would be ruled out.",
     ("GBR", "Storm Shadow")),
])
def test_nothing_ruled_out_in_a_reported_past_or_a_conditional_answers_a_question_as_a_weighing(text, expected):
    assert _states(text) == [(*expected, "considering")]


@pytest.mark.parametrize("text, expected", [
    ("Stockholm is mulling more help for Ukraine's marines, possibly including CB90 boats.",
     [("SWE", "CB90", "considering")]),
    ("Germany will send 10 Leopard 1 tanks next month, possibly including two recovery vehicles.",
     [("DEU", "Leopard 1", "pledged"), ("DEU", "armoured recovery vehicles", "considering")]),
    ("Oslo plans more help for Kyiv's air force, perhaps including NASAMS launchers.",
     [("NOR", "NASAMS", "considering")]),
])
def test_contents_possibly_included_are_weighed(text, expected):
    assert sorted(_states(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Spain is assessing up to 20 M113 carriers from storage for Ukraine.", ("ESP", "M113", 20)),
    ("Lisbon is evaluating four more Leopard 2A6 tanks for Kyiv, the minister said.", ("PRT", "Leopard 2A6", 4)),
    ("The Czech army is still reviewing about 30 T-72 tanks held in reserve for a possible handover.",
     ("CZE", "T-72", 30)),
])
def test_studying_a_counted_item_weighs_it(text, expected):
    """"Madrid is assessing up to 20 carriers": the object of the study verb is a count, weighed (README rule 11)."""
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [(*expected, "considering")]


def test_studying_something_else_leaves_the_giving_after_it():
    text = "Norway is reviewing its budget and will send 20 more M109 howitzers."
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("NOR", "M109", 20, "pledged")]
