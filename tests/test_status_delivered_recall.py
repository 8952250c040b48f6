"""Deliveries told over two sentences or in a construction of their own (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import FRI

from aidledger.pledges import extract


def rows(text):
    return [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text, published=FRI)]


@pytest.mark.parametrize("text, count", [
    ("Estonian Pasi armoured carriers have reached Ukraine, Tallinn said on Monday. The convoy comprises 8 "
     "vehicles.", 8),
    ("Ukraine has taken delivery of the first Estonian Pasi carriers, its army said. There are 6 of them.", 6),
    ("Kyiv received Estonian Pasi carriers on Tuesday. The delivery consists of 12 vehicles.", 12),
])
def test_a_count_that_refers_back_to_a_delivery_is_delivered(text, count):
    assert rows(text) == [("EST", "Patria Pasi", count, "delivered")]


@pytest.mark.parametrize("text, expected", [
    # more of it, or a count with a verb of its own, is a fact of its own
    ("Estonian Pasi carriers have reached Ukraine. Another 6 will follow in May.",
     [("EST", "Patria Pasi", None, "delivered"), ("EST", "Patria Pasi", 6, "pledged")]),
    # a package's contents are another act than the delivery just told
    ("Estonian Pasi carriers have reached Ukraine. The new package also contains 4 vehicles.",
     [("EST", "Patria Pasi", None, "delivered"), ("EST", "vehicles", 4, "pledged")]),
])
def test_new_counts_after_a_delivery_keep_their_own_status(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "Ukrainian pilots are training on the 8 Gripen jets that arrived from Sweden in May.",
    "Ukrainian crews now train with the 8 Gripen jets which Sweden handed over in May.",
])
def test_a_relative_clause_of_delivery_makes_training_or_use_aid_given(text):
    assert rows(text) == [("SWE", "Gripen", 8, "delivered")]


def test_training_on_items_still_to_come_is_no_aid_fact():
    assert rows("Ukrainian pilots are training on the 8 Gripen jets that Sweden may send next year.") == []


@pytest.mark.parametrize("text, expected", [
    ("Kyiv has taken delivery of its first Gripen jets. The aircraft were donated by Sweden.",
     [("SWE", "Gripen", None, "delivered")]),
    ("Ukraine has received 6 more Gripen jets. They were supplied by Sweden and Norway.",
     [("SWE", "Gripen", None, "delivered"), ("NOR", "Gripen", None, "delivered")]),
])
def test_the_givers_named_in_the_next_sentence_give_what_it_told(text, expected):
    assert rows(text) == expected


def test_a_payer_named_in_the_next_sentence_is_no_giver():
    assert rows("Kyiv has taken delivery of 6 Gripen jets. They were paid for by Sweden.") == []


@pytest.mark.parametrize("text, delivered", [
    ("Sweden promised 8 Gripen jets in March; all 8 are now in Ukraine.", 8),
    ("Sweden promised 8 Gripen jets, and 5 have already arrived.", 5),
    ("Sweden promised 8 Gripen jets, of which officials say 3 were delivered in May.", 3),
])
def test_a_later_clause_that_counts_the_item_before_as_delivered(text, delivered):
    assert rows(text) == [("SWE", "Gripen", 8, "pledged"), ("SWE", "Gripen", delivered, "delivered")]


@pytest.mark.parametrize("text, first", [
    ("Sweden promised 8 Gripen jets; the first ones are already in Ukraine.", None),
    ("Sweden promised 8 Gripen jets, of which the first arrived on Monday.", None),
    ("Sweden promised 8 Gripen jets, of which the first two have arrived.", 2),
])
def test_the_first_of_an_item_in_a_later_clause_have_arrived(text, first):
    assert rows(text) == [("SWE", "Gripen", 8, "pledged"), ("SWE", "Gripen", first, "delivered")]


@pytest.mark.parametrize("text, status", [
    ("Friday: Riga hands over 40 trucks to Kyiv.", "delivered"),
    ("Slovenia delivers 20 M-55S tanks to Ukraine", "delivered"),
    # a time to come after the verb: the present of translations tells a plan
    ("Slovenia transfers 20 M-55S tanks to Ukraine in the coming weeks.", "pledged"),
    # sending is announced in the present: a pledge
    ("Slovenia sends 20 M-55S tanks to Ukraine", "pledged"),
])
def test_a_handover_told_in_the_present(text, status):
    assert [r[-1] for r in rows(text)] == [status]


@pytest.mark.parametrize("text, status", [
    ("Latvia has handed over a new aid package to Kyiv. It includes 30 M113 carriers.", "delivered"),
    ("Latvia has handed over its 12th aid package to Kyiv. In its composition — 30 M113 carriers.", "delivered"),
    ("Latvia has announced a new aid package for Kyiv. It includes 30 M113 carriers.", "pledged"),
])
def test_the_contents_of_a_package_told_just_before_have_its_state(text, status):
    assert rows(text) == [("LVA", "M113", 30, status)]


@pytest.mark.parametrize("text", [
    "Riga passed to Ukraine 40 Scania trucks.",
    "Riga passed 40 Scania trucks to the Ukrainian army.",
    "Latvia's 40 Scania trucks have been in Ukraine since May.",
    "Latvia's 40 Scania trucks have already been put into service.",
])
def test_translations_of_a_handover_and_arrivals_since_a_time(text):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("LVA", 40, "delivered")]


@pytest.mark.parametrize("text", [
    "40 Scania trucks from Latvia came to Ukraine in May.",
    "40 Scania trucks from Latvia entered the armament of the Armed Forces of Ukraine.",
    "Latvia has brought 40 Scania trucks to Kyiv.",
    "Latvia has reinforced the Ukrainian army with 40 Scania trucks.",
])
def test_arrivals_told_in_a_translations_words(text):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("LVA", 40, "delivered")]


@pytest.mark.parametrize("text", [
    "Latvia says 40 Scania trucks will be brought to Kyiv in May.",
    "Swiss-made rounds turned up in Ukraine, and Bern blocked the export.",
])
def test_arrivals_to_come_or_leaks_are_no_deliveries(text):
    assert all(r[-1] != "delivered" for r in rows(text))


@pytest.mark.parametrize("text", [
    "40 Scania trucks from Latvia got to Kyiv in May.",
    "40 Scania trucks from Latvia reached Ukrainian defenders in May.",
])
def test_arrivals_told_by_where_the_items_are_now(text):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("LVA", 40, "delivered")]


@pytest.mark.parametrize("text", [
    "Latvian Pasi carriers are now in the hands of Ukrainian troops.",
    "Latvian Pasi carriers are already with Ukrainian crews.",
])
def test_uncounted_items_in_the_hands_of_ukrainian_troops_have_arrived(text):
    assert rows(text) == [("LVA", "Patria Pasi", None, "delivered")]


@pytest.mark.parametrize("text, status", [
    ("Weapons supplied to Kyiv by Riga include 40 Scania trucks.", "delivered"),
    ("The arms delivered by Riga include 40 Scania trucks.", "delivered"),
    ("The arms promised by Riga include 40 Scania trucks.", "pledged"),
])
def test_the_participle_of_the_subject_not_the_verb_of_containing_tells_the_state(text, status):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("LVA", 40, status)]


@pytest.mark.parametrize("text, status", [
    ("Latvia acted early, sending 40 Scania trucks from its reserves.", "delivered"),
    ("Latvia had moved first, donating 40 Scania trucks.", "delivered"),
    # the main clause's own status, the present, a time to come: the participle tells no delivery
    ("Latvia announced a package on Monday, sending 40 Scania trucks.", "pledged"),
    ("Latvia is stepping up, sending 40 Scania trucks.", "pledged"),
    ("Latvia stepped up on Monday, sending 40 Scania trucks next month.", "pledged"),
])
def test_a_participle_of_giving_after_a_main_clause_in_the_past(text, status):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("LVA", 40, status)]


def test_we_of_a_speech_is_the_one_country_the_text_names():
    text = ("Address of the Minister to the defence committee\n\nDear colleagues,\n\nI report on our help for Kyiv. "
            "In 2024 we handed over 40 Scania trucks.\n\nAnd let me say it plainly: Latvia will not send soldiers.")
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("LVA", 40, "delivered")]


def test_we_of_a_speech_that_names_two_countries_stays_without_a_donor():
    text = ("Address of the Minister to the defence committee\n\nDear colleagues,\n\nI report on our help for Kyiv. "
            "In 2024 we handed over 40 Scania trucks.\n\nLatvia and Estonia will not send soldiers.")
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    "The Ukrainian side accepted 40 Scania trucks from Latvia.",
    "40 Scania trucks from Latvia were unloaded in Odesa on Monday.",
    "40 Scania trucks from Latvia have been operating in Ukraine since May.",
    "The transfer of 40 Scania trucks from Latvia is complete.",
])
def test_acceptance_unloading_use_and_completion_are_deliveries(text):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("LVA", 40, "delivered")]


@pytest.mark.parametrize("text, status", [
    ("Kyiv gets 40 Scania trucks from Latvia.", "delivered"),
    ("The AFU got 40 Scania trucks from Latvia.", "delivered"),
    ("Latvia armed Ukraine with 40 Scania trucks in 2023.", "delivered"),
    ("Latvia will make sure that Ukraine gets 40 Scania trucks.", "pledged"),
])
def test_what_ukraine_gets_or_got(text, status):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("LVA", 40, status)]


def test_items_that_were_in_ukraine_are_delivered():
    # (the promise the count was given under is a pledge of its own: ``promises``)
    assert rows("Oslo said on Tuesday that all six NASAMS launchers it had promised were now in Ukraine.") == [
        ("NOR", "NASAMS", 6, "delivered"), ("NOR", "NASAMS", 6, "pledged")]


def test_items_a_donor_is_preparing_are_pledged_not_the_delivery_before():
    got = rows("Kyiv's defence minister said Germany had delivered 15 Gepard guns, while Poland was preparing 14 "
               "Leopard tanks.")
    assert sorted(got) == [("DEU", "Gepard", 15, "delivered"), ("POL", "Leopard", 14, "pledged")]
