"""Refusals told by the predicate, not by a negated verb of giving before the item: the giving named as a
noun whose predicate is negated ("the donation of X is not possible", "the transfer of X was not considered")
(sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import FRI, rows

from aidledger.extractor import extract


@pytest.mark.parametrize("text, donor, system", [
    ("Zagreb approved 20 M-84 tanks. The ministry said the donation of Patriot batteries is not possible "
     "without weakening national defence.", "HRV", "Patriot"),
    ("Lisbon will give six helicopters. The transfer of F-16 jets was not considered, as they guard the "
     "national airspace.", "PRT", "F-16"),
    ("Oslo offered 8 NASAMS launchers. The handover of its Leopard 2A4 tanks would not be realistic, the "
     "minister said.", "NOR", "Leopard 2A4"),
    ("Madrid will send 10 M113 carriers. The supply of its Harpoon missiles is not envisaged, the navy says.",
     "ESP", "Harpoon"),
])
def test_a_negated_predicate_of_the_giving_refuses_the_item(text, donor, system):
    assert (donor, system, None, None, None, "refused") in rows(text)


def test_a_giving_only_put_off_is_no_refusal():
    text = "Lisbon will send 3 Leopard 2A6 tanks. The delivery of the tanks was not possible before May."
    assert [r[-1] for r in rows(text)] == ["pledged"]
    text = ("Lisbon will send 3 Leopard 2A6 tanks. The delivery of its F-16 jets was not possible without weakening "
            "the air force.")
    assert [r[-1] for r in rows(text)] == ["refused", "pledged"]


@pytest.mark.parametrize("text, donor, system", [
    ("The Hague sent 8 more Caesar guns. A Ukrainian request for more PzH 2000 howitzers cannot be honoured; "
     "the army keeps the rest.", "NLD", "PzH 2000"),
    ("Berlin will send 10 Marders. Kyiv's request for Taurus missiles cannot be met at present.", "DEU", "Taurus"),
    ("Oslo sent 4 NASAMS launchers. An appeal from Kyiv for F-35 jets could not be granted, the minister said.",
     "NOR", "F-35"),
    ("Madrid will send 20 M113 carriers. The Ukrainian plea for Patriot interceptors will not be fulfilled this "
     "year.", "ESP", "Patriot"),
])
def test_a_request_that_cannot_be_honoured_is_refused(text, donor, system):
    assert (donor, system, None, None, None, "refused") in rows(text)


@pytest.mark.parametrize("text, donor, system", [
    ("Paris will send 12 more Caesar guns. Speaking to reporters, the minister ruled out the Leclerc tank.", "FRA",
     "Leclerc"),
    ("Berlin will send 10 Marders but ruled out the Taurus missile.", "DEU", "Taurus"),
    ("Berlin will send 10 Marders. The chancellor ruled out any more Patriot systems for now.", "DEU", "Patriot"),
    ("Stockholm rules out its Gripen jets, the defence minister said.", "SWE", "Gripen"),
])
def test_an_item_ruled_out_is_refused(text, donor, system):
    assert (donor, system, None, None, None, "refused") in rows(text)


def test_an_item_not_ruled_out_is_weighed_and_a_use_ruled_out_refuses_nothing():
    assert [r[-1] for r in rows("Berlin has not ruled out the Taurus missile.")] == ["considering"]
    assert [r[-1] for r in rows("Berlin did not rule out the Taurus missile, the chancellor said.")] == ["considering"]
    text = "Oslo will send 3 NASAMS launchers; it ruled out the use of F-16 jets over Russia."
    assert [r[-1] for r in rows(text)] == ["pledged"]
    assert [r[-1] for r in rows("Berlin ruled out the Taurus missile.")] == ["refused"]


@pytest.mark.parametrize("text, donor", [
    ("Ankara said it had no spare air defence systems to give.", "TUR"),
    ("Athens said it had no spare old Stinger missile launchers to give.", "GRC"),
    ("Rome has no more modern self-propelled artillery pieces to spare, the minister said.", "ITA"),
    ("Madrid has no old M113 armoured personnel carriers left to give Kyiv.", "ESP"),
])
def test_no_item_of_several_words_to_give_is_a_refusal(text, donor):
    assert [(r[0], r[-1]) for r in rows(text)] == [(donor, "refused")]


@pytest.mark.parametrize("text, donor, system", [
    ("Lisbon said it would not release more Stinger missiles from its stocks.", "PRT", "Stinger"),
    ("Oslo won't release its NASAMS launchers to Kyiv this year, the minister said.", "NOR", "NASAMS"),
    ("Washington will not release additional Patriot interceptors from its depots for now.", "USA", "Patriot"),
])
def test_a_release_from_stocks_negated_is_a_refusal(text, donor, system):
    assert (donor, system, None, None, None, "refused") in rows(text)


def test_details_not_released_refuse_nothing():
    text = "Oslo will send 4 NASAMS launchers but would not release details of the package."
    assert [r[-1] for r in rows(text)] == ["pledged"]
    assert [r[-1] for r in rows("Oslo would not release its NASAMS launchers.")] == ["refused"]


@pytest.mark.parametrize("text, donor, system", [
    ("Oslo sent 2,000 Carl Gustaf rifles last year and, in May, said it would send no more.", "NOR", "Carl Gustaf"),
    ("Rome delivered two SAMP/T batteries; it will give no more, the minister said.", "ITA", "SAMP/T"),
    ("Madrid handed over 20 M113 carriers and will supply no more this year.", "ESP", "M113"),
    ("Oslo sent 10 Archer guns and will send no more.", "NOR", "Archer"),
])
def test_a_giving_verb_with_no_more_for_object_refuses_more_of_the_item(text, donor, system):
    recs = [(p.donor, p.system, p.status) for p in extract(text, published=FRI)]
    assert sorted(recs) == [(donor, system, "delivered"), (donor, system, "refused")]


def test_no_more_than_a_count_is_no_refusal():
    assert [r[-1] for r in rows("Oslo will send 10 howitzers and no more than 20 trucks.")] == ["pledged", "pledged"]
    assert [p.status for p in extract("Oslo sent 9 Archer guns and will send no more.", published=FRI)] == [
        "delivered", "refused"]


@pytest.mark.parametrize("text, donor, system", [
    ("Athens will send 40 BMP-1 vehicles. Athens said no, on Friday, to handing its Leopard 2 tanks to Kyiv.", "GRC",
     "Leopard 2"),
    ("Rome will send 2 SAMP/T batteries. Rome said no, once more, to sending Tornado jets.", "ITA", "Panavia Tornado"),
    ("Madrid said no, in March, to sending its Patriot launchers.", "ESP", "Patriot"),
])
def test_an_aside_between_no_and_its_object_still_refuses(text, donor, system):
    assert (donor, system, None, None, None, "refused") in rows(text)


def test_a_no_with_its_own_comma_still_answers():
    text = "Asked whether Oslo would send F-16 jets, the minister said no, adding that the army needs them."
    assert [(r[0], r[-1]) for r in rows(text)] == [("NOR", "refused")]
    assert [r[-1] for r in rows("Oslo said no, this week, to sending F-16 jets.")] == ["refused"]


@pytest.mark.parametrize("text, system", [
    ('Vilnius will send 10 trucks. "We handed over all the Stinger missiles we had. There will be no more," he said.',
     "Stinger"),
    ("Oslo sent 4,000 M72 rockets last year. There will be no more, the minister said.", "M72 LAW"),
    ("Oslo sent 4,000 M72 rockets last year. It will send no more.", "M72 LAW"),
])
def test_no_more_in_a_sentence_without_items_refuses_more_of_the_item_just_before(text, system):
    assert ("refused", system) in [(p.status, p.system) for p in extract(text, published=FRI)]


def test_no_more_does_not_reach_past_the_sentence_just_before():
    text = ("Riga will send 13 M109 guns in May. A request for Stinger missiles was rejected. \"We have none to "
            "spare,\" the minister said.")
    assert sorted((p.system, p.status) for p in extract(text, published=FRI)) == [
        ("M109", "pledged"), ("Stinger", "refused")]
    assert ("refused", "M109") in [(p.status, p.system) for p in extract(
        "Riga sent 13 M109 guns in May. It will send no more.", published=FRI)]


@pytest.mark.parametrize("text, donor, system", [
    ("Paris will send 12 Caesar guns. The Leclerc tanks stay home, the minister said.", "FRA", "Leclerc"),
    ("Paris will send 12 Caesar guns. Its Rafale jets will stay home.", "FRA", "Rafale"),
    ("Rome will send 2 SAMP/T batteries. Asked about a call to send its Tornado jets, the minister said: \"That is "
     "not realistic.\"", "ITA", "Panavia Tornado"),
])
def test_items_kept_at_home_or_a_giving_not_realistic_are_refused(text, donor, system):
    assert (donor, system, "refused") in [(p.donor, p.system, p.status) for p in extract(text, published=FRI)]


@pytest.mark.parametrize("text, expected", [
    ("Norway's remaining NASAMS launchers will stay in Norway and will not be sent to Kyiv, the minister told "
     "reporters.", ("NOR", "NASAMS")),
    ("The Swedish Gripens stay with the air force but will not go to Ukraine, the minister said.", ("SWE", "Gripen")),
    ("Poland's MiG-29 fighters protect Polish skies and will not be given away.", ("POL", "MiG-29")),
    ("Greek M113 carriers serve on the islands and won't be transferred to Kyiv, Athens says.", ("GRC", "M113")),
])
def test_a_second_predicate_of_the_item_as_subject_refuses_it(text, expected):
    """"The launchers will stay at home and will not be sent to Kyiv": the item is the subject of both predicates,
    the second of which refuses it (README rule 11)."""
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]


@pytest.mark.parametrize("text", [
    "The Belgian F-16 jets are old and cannot fly at night, the pilots said.",
    "The Patriot batteries protect Kyiv and will not be moved to the east, the Ukrainian air force said.",
    "Danish Caesar howitzers are effective but cannot replace the lost M109s, analysts say.",
])
def test_a_second_predicate_that_refuses_no_giving_gives_no_record(text):
    assert rows(text) == []
