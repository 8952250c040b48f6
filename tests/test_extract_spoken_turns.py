"""Press conferences, speeches and posts (sentences of our own): a bare "No." that answers a question is a
sentence of its own; nothing "could be spared" refuses; the place a guest speaks in is not the speaker's "we";
a thread's numbered posts with flags and money written "€300 m"; "the 2nd ... system" counts one."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.mentions.money import find_money
from aidledger.sentences import split_sentences


def spans(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("MINISTER: No. The rest stay home.", ["MINISTER: No.", "The rest stay home."]),
    ("Will you? No. Never.", ["Will you?", "No.", "Never."]),
    ("A: No. We keep them until spring.", ["A: No.", "We keep them until spring."]),
])
def test_a_bare_no_ends_its_sentence(text, expected):
    assert spans(text) == expected


def test_no_before_a_number_stays_an_abbreviation():
    assert spans("The No. 5 Squadron flew. They said no. Then they left.") == [
        "The No. 5 Squadron flew.", "They said no. Then they left."]


@pytest.mark.parametrize("answer", [
    "MINISTER: No. The remaining Leopards guard Spanish skies until the new Abrams arrive.",
    "MINISTER: No. Those Leopards are needed at home until the new tanks are delivered.",
])
def test_a_bare_no_refuses_what_the_question_asked_even_beside_a_reason(answer):
    text = f"QUESTION (Radio Sur): Minister, will Spain send its last Leopard tanks?\n\n{answer}"
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("ESP", "Leopard", "refused")]


@pytest.mark.parametrize("text", [
    "Lisbon said in 2023 that none of its frigates could be spared.",
    "Asked about more howitzers, Oslo said the guns cannot be spared.",
    "Rome said that not one of its SAMP/T batteries could be spared.",
])
def test_nothing_that_could_be_spared_refuses(text):
    assert {r[-1] for r in rows(text)} == {"refused"}


@pytest.mark.parametrize("opening", [
    "Thank you to our hosts here in Oslo.",
    "It is good to be here in Vilnius today, and I thank our friends.",
    "We are meeting in Rome at a difficult moment.",
])
def test_the_place_a_guest_speaks_in_is_not_the_speakers_we(opening):
    text = (f"{opening}\n\nHere is the plan of Britain. In 2026 we shall provide Ukraine with £2 billion of military "
            "support. We will send a further 200 Brimstone missiles.")
    assert {r[0] for r in rows(text)} == {"GBR"}


@pytest.mark.parametrize("text, amount", [
    ("€300 m for drones", 300_000_000), ("$20 m in aid", 20_000_000), ("CAD 45 m for trucks", 45_000_000),
    ("£2 b for shells", 2_000_000_000),
])
def test_a_money_suffix_after_a_space_scales_after_a_currency_sign(text, amount):
    assert [int(m.amount) for m in find_money(text)] == [amount]


def test_a_spaced_m_without_a_currency_is_no_scale():
    assert find_money("a 400 m runway") == []


def test_the_numbered_posts_of_a_thread_with_flags_have_their_own_donors():
    text = ("1/ A good day at the meeting. Results 👇\n\n2/ 🇳🇱 Netherlands: €300 m for drones made in Ukraine.\n\n"
            "3/ 🇨🇦 Canada: $200 m in new military aid. Thank you!")
    assert [(r[0], r[3], r[4]) for r in rows(text)] == [("CAN", 200_000_000, "CAD"), ("NLD", 300_000_000, "EUR")]


@pytest.mark.parametrize("text", [
    "🇳🇴 The 3rd NASAMS system has arrived.",
    "Norway: the 2nd NASAMS battery is now in Ukraine.",
])
def test_a_digit_ordinal_before_a_system_counts_one(text):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("NOR", 1, "delivered")]


@pytest.mark.parametrize("entry, donor", [
    ("3/ Canada: 8 Senator vehicles, built with help from Poland.", "CAN"),
    ("4/9 Japan: 50 trucks, the same model that Korea uses.", "JPN"),
])
def test_a_numbered_post_of_a_thread_opens_with_its_donor(entry, donor):
    text = f"1/ Results of today's meeting.\n\n{entry}"
    assert [r[0] for r in rows(text)] == [donor]


@pytest.mark.parametrize("text", [
    "Spain promised 40 Leopard 1A5 tanks this year. 15 are already there.",
    "Norway pledged 12 M109 guns in May - 8 are now there, and the others follow in June.",
])
def test_a_count_already_there_is_delivered(text):
    assert ("delivered", 15 if "Spain" in text else 8) in {(r[-1], r[2]) for r in rows(text)}


def test_the_first_Spanish_tanks_finally_here_are_delivered():
    assert [r[-1] for r in rows("The first Spanish Leopard tanks are finally here!")] == ["delivered"]


@pytest.mark.parametrize("text, kept", [
    ("Spain promised 40 Leopard 1A5 tanks this year - 15 are already there, the remaining 25 will follow in May.",
     [("ESP", 15, "delivered"), ("ESP", 40, "pledged")]),
    ("Germany handed over the first 10 Marders; the remaining 30 will follow.",
     [("DEU", 10, "delivered"), ("DEU", 30, "pledged")]),
])
def test_the_rest_of_a_whole_counted_before_splits_it(text, kept):
    assert sorted((r[0], r[2], r[-1]) for r in rows(text)) == kept


@pytest.mark.parametrize("answer", [
    "A: That option is on the table, and we study it with Lisbon. Nothing is final.",
    "A: We are discussing it with Lisbon, no decision yet.",
    "A: That is something we are looking at alongside Lisbon.",
])
def test_a_partner_named_in_the_answer_is_not_the_one_who_answers(answer):
    text = f"Q: Is Spain weighing more Leopard tanks for Kyiv?\n\n{answer}"
    assert [(r[0], r[-1]) for r in rows(text)] == [("ESP", "considering")]


@pytest.mark.parametrize("cut", ["QUESTION: One more -", "Q (Radio Sur): And just one more on that …",
                                 "QUESTION: Two more, quickly -"])
def test_a_reporters_turn_cut_off_is_no_statement(cut):
    text = ("QUESTION: Will Spain send a Patriot battery?\n\nMINISTER: There is no decision on Patriot.\n\n"
            f"{cut}\n\nSPOKESMAN: Thank you, we are out of time.")
    assert [(r[0], r[-1]) for r in rows(text)] == [("ESP", "considering")]


@pytest.mark.parametrize("sentence, state", [
    ("On Gripen jets: we are evaluating options, no decision yet.", "considering"),
    ("Regarding the F-16s - there is no decision.", "considering"),
    ("5/ On Gripen jets for Ukraine from our future fleet: still under review, no decision yet.", "considering"),
])
def test_an_item_fronted_as_the_topic_takes_the_weighing_of_its_predicate(sentence, state):
    text = f"Latvia sent 20 trucks last week.\n\n{sentence}"
    assert ("LVA", state) in {(r[0], r[-1]) for r in rows(text)}


@pytest.mark.parametrize("text", [
    "Spain is studying together with Germany whether it can contribute further Patriot missiles.",
    "Spain is assessing with its partners whether it can send more Patriot missiles.",
])
def test_weighing_with_a_partner_whether_to_give_is_considering(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("ESP", "considering")]


@pytest.mark.parametrize("talks", ["we are evaluating options with Norway", "we are analysing it with Norway",
                                   "we are working on it with Norway"])
def test_the_partner_of_weighing_is_not_the_donor(talks):
    text = f"Latvia sent 20 trucks last week.\n\nOn Gripen jets: {talks}, no decision yet."
    assert [(r[0], r[-1]) for r in rows(text) if r[1] == "Gripen"] == [("LVA", "considering")]


@pytest.mark.parametrize("answer", ["A: Not now. But we are looking at it for next year.",
                                    "A: No. However, the door is not closed.",
                                    "MINISTER: Not this year. But we are not closing that door."])
def test_a_refusal_then_a_hedge_in_one_answer_weighs(answer):
    text = f"Q: Will Sweden send Gripen jets?\n\n{answer}"
    assert [(r[0], r[-1]) for r in rows(text)] == [("SWE", "considering")]


def test_a_refusal_the_next_sentence_reopens_weighs_and_one_it_does_not_stays():
    text = "Spain will not send more Leopard tanks this year. But the door is not closed."
    assert [(r[0], r[-1]) for r in rows(text)] == [("ESP", "considering")]
    text = "Spain will not send more Leopard tanks this year. The army needs them."
    assert [(r[0], r[-1]) for r in rows(text)] == [("ESP", "refused")]


@pytest.mark.parametrize("answer, count", [
    ("A: Yes, another 25 will go in the spring.", 25),
    ("MINISTER: A further 12 are to follow before the winter.", 12),
    ("A: Another 8 shall be sent in May.", 8),
])
def test_another_count_in_an_answer_counts_more_of_the_system_asked_about(answer, count):
    text = f"Q: Will Spain send more Leopard tanks?\n\n{answer}"
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [("ESP", "Leopard", count, "pledged")]


@pytest.mark.parametrize("text", [
    "Ukraine also plans to purchase 1,200 guided rockets from the United States in a deal worth $400 million, "
    "the Pentagon said.",
    "Kyiv intends to buy 2,500 loitering drones from Germany.",
    "The Ukrainian government has ordered 1,000 mortars from Poland, Warsaw said.",
])
def test_ukraines_own_purchase_is_no_aid(text):
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    "Kyiv will buy 18 Bohdana howitzers with Danish money.",
    "Ukraine will buy 18 Bohdana howitzers, and Denmark will pay for them.",
])
def test_ukraines_purchase_another_pays_for_is_funded_by_the_payer(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("DNK", "funded")]


@pytest.mark.parametrize("text", [
    "Spain has now transferred to the Ukrainian army another 6 Leopard tanks from the batch of 20 promised.",
    "Madrid has handed over to the Ukrainian army 6 more Leopard tanks out of the 20 promised last year.",
    "Spain has delivered to the Ukrainian marines a further 6 Leopard tanks from the lot of 20 pledged in May.",
])
def test_a_part_delivered_from_a_whole_promised_gives_both(text):
    assert sorted((r[0], r[2], r[-1]) for r in rows(text)) == [("ESP", 6, "delivered"), ("ESP", 20, "pledged")]


@pytest.mark.parametrize("text, state", [
    ('Berlin will pay for "hundreds" of attack drones produced by Ukrainian companies.', "funded"),
    ('Oslo will send "dozens" of trucks built by Scania.', "pledged"),
])
def test_a_word_in_scare_quotes_stays_in_the_object_of_the_giving_verb(text, state):
    assert [r[-1] for r in rows(text)] == [state]


@pytest.mark.parametrize("text", [
    "Washington announced a $3 billion tranche for Ukraine and the allies on NATO's eastern flank, $2 billion of "
    "which would go to Kyiv and include 40 Bradleys.",
    "Washington, which also guards Poland's border, said it would send 40 Bradleys.",
])
def test_the_owner_of_a_place_is_no_donor(text):
    assert {r[0] for r in rows(text)} == {"USA"}


@pytest.mark.parametrize("after", ["They will go to Ukraine next year.", "These will be handed to Kyiv in May.",
                                   "All of them are meant for Ukraine."])
def test_a_purchase_the_next_sentence_sends_to_ukraine_is_funded(after):
    text = f"Norway has bought 12 Leopard 2A4 tanks from industry. {after}"
    assert ("NOR", 12, "funded") in {(r[0], r[2], r[-1]) for r in rows(text)}


def test_a_purchase_the_next_sentence_does_not_send_on_stays_no_aid():
    assert rows("Norway has bought 12 Leopard 2A4 tanks from industry. They will serve in its own army.") == []


@pytest.mark.parametrize("text", ["Norway: six NASAMS launchers from new production left for Ukraine last week.",
                                  "Norway says ten trucks departed for Kyiv on Monday."])
def test_items_that_left_for_ukraine_are_delivered(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("NOR", "delivered")]


@pytest.mark.parametrize("text", ["Lisbon ready to give Kyiv its last F-16s - if it gets Gripen jets first",
                                  "Oslo would hand over its older NASAMS once it receives new IRIS-T systems."])
def test_what_a_donor_gets_first_in_return_is_no_aid(text):
    found = {r[1] for r in rows(text)}
    assert "Gripen" not in found and "IRIS-T SLM" not in found and "IRIS-T" not in found


@pytest.mark.parametrize("text, donor", [
    ("Talk with the Slovak defence minister.\nQ: What has Slovakia sent so far?\nA: We sent our MiG-29 fighters.\n"
     "Q: And the Zuzana guns?\nA: Those were paid together with Denmark and Norway.\n"
     "Q: Will you give Kub systems?\nA: That is not on the table now.", "SVK"),
    ("Our reporter spoke with the Czech minister.\nQ: What did the Czech Republic give this spring?\n"
     "A: We gave Dana howitzers, paid for with the Netherlands.\nQ: Can your air force spare its L-159 jets?\n"
     "A: That is not on the table at this moment.", "CZE"),
])
def test_a_question_to_you_that_names_no_donor_is_answered_by_the_one_asked(text, donor):
    """"Q: Will you give Kub systems? A: That is not on the table now.": "you" is the one who answers, not the
    country an answer named last (a partner, "paid together with Denmark")."""
    asked = [r for r in rows(text) if r[-1] == "refused"]
    assert [r[0] for r in asked] == [donor]
