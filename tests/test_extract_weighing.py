"""Weighing: a transfer told as still undecided (README rule 11, `considering`), sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ('Portugal is "looking at" sending more Leopard 2 tanks, a source said.', [("PRT", "Leopard 2")]),
    ('Spain and Italy are "looking at" contributions of HAWK launchers.',
     [("ESP", "Hawk"), ("ITA", "Hawk")]),
    ("Lisbon is ready to send two frigates if partners pay for them.", [("PRT", "vessels")]),
    ("Athens says it stands ready to transfer S-300 batteries as soon as it gets replacements.",
     [("GRC", "S-300")]),
    ('A decision on HAWK launchers from Spain could come "within days".', [("ESP", "Hawk")]),
])
def test_looking_at_readiness_on_a_condition_and_a_decision_to_come_are_considering(text, expected):
    found = rows(text)
    assert [(r[0], r[1]) for r in found] == expected
    assert {r[-1] for r in found} == {"considering"}


def test_readiness_without_a_condition_stays_a_pledge():
    assert [r[-1] for r in rows("Lisbon is ready to send two frigates this spring.")] == ["pledged"]


def test_reported_would_after_a_weighing_sentence_is_no_condition():
    text = ("The Storting votes today on a motion on the defence budget. Oslo said on Tuesday it would send "
            "M109 howitzers from army stocks.")
    assert [(r[1], r[-1]) for r in rows(text)] == [("M109", "pledged")]
    # the contents of a package the sentence before only weighs are weighed
    text = "Oslo is weighing a new package. It would contain 20 M109 howitzers."
    assert [(r[1], r[-1]) for r in rows(text)] == [("M109", "considering")]


def test_a_claim_the_donor_has_not_confirmed_is_weighed():
    text = "Kyiv says Oslo will send 20 more M109 howitzers, though Oslo has not confirmed this figure."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NOR", 20, "considering")]


@pytest.mark.parametrize("text, expected", [
    ("Rome is not opposed to sending Aster interceptors, but no decision has been taken.",
     [("ITA", "Aster 30", "considering")]),
    ("Ottawa has no objection to the transfer of 4 M777 howitzers, the minister said.",
     [("CAN", "M777", "considering")]),
    ("The Belgian government is examining a delivery of 30 Piranha vehicles.", [("BEL", "Piranha", "considering")]),
    ("Oslo is reviewing a possible transfer of 12 M109 howitzers.", [("NOR", "M109", "considering")]),
])
def test_not_opposed_and_a_delivery_under_examination_are_weighed(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == expected


def test_being_opposed_stays_a_refusal():
    assert [r[-1] for r in rows("Rome is opposed to sending Aster interceptors.")] == ["refused"]


@pytest.mark.parametrize("text, expected", [
    ("Oslo has postponed a decision on the F-35 jets once more.", ("NOR", "F-35")),
    ("Helsinki is evaluating whether to send more CV90 vehicles.", ("FIN", "CV90")),
    ("Rome and Madrid are working on a plan to supply NASAMS launchers, though none have been promised yet.",
     ("ITA", "NASAMS")),
    ("Washington is always looking at needs, but I don't have any decision to announce on more HIMARS today.",
     ("USA", "HIMARS")),
])
def test_a_decision_put_off_whether_being_evaluated_nothing_promised_yet_and_nothing_to_announce_weigh(text, expected):
    assert (*expected, "considering") in [(r[0], r[1], r[-1]) for r in rows(text)]


def test_a_number_not_yet_agreed_leaves_an_uncounted_pledge_standing():
    text = "The minister said the number of IRIS-T missiles had not yet been agreed, but Berlin would pay for them."
    assert "considering" not in [r[-1] for r in rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("Rome is preparing a decision on a second SAMP/T battery.", ("ITA", "SAMP/T")),
    ("Madrid is expected to announce a decision on Hawk launchers next week.", ("ESP", "Hawk")),
    ("Berlin is open to discussing the supply of more Marder vehicles.", ("DEU", "Marder")),
])
def test_a_decision_being_prepared_or_to_be_announced_and_openness_to_talks_weigh(text, expected):
    assert (*expected, "considering") in [(r[0], r[1], r[-1]) for r in rows(text)]


def test_looking_into_paying_for_items_weighs_them():
    text = "The Hague said it was looking into paying for a further batch of PzH 2000 howitzers for Ukraine."
    assert [(r[0], r[-1]) for r in rows(text)] == [("NLD", "considering")]


def test_a_donor_asked_to_give_that_will_think_about_it_weighs_the_request():
    text = "Athens was asked to provide more S-300 batteries. The Greek government said it would think about it."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("GRC", "S-300", "considering")]


def test_an_approval_still_expected_weighs_the_amount():
    text = "The Belgian cabinet is expected to approve another 1 billion euros for Ukraine this month."
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("BEL", 1_000_000_000, "considering")]


def test_refraining_from_a_decision_weighs_and_refraining_from_sending_refuses():
    assert [(r[0], r[-1]) for r in rows("Lisbon has so far refrained from a decision on its F-16 jets.")] == [
        ("PRT", "considering")]
    assert [(r[0], r[-1]) for r in rows("Lisbon refrains from sending its F-16 jets.")] == [("PRT", "refused")]


@pytest.mark.parametrize("text", [
    "Lisbon has neither confirmed nor denied plans to send its F-16 jets.",
    "Lisbon proposed sending 6 more M113 carriers, but its partners have not agreed.",
])
def test_a_non_answer_or_a_proposal_not_agreed_is_weighed(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("PRT", "considering")]


@pytest.mark.parametrize("text, expected", [
    ("Denmark's plan to hand over 12 more Caesar guns is under review.", ("DNK", "Caesar", 12)),
    ("The Dutch offer to supply 20 CV90 vehicles was being discussed in parliament.", ("NLD", "CV90", 20)),
    ("Kyiv's latest request to send Norwegian NASAMS launchers is being weighed in Oslo.", ("NOR", "NASAMS", None)),
])
def test_a_proposal_to_give_that_is_still_weighed_is_considering(text, expected):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [(*expected, "considering")]


def test_a_proposal_to_give_that_is_approved_is_a_pledge():
    assert [r[-1] for r in rows("Portugal's offer to deliver six Leopard tanks was approved on Monday.")] == ["pledged"]


@pytest.mark.parametrize("text, expected", [
    ("Austria's finance minister floated a fund that would hold EUR 2 billion for Ukraine's air defence. "
     "It is still being discussed in the coalition.", ("AUT", "fund", None)),
    ("The new Danish package would contain 8 more Caesar guns. The package has not yet been approved.",
     ("DNK", "Caesar", 8)),
])
def test_a_proposal_said_undecided_in_the_next_sentence_is_considering(text, expected):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [(*expected, "considering")]


def test_another_detail_still_discussed_leaves_the_pledge():
    assert [r[-1] for r in rows("Sweden will send 10 more Archer guns. The timing is still being discussed.")] \
        == ["pledged"]


@pytest.mark.parametrize("text, expected", [
    ("Berlin is still weighing our request for more Patriot launchers, the Ukrainian minister said.",
     ("DEU", "Patriot")),
    ("Tokyo is studying our latest request for Type 03 air-defence systems.", ("JPN", "air defence systems")),
    ("Rome is reviewing their request for SAMP/T batteries, an Italian official said of the Ukrainians.",
     ("ITA", "SAMP/T")),
])
def test_a_donor_weighing_our_request_weighs_what_is_asked_for(text, expected):
    # a Ukrainian speaker's "our request" (or "their request" said of Ukraine) is weighed by the donor
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


@pytest.mark.parametrize("text", [
    "Seoul is reviewing whether it can provide air-defence radars to Ukraine, officials said.",
    "Canberra is studying whether to send two air defense radars to Kyiv.",
])
def test_an_air_defence_radar_is_a_radar(text):
    assert [(r[1], r[-1]) for r in rows(text)] == [("radars", "considering")]


@pytest.mark.parametrize("text, expected", [
    ('Asked about F-16 jets, the minister said Norway "will look at" how it can help.', ("NOR", "F-16")),
    ("Asked about Leopard 2 tanks, Joly said Canada would look at how best to help.", ("CAN", "Leopard 2")),
    ("Portugal is looking at what more it can do on Leopard 2A6 tanks.", ("PRT", "Leopard 2A6")),
])
def test_looking_at_how_to_help_or_what_more_to_do_is_considering(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


@pytest.mark.parametrize("text, expected", [
    ("Sweden hasn't closed the door on sending Gripen jets to Ukraine.", ("SWE", "Gripen")),
    ("We are not shutting the door on more Leopard tanks, the Danish minister said.", ("DNK", "Leopard")),
    ("Lisbon keeps that door open for more Leopard 2A6 tanks.", ("PRT", "Leopard 2A6")),
])
def test_a_door_not_closed_or_kept_open_is_considering(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]
