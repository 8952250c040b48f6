"""Statuses read wrong although the item was found: refusals said as a negated hedge or of an idea, hedges
in a learner's phrasing, the state a delivery is in (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Sending Harpoon missiles is not under consideration, the Danish spokesman said.",
    "Denmark said that supplying Harpoon missiles was not being considered.",
    "Asked whether Denmark would send Harpoon missiles, the minister said that was not something the cabinet "
    "was weighing.",
])
def test_a_negated_hedge_is_a_refusal(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("DNK", "refused")]


@pytest.mark.parametrize("text", [
    "Portugal ruled out the possibility of sending its F-16 jets.",
    "Lisbon dismissed the idea of handing over its F-16 jets.",
    "Portugal poured cold water on the prospect of sending F-16 jets to Kyiv.",
    "Portugal brushed off calls to send its F-16 jets.",
])
def test_an_idea_of_giving_ruled_out_or_dismissed_is_a_refusal(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("PRT", "refused")]


def test_refusing_to_sign_off_or_the_deliveries_of_a_system_or_having_none_to_give_refuses():
    text = "Slovakia refused to sign off on a package of 30 million euros for Kyiv."
    assert [r[-1] for r in rows(text)] == ["refused"]
    assert [r[-1] for r in rows("The Slovak government has so far refused MiG-29 deliveries.")] == ["refused"]
    assert [r[-1] for r in rows("Romania said it had no Patriot batteries left to give.")] == ["refused"]
    # the giving itself stays a pledge
    assert [r[-1] for r in rows("Slovakia signed off on a package of 30 million euros for Kyiv.")] == ["pledged"]


@pytest.mark.parametrize("text", [
    "Finland considers to transfer a second radar plane to Kyiv.",
    "Finland plans to send 12 Patria vehicles, pending parliament's approval.",
    "Finland is not closing any doors on its F-18 jets.",
    "Finland: still no answer on a second NASAMS battery.",
    "Finland will hand over 12 Patria vehicles, but the Finnish ministry said the figure is not yet finalised.",
])
def test_hedges_of_several_phrasings_weigh(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("FIN", "considering")]


@pytest.mark.parametrize("text", [
    "Italy will send 20 more Puma vehicles, but not the Storm Shadow missiles.",
    "Italy will send 20 Puma vehicles but no Storm Shadow missiles.",
    "Italy delivers 20 Puma vehicles, not Storm Shadow missiles.",
])
def test_an_object_set_apart_by_a_negation_is_refused(text):
    assert ("ITA", "Storm Shadow", None, None, None, "refused") in rows(text)
    assert {r[-1] for r in rows(text)} - {"refused"} <= {"pledged", "delivered"}
    assert len(rows(text)) == 2

    # a negation of a count or a stress refuses nothing
    assert [r[-1] for r in rows("Italy will send no fewer than 20 Puma vehicles.")] == ["pledged"]
    text = "Italy will send not only 20 Puma vehicles but also 4 radars."
    assert [r[-1] for r in rows(text)] == ["pledged", "pledged"]


def _rule_rows(text):
    import datetime as dt

    from aidledger.extractor.pipeline import finish, rule_stage_records
    from aidledger.model import Document

    m, found, not_aid = rule_stage_records(Document(id="t", text=text, published=dt.date(2024, 3, 1)))
    return [(p.donor, p.status) for p in finish(m, found, not_aid, None)]


def test_a_proposal_refused_in_a_later_clause_is_refused():
    # (the rule stage: the learned stage of the seventeenth session reads this first sentence as pledged, a model
    # error on a reading it was not pinned to keep)
    text = "MPs wanted a further 500 million euros for Kyiv; the Italian treasury minister refused, citing the deficit."
    assert _rule_rows(text) == [("ITA", "refused")]
    text = "Senators had proposed another 500 million euros for Kyiv, but the Italian premier refused."
    assert [(r[0], r[-1]) for r in rows(text)] == [("ITA", "refused")]
    # another donor's refusal, or the recipient's, refuses no giving of the donor named
    assert [r[-1] for r in rows("Italy will give 500 million euros to Kyiv; Hungary refused.")] == ["pledged"]
    assert [r[-1] for r in rows("Rome offered 20 Puma vehicles, but Kyiv refused.")] == ["pledged"]


def test_a_later_hedge_with_an_object_of_its_own_leaves_the_commitment_before_it():
    text = "Norway will send 30 M113 carriers but has not decided on F-35 jets."
    assert sorted((r[1], r[-1]) for r in rows(text)) == [("F-35", "considering"), ("M113", "pledged")]
    # a hedge with no object of its own still weighs the item
    text = "Norway will send 30 M113 carriers, but the final decision was not yet taken."
    assert [r[-1] for r in rows(text)] == ["considering"]


def test_giving_said_to_be_not_possible_is_refused():
    text = "The Norwegian minister said that handing over F-35 jets was not possible at present."
    assert [(r[0], r[-1]) for r in rows(text)] == [("NOR", "refused")]


@pytest.mark.parametrize("text", [
    "Sweden's 6 Archer howitzers have been in operation since the spring.",
    "Sweden's 6 Archer howitzers have been on combat duty since May.",
    "Sweden's 6 Archer howitzers are in operation with the 45th brigade.",
])
def test_a_counted_item_said_to_be_in_operation_or_in_use_is_delivered(text):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("SWE", 6, "delivered")]


def test_a_payer_named_in_an_aside_leaves_the_shippers_delivery():
    text = "A Slovak shipment of 8 Zuzana howitzers, paid for by European partners, has arrived in Ukraine."
    assert [(r[0], r[-1]) for r in rows(text)] == [("SVK", "delivered")]
    # the payer named as a donor funds what it paid for
    text = "The 8 Zuzana howitzers bought by Denmark have arrived in Ukraine."
    assert [(r[0], r[-1]) for r in rows(text)] == [("DNK", "funded")]


def test_the_finance_minister_names_an_office_not_a_funding():
    text = "Ukraine's finance minister said the 8 Zuzana howitzers from Slovakia had arrived."
    assert [(r[0], r[-1]) for r in rows(text)] == [("SVK", "delivered")]


@pytest.mark.parametrize("text, state", [
    ("Latvia will make 6 more M109 howitzers available to Ukraine.", "pledged"),
    ("Latvia made 6 M109 howitzers available to Ukraine.", "pledged"),
    ("Latvia is considering making 6 more M109 howitzers available.", "considering"),
    ("Latvia is not making any M109 howitzers available.", "refused"),
])
def test_making_an_item_available_is_a_giving(text, state):
    assert [(r[0], r[-1]) for r in rows(text)] == [("LVA", state)]
    # making an item at a plant is production, no aid
    assert rows("Latvia will make 6 M109 howitzers next year at its plant.") == []


def test_a_giving_verb_whose_object_is_a_promise_pledges():
    text = "Estonia provided Ukraine with a pledge of 12 Javelin launchers."
    assert [(r[0], r[-1]) for r in rows(text)] == [("EST", "pledged")]
    text = "Estonia has given Kyiv a firm commitment to send 12 Javelin launchers."
    assert [(r[0], r[-1]) for r in rows(text)] == [("EST", "pledged")]


def test_a_sentence_saying_no_decision_weighs_what_the_one_before_named_without_a_verb():
    text = ("Estonia's minister: We talked about two more CV90 vehicles. There is no decision yet, but we are "
            "looking at it.")
    assert [(r[0], r[-1]) for r in rows(text)] == [("EST", "considering")]
    # a giving told by its own verb is decided
    text = "Estonia will send two more CV90 vehicles. No decision has been taken yet."
    assert [r[-1] for r in rows(text)] == ["pledged"]


def test_weighing_whether_to_include_a_system_in_a_package_weighs_it():
    text = "Estonia is studying whether to include Javelin launchers in its next package."
    assert [(r[0], r[-1]) for r in rows(text)] == [("EST", "considering")]


@pytest.mark.parametrize("text", [
    "Belgium will refrain from sending its F-16 jets.",
    "Belgium said it could not afford to send more F-16 jets.",
    "Belgium withheld its F-16 jets.",
])
def test_refraining_not_affording_and_withholding_refuse(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("BEL", "refused")]


@pytest.mark.parametrize("text", [
    "Slovakia - 30 BVP-2 vehicles delivered, 12 Zuzana howitzers pledged.",
    "Slovakia - 30 BVP-2 vehicles (delivered), 12 Zuzana howitzers (pledged).",
    # joined by "and", the second entry's state told by a phrase
    "Slovakia's updated overview has 30 BVP-2 vehicles delivered and twelve Zuzana howitzers in preparation.",
    'Slovakia\'s aid list: 30 BVP-2 vehicles delivered and 12 Zuzana howitzers "in preparation".',
])
def test_each_entry_of_a_telegraphic_list_has_its_own_participle(text):
    assert [(r[2], r[-1]) for r in rows(text)] == [(30, "delivered"), (12, "pledged")]


@pytest.mark.parametrize("text", [
    "Slovakia's 12 Zuzana howitzers are now at the front.",
    "Slovakia's 12 Zuzana howitzers are now with the 45th brigade.",
])
def test_a_counted_item_now_at_the_front_or_with_a_brigade_is_delivered(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("SVK", "delivered")]


@pytest.mark.parametrize("text", [
    "Croatia is understood to be weighing a further 8 Mi-8 helicopters.",
    "Talks are ongoing about 8 more Mi-8 helicopters from Croatia.",
    "Croatia possibly will send 8 Mi-8 helicopters.",
])
def test_a_further_count_weighed_or_a_giving_with_an_adverb_of_doubt_is_weighed(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("HRV", "considering")]


def test_the_whole_a_first_part_is_taken_from_stays_a_pledge():
    text = "The first of 24 Swedish Archer howitzers arrived in Ukraine."
    assert [(r[2], r[-1]) for r in rows(text)] == [(24, "pledged")]
    # a first batch of a count is the batch: delivered
    text = "The first batch of 24 Swedish Archer howitzers arrived in Ukraine."
    assert [(r[2], r[-1]) for r in rows(text)] == [(24, "delivered")]


def test_a_promise_whose_relative_clause_tells_the_arrival_gives_both_steps():
    text = "Croatia promised 8 Mi-8 helicopters, which have already arrived in Ukraine."
    assert sorted(r[-1] for r in rows(text)) == ["delivered", "pledged"]
    # a relative clause of a step still to come adds none
    assert [r[-1] for r in rows("Croatia promised 8 Mi-8 helicopters, which have not yet arrived.")] == ["pledged"]
