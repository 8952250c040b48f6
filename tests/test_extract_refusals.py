"""Refusals: how they are said, who refuses, and when a later fact reverses one (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.extractor import extract


@pytest.mark.parametrize("text", [
    "Slovakia again blocked €2.5 billion in joint aid money for Ukraine's army.",
    "Slovakia vetoed another €2.5 billion for Ukraine.",
])
def test_an_amount_blocked_or_vetoed_is_refused_by_the_blocker(text):
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("SVK", 2_500_000_000, "refused")]


def test_not_having_the_items_to_give_and_turning_down_calls_refuse():
    text = 'The Spanish minister said Madrid "does not have" more Leopard tanks to give Ukraine this year.'
    assert [(r[0], r[-1]) for r in rows(text)] == [("ESP", "refused")]
    text = "Austria will not supply air defence systems, turning down renewed calls from Kyiv."
    assert [(r[0], r[-1]) for r in rows(text)] == [("AUT", "refused")]
    # having the items is no refusal
    assert [r[-1] for r in rows("Spain has more Leopard tanks to give Ukraine, the minister said.")] != ["refused"]


def test_a_refusal_of_more_items_stands_beside_the_deliveries_before_it():
    text = ("Romania will not hand over any more tanks to Ukraine, the defence minister said. "
            "Bucharest has so far handed over 40 tanks, including 14 Leopard 2A4 tanks.")
    assert ("ROU", "tanks", None, None, None, "refused") in rows(text)
    # a new pledge after the refusal reverses it
    text = "Romania refused to send more tanks in May. In June Bucharest pledged 10 TR-85 tanks."
    assert [r[-1] for r in rows(text)] == ["pledged"]


def test_a_request_refused_in_a_later_clause_is_refused_by_the_donor_the_text_speaks_of():
    text = ("New Zealand will give Ukraine a further NZ$20 million, the defence minister announced today.\n\n"
            "The government had looked at a Ukrainian request for its retired Piranha vehicles, but refused.")
    assert ("NZL", "Piranha", None, None, None, "refused") in rows(text)
    # without an answer the request is no record
    text = ("New Zealand will give Ukraine a further NZ$20 million, the defence minister announced today.\n\n"
            "Ukraine has asked for its retired Piranha vehicles.")
    assert [r[-1] for r in rows(text)] == ["pledged"]


def test_a_request_rejected_in_the_passive_answers_a_question_about_a_re_export():
    text = ("Q: Will Austria allow Poland to re-export its Pandur vehicles to Ukraine?\n"
            "Minister: The government decided on Monday that the request is rejected.")
    assert [(r[0], r[1].split()[0], r[-1]) for r in rows(text)] == [("AUT", "Pandur", "refused")]
    # a re-export allowed is no aid of the one allowing it (README rule 10)
    assert rows("Austria allowed Poland to re-export its Pandur vehicles to Ukraine.") == []


def test_a_reply_may_answer_a_question_in_its_second_sentence():
    text = "Question: Will Spain send NASAMS?\nRobles: We work on it with Norway. A decision will be taken in May."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("ESP", "NASAMS", "considering")]
    # a third sentence is no answer to it any more
    text = ("Question: Will Spain send NASAMS?\nRobles: We are working on it with Norway. We talk every week. "
            "A decision will be taken in May.")
    assert rows(text) == []
    # a sale weighed is no aid weighed
    text = ("Q: And the 50 Leopard 1 tanks stored in Belgium?\n"
            "A: They belong to a company. Whether they can be sold is for the export authority; no decision yet.")
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    "Sweden is ready to look at the Gripen question with its partners.",
    "A decision on the Gripen jets will be taken next month, Stockholm said.",
])
def test_looking_at_the_question_and_a_decision_still_to_be_taken_weigh(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("SWE", "considering")]


@pytest.mark.parametrize("text", [
    "Portugal's frigates are not going to Ukraine, the defence minister said.",
    "Sending M113 carriers is not possible at this time, Portugal said.",
    "Prime Minister Montenegro excluded that Portugal will give its corvettes to Ukraine.",
    "Portugal declined a Ukrainian request for its retired corvettes.",
    "Portugal's minister spoke about armour today. No M113.",
])
def test_more_ways_to_refuse(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("PRT", "refused")]


def test_a_terse_no_needs_a_name_and_a_full_stop():
    assert [r[-1] for r in rows("Portugal will send M113 carriers. No doubt about it.")] == ["pledged"]


@pytest.mark.parametrize("text", [
    "Lisbon said there was no final determination on M113 carriers for Ukraine.",
    "Portugal says the door is not closed to sending corvettes to Ukraine.",
    "Portugal is studying with its partners whether two corvettes can be sent to Ukraine.",
    "Portugal is finalising plans to send corvettes to Ukraine.",
])
def test_more_ways_to_weigh(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("PRT", "considering")]


@pytest.mark.parametrize("text", [
    "Oslo said it was not in a position to send its F-16 jets, which remain in service with the air force.",
    "Norway confirmed it will not send its retired F-16 jets; they have been sold to a US firm.",
])
def test_what_the_donor_keeps_or_sold_is_the_reason_of_its_refusal(text):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("NOR", "F-16", "refused")]
    # a sale told on its own is still no aid
    assert rows("Norway sold 10 F-16 jets to a US firm.") == []


@pytest.mark.parametrize(("text", "status"), [
    ("Estonia's parliament voted down a proposal by opposition deputies to hand over its remaining M109 howitzers.",
     "refused"),
    ("The Estonian prime minister keeps refusing the M109 howitzers.", "refused"),
    ("Estonia is said to be weighing a further batch of around 12 M109 howitzers.", "considering"),
    ('Estonia is ready to send M109 howitzers, but this issue "is still on the table".', "considering"),
])
def test_votes_on_proposals_refusals_of_the_item_batches_weighed_and_issues_on_the_table(text, status):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("EST", "M109", status)]


def test_not_having_agreed_to_give_is_no_decision_yet():
    assert [(r[0], r[-1]) for r in rows("Estonia hasn't agreed to send its M109s.")] == [("EST", "considering")]
    assert [(r[0], r[-1]) for r in rows("Estonia has agreed to send its M109 howitzers.")] == [("EST", "pledged")]


@pytest.mark.parametrize("text", [
    "Finland said it would not be able to send more NASAMS launchers this year.",
    "Finland is not prepared to send its Leopard 2 tanks.",
    "Finland will hold off on sending NASAMS launchers.",
    "Finland cannot afford to give away more Leopard 2 tanks.",
    "Finland put on hold the delivery of 10 Leopard 2 tanks.",
    "Finland has frozen the transfer of NASAMS launchers.",
    "Finland said no more Leopard 2 tanks would be sent.",
    "Finland backed away from sending Leopard 2 tanks.",
    "Finland dropped plans to send Leopard 2 tanks.",
    "Finland said it had no NASAMS launchers to spare.",
])
def test_refusals_told_as_inability_holds_and_dropped_plans(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("FIN", "refused")]
    # others asking a donor to hold off is no refusal of that donor's
    assert "refused" not in [r[-1] for r in rows("Allies asked Finland to hold off on sending NASAMS launchers.")]


def test_a_request_understood_to_have_been_turned_down_is_refused():
    text = "A request by Kyiv for NASAMS from Norway is understood to have been turned down."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("NOR", "NASAMS", "refused")]


def test_a_refusal_after_a_sentence_that_only_weighs_answers_it():
    text = "Norway is considering sending NASAMS launchers. The answer remains no."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("NOR", "NASAMS", "refused")]
    # a sentence with an item of its own answers nothing
    text = "Norway is considering sending NASAMS launchers. Spain said no to sending 10 tanks."
    assert ("NOR", "NASAMS", None, None, None, "considering") in rows(text)


def test_raising_the_question_of_an_item_is_a_question_the_next_sentence_answers():
    text = '"We also raised the question of NASAMS launchers. The Norwegian side has not decided yet," he said.'
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("NOR", "NASAMS", "considering")]
    # raised alone, with no answer, is no record
    assert rows("We also raised the question of NASAMS launchers with Norway.") == []


@pytest.mark.parametrize("text, expected", [
    ("The premier has once again refused to send Belgium's F-16 jets this year.", ("BEL", "F-16", "refused")),
    ("Oslo keeps its policy of not sending combat jets to Ukraine.", ("NOR", "aircraft", "refused")),
    ("Asked about frigates for Kyiv, the Dutch minister said they were not on the table.",
     ("NLD", "vessels", "refused")),
    ("Austria blocked the resale of 40 Leopard 2 tanks to Ukraine.", ("AUT", "Leopard 2", "refused")),
    ("Canada has not given any Leopard 2 tanks itself and officials say there are no plans to.",
     ("CAN", "Leopard 2", "refused")),
])
def test_refusals_told_as_a_policy_a_repeat_an_idiom_or_an_elided_plan(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [expected]


def test_a_policy_of_not_arming_conflict_zones_in_general_is_no_refusal_to_ukraine():
    assert rows("Vienna restated its policy of not supplying weapons to conflict zones.") == []


def test_a_refusal_once_told_and_since_reversed_is_still_no_status():
    # "once refused" is the past; "once again refused" is a refusal now
    assert rows("Lisbon once refused to send its tanks.") == []


def test_an_amount_that_remains_blocked_in_a_legislature_is_refused():
    text = "Oslo's 2 billion crowns for Kyiv remain blocked in parliament, where the opposition refuses a vote."
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("NOR", 2_000_000_000, "refused")]


@pytest.mark.parametrize("text", [
    "Lisbon pulled out of a deal to send Leopard 2A6 tanks to Kyiv.",
    "Oslo withdrew its offer to send 4 M109 howitzers.",
    "Athens backed out of the plan to transfer S-300 batteries.",
])
def test_pulling_out_of_a_deal_or_withdrawing_an_offer_is_a_refusal(text):
    assert [r[-1] for r in rows(text)] == ["refused"]


@pytest.mark.parametrize("text", [
    "Wellington declined once again to send its retired NH90 helicopters.",
    "Vienna said its neutrality excludes any deliveries of weapons to Kyiv.",
    "Budapest blocked the release of 500 million euros of EU money for arms to Ukraine.",
])
def test_a_refusal_told_with_an_adverb_an_exclusion_or_a_blocked_release(text):
    assert [r[-1] for r in rows(text)] == ["refused"]


@pytest.mark.parametrize("text", [
    "Lisbon is in no position to supply more Leopard 2A6 tanks this year.",
    "The Danish government said it would not be possible to deliver more Caesar guns before 2026.",
    "Helsinki won't be able to donate more 155mm shells, the minister said.",
])
def test_no_position_no_possibility_and_no_ability_to_give_refuse(text):
    assert [r[-1] for r in rows(text)] == ["refused"]


def test_being_able_to_give_is_no_refusal():
    assert "refused" not in [r[-1] for r in rows("Oslo would be able to send more NASAMS launchers.")]


@pytest.mark.parametrize("text", [
    "Vienna will not ship weapons to Ukraine directly, a spokesman said.",
    "Budapest will not deliver any weapons to Ukraine and will not let weapons cross its territory.",
])
def test_a_refusal_of_weapons_told_with_ship_as_a_verb_or_the_same_word_twice(text):
    assert [r[-1] for r in rows(text)] == ["refused"]


def test_a_ship_as_a_noun_is_still_an_item():
    assert [(r[1], r[-1]) for r in rows("Denmark sent a patrol ship to Odesa for Ukraine's navy.")] == [
        ("vessels", "delivered")]


def test_items_that_cannot_be_moved_on_to_ukraine_are_refused():
    text = "Madrid said the NASAMS launchers it lent to Latvia could not be moved on to Ukraine."
    assert [(r[0], r[-1]) for r in rows(text)] == [("ESP", "refused")]


@pytest.mark.parametrize("text", [
    "The Swiss government refused to let Denmark send its Piranha vehicles to Ukraine.",
    "Bern has refused to let Berlin re-export 30 Gepard guns.",
])
def test_refusing_to_let_another_give_is_the_refusers_refusal(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("CHE", "refused")]


def test_the_fund_a_country_blocks_is_no_donor_the_country_refuses():
    text = "Hungary blocked the EPF tranche of 500 million euros for Ukraine."
    assert [(r[0], r[-1]) for r in rows(text)] == [("HUN", "refused")]


def test_blocking_the_release_of_an_amount_is_a_refusal_of_it():
    text = "Meanwhile, Bratislava again blocked the allocation of 300 million euros to Kyiv from the joint fund."
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("SVK", 300_000_000, "refused")]


def test_an_answer_not_for_now_refuses_what_was_asked():
    text = "Q: Will Finland send more CV90 vehicles? A: Not for now."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("FIN", "CV90", "refused")]


@pytest.mark.parametrize("text", [
    "Peru keeps to its position of never exporting mortars, a spokesman repeated on Monday.",
    "For now Vietnam holds to the stance of not sending rifles to Kyiv.",
    "Chile's defence ministry spoke of clear limits on sending howitzers to Kyiv.",
    'Colombia sees "limits" to providing Ukraine with mortar rounds.',
])
def test_a_standing_position_of_not_giving_or_limits_to_giving_refuse(text):
    assert [r[-1] for r in rows(text)] == ["refused"]


def test_a_refusal_in_the_reply_after_a_colon_answers_the_question_frame():
    text = ('Lima sent mortars in May.\n\nAsked whether Chile would send its old Leopard tanks, Ramos said: '
            '"That is not on the table."')
    assert ("CHL", "Leopard", None, None, None, "refused") in rows(text)
    # a reply that only weighs leaves the question weighed
    text = ('Lima sent mortars in May.\n\nAsked whether Chile would send its old Leopard tanks, Ramos said: '
            '"We are still studying it."')
    assert ("CHL", "Leopard", None, None, None, "considering") in rows(text)


@pytest.mark.parametrize("text, donor", [
    ("Korea will not send lethal equipment directly to Ukraine, the minister repeated, as Seoul completed "
     "the sale of K9 howitzers to Poland.", "KOR"),
    ("Peru said it was not supplying arms to Ukraine, denying reports that Peruvian grenades had reached the "
     "front.", "PER"),
    ("Chile will keep its policy of not supplying lethal weapons and ammunition to Kyiv, even as Ukraine "
     "appealed for radars and demining vehicles.", "CHL"),
])
def test_arms_refused_to_ukraine_stand_beside_the_other_items_of_the_sentence(text, donor):
    assert (donor, "lethal weapons" if "lethal" in text else "weapons", None, None, None, "refused") in rows(text)


def test_arms_beside_other_items_without_a_refusal_or_a_recipient_give_no_record():
    # weapons only talked of beside the sentence's other items: rule 8 still drops them
    text = "Peru has sent weapons to Ukraine, as well as helmets and radios."
    assert not [r for r in rows(text) if r[1] in ("weapons", "lethal weapons")]
    # a refusal said of others than Ukraine (a transit ban, countries at war), beside other items: no record
    for text in ("Chile will not supply lethal weapons to any country at war, the minister said, as Santiago "
                 "bought K9 howitzers.",
                 "Chile will not send weapons through Poland, the minister said, as Santiago bought K9 howitzers."):
        assert not [r for r in rows(text) if r[1] in ("weapons", "lethal weapons")]


@pytest.mark.parametrize("reply, state", [
    ('"That is not on the cards at this time."', "refused"),
    ('"That is not on the table."', "refused"),
    ('"No decision has been taken."', "considering"),  # a reply that only weighs leaves the question open
])
def test_a_question_answered_in_a_later_clause_of_its_sentence_takes_the_answer(reply, state):
    text = f"Asked whether Chile would send its retired Leopard 1 tanks, the minister said: {reply}"
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("CHL", "Leopard 1", state)]


@pytest.mark.parametrize("text, donor, item", [
    ("Chile continues to rule out lethal weapons for Ukraine, its foreign ministry said.", "CHL", "lethal weapons"),
    ("The minister again ruled out Gripen jets for Ukraine, Sweden said.", "SWE", "Gripen"),
    ("Peru still rules out its old MiG-29 jets for Kyiv.", "PER", "MiG-29"),
])
def test_a_ruling_out_said_to_stand_refuses_the_item_it_names(text, donor, item):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(donor, item, "refused")]


def test_a_ruling_out_that_is_denied_stays_open():
    assert [r[-1] for r in rows("Sweden has not ruled out Gripen jets for Ukraine.")] == ["considering"]


def test_an_inventory_in_a_relative_clause_does_not_exclude_the_count_after_it():
    # the fleet told between commas is no aid, but the refusal or pledge of a count after it stands
    text = "Bulgaria, which owns 16 Gvozdika howitzers, refused to send two."
    assert [(p.donor, p.quantity_value, p.status) for p in extract(text)] == [("BGR", 2, "refused")]
    text = "The Swiss army, which has 30 Piranha vehicles in reserve, will give 10."
    assert [(p.donor, p.quantity_value, p.status) for p in extract(text)] == [("CHE", 10, "pledged")]


def test_a_refusal_of_more_after_a_pledge_in_the_same_sentence_stands():
    # the pledge before it is what was given; "not ... more" refuses further ones and is no reversed refusal
    text = "Rome has sent 5 SAMP/T batteries and will never give more."
    assert sorted((p.status, p.system, p.quantity_value) for p in extract(text)) == [
        ("delivered", "SAMP/T", 5), ("refused", "SAMP/T", None)]
    text = "Lisbon, which promised six Leopard tanks, won't provide more."
    assert ("PRT", "refused") in [(p.donor, p.status) for p in extract(text)]
    # "will give more" is no refusal, and no item of its own
    assert [r[-1] for r in rows("Rome has sent 5 SAMP/T batteries and will give more soon.")] == ["delivered"]


def test_a_refusal_of_any_of_the_item_before_is_a_refused_record_without_a_count():
    text = "Finland, which fields some 700 howitzers, has refused to send any of them."
    assert [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)] == [
        ("FIN", "howitzers", None, "refused")]


@pytest.mark.parametrize("text, donor", [
    ("The Greek government decided not to transfer BMP-1 vehicles to Ukraine. "
     "Earlier, back in 2022, Athens sent 40 of its BMP-1 to Kyiv from storage.", "GRC"),
    ("Portugal refused to give Ukraine its Leopard 2A6 tanks. Previously Lisbon delivered 3 Leopard 2A6 tanks to Kyiv.",
     "PRT"),
    ("Spain will not transfer Hawk launchers to Ukraine, the minister said. "
     "Before that, Spain sent 6 Hawk launchers to Ukraine.", "ESP"),
])
def test_a_delivery_told_after_a_refusal_but_dated_before_it_does_not_reverse_it(text, donor):
    assert sorted(p.status for p in extract(text) if p.donor == donor) == ["delivered", "refused"]
    # a delivery after the refusal reverses it
    later = "Berlin refused to send Taurus missiles to Ukraine in May. In October Germany delivered 10 Taurus missiles."
    assert [p.status for p in extract(later)] == ["delivered"]


@pytest.mark.parametrize("text, donor", [
    ("Korean law bars Seoul from supplying lethal arms to any warring state, and the president said Seoul would not "
     "send weapons or ammunition to Kyiv.", "KOR"),
    ("Vienna's neutrality forbids exports of arms to warring states, and the chancellor said Austria will not deliver "
     "weapons to Ukraine.", "AUT"),
])
def test_arms_refused_to_ukraine_after_a_general_ban_on_arms_are_refused(text, donor):
    assert [(p.donor, p.status) for p in extract(text)] == [(donor, "refused")]
    # and they answer no weighing told just before
    name = {"KOR": "South Korea", "AUT": "Austria"}[donor]
    weighed = f"{name} is considering sending more trucks, but no decision has been made. " + text
    assert sorted(p.status for p in extract(weighed)) == ["considering", "refused"]


@pytest.mark.parametrize("text, donor", [
    ("India has always kept a neutral position and has never supplied lethal weapons to any party to the conflict. "
     "\"India will not provide weapons to either side,\" the spokesman said.", "IND"),
    ("Brazil will not send weapons to Ukraine, Lula said. Asked again, he repeated that Brazil would not supply "
     "lethal weapons to Kyiv.", "BRA"),
])
def test_a_refusal_of_arms_in_general_told_twice_is_one_record(text, donor):
    assert [(p.donor, p.status) for p in extract(text)] == [(donor, "refused")]
    # a refusal of a named system stands beside it
    named = text + " Nor will it send its Leopard tanks to Ukraine."
    assert sorted(p.system for p in extract(named))[0] == "Leopard"


@pytest.mark.parametrize("text, donor", [
    ("The Scholz cabinet once more refused to hand Kyiv the Taurus missiles demanded by Ukrainian officials.", "DEU"),
    ("Paris declined to send the Mirage jets that Kyiv demanded.", "FRA"),
    ("Stockholm again refused the Gripen fighters demanded by Zelensky.", "SWE"),
])
def test_a_refusal_of_items_ukraine_demanded_is_refused(text, donor):
    assert [(p.donor, p.status) for p in extract(text)] == [(donor, "refused")]


@pytest.mark.parametrize("text, expected", [
    ("Portugal said that neither its F-16s nor its Leopard 2A6 tanks are available.",
     [("PRT", "F-16", "refused"), ("PRT", "Leopard 2A6", "refused")]),
    ("Oslo said its NASAMS launchers were unavailable for transfer.", [("NOR", "NASAMS", "refused")]),
])
def test_items_said_unavailable_are_refused(text, expected):
    assert sorted((p.donor, p.system, p.status) for p in extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Asked about its Hawk launchers, Madrid said it has none to spare.", ("ESP", "Hawk", "refused")),
    ("On Gepard guns, Berlin said it had nothing left to give.", ("DEU", "Gepard", "refused")),
])
def test_none_or_nothing_left_to_give_refuses_the_item_named_before(text, expected):
    assert [(p.donor, p.system, p.status) for p in extract(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Lawmakers urged Lisbon to send its F-16 jets. The government refused.", ("PRT", "refused")),
    ("Senators urged Oslo to send its NASAMS launchers. No decision has been taken.", ("NOR", "considering")),
    ("Denmark sent 19 Caesar guns.\n\nPortugal, where several deputies had urged the cabinet to hand over its "
     "retired F-16 jets, said on Friday the aircraft would remain with the Portuguese air force.", ("PRT", "refused")),
])
def test_an_urged_giving_is_a_request_that_the_answer_after_it_settles(text, expected):
    """"Lawmakers urged Lisbon to send its jets. The government refused.": urging asks; the answer's state is the
    asked donor's, also the subject a relative aside ("Lisbon, where ... urged ...,") tells the request of."""
    asked = [(r[0], r[-1]) for r in rows(text) if r[1] not in ("Caesar",)]
    assert asked == [expected]


@pytest.mark.parametrize("text, donor", [
    # the giving judged not practical, not viable, unrealistic: said of the item or of the request
    ('Australia\'s defence minister called the request for its retired Tiger helicopters "not practical".', "AUS"),
    ('Asked whether Norway would hand its retired Bell helicopters to Kyiv, the defence minister called the idea '
     '"not practical".', "NOR"),
    ('Portugal\'s defence minister said its old Alpha Jet trainers "are not a viable option" for Ukraine.', "PRT"),
    ("Pressed on Canada's retired Sea King helicopters, the minister replied that the old machines were not a "
     "viable option and would be scrapped.", "CAN"),
    # the approver who will not sign off on, agree to or authorise the giving
    ("Hungary's head of state, an opponent of arms aid, says he will not sign off on a handover of Budapest's "
     "MiG-29 fighters in any case.", "HUN"),
    ("Hungary's president said he would not sign off on the handover of the MiG-29 jets.", "HUN"),
    ("Austria's chancellor said he would never agree to any delivery of the Pandur vehicles.", "AUT"),
])
def test_a_giving_judged_impractical_or_not_signed_off_is_refused(text, donor):
    assert [(r[0], r[-1]) for r in rows(text)] == [(donor, "refused")]



@pytest.mark.parametrize("text, expected", [
    ("Washington has approved more cluster munitions for Kyiv. The number of rounds was not given.",
     [("USA", "pledged")]),
    ("Sweden delivered Archer guns last month. The value of the Archer guns was not given.", [("SWE", "delivered")]),
])
def test_a_figure_not_given_refuses_nothing(text, expected):
    # "not given" is "not disclosed" when its subject is a number, a value or a detail
    assert [(r[0], r[-1]) for r in rows(text)] == expected
