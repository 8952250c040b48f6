"""Arrivals told without a verb of giving: the item is in Ukraine, so it was delivered (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("The first Dutch F-16 jets touched down in Ukraine on Tuesday.", ("NLD", "F-16")),
    ("Canadian Senator vehicles rolled into Ukraine in June.", ("CAN", "Roshel Senator")),
    ("The NASAMS battery from Norway became operational in Ukraine last month.", ("NOR", "NASAMS")),
    ("Two Swedish Archer howitzers went into service with Ukrainian artillery units.", ("SWE", "Archer")),
])
def test_landing_rolling_in_and_becoming_operational_are_deliveries(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "delivered")]


def test_becoming_operational_later_is_no_delivery():
    assert "delivered" not in [r[-1] for r in rows("Germany's IRIS-T will become operational in Ukraine next year.")]


@pytest.mark.parametrize("text, expected", [
    # a transfer under way is not yet a delivery (README rule 11: shipments still in transit are pledged)
    ("Twenty Leopard tanks from Spain are being delivered to Ukraine.", ("ESP", 20, "pledged")),
    ("The minister listed equipment being gifted from Danish stocks: 30 M113 carriers.", ("DNK", 30, "pledged")),
    # deliveries that keep coming, or seen on their way, have been made
    ("Germany said IRIS-T and Gepard systems keep being delivered.", ("DEU", None, "delivered")),
    ("Photos showed 8 Leopard 2 tanks from Norway being dispatched to Ukraine.", ("NOR", 8, "delivered")),
])
def test_being_given_is_under_way_unless_it_keeps_being_given_or_is_seen(text, expected):
    assert (expected[0], expected[1], expected[2]) == next((r[0], r[2], r[-1]) for r in rows(text))


def test_a_delivery_of_all_the_counted_promised_items_is_both_the_promise_and_the_delivery():
    text = "By the end of May, Latvia had sent all four promised M109 howitzers."
    assert sorted((r[0], r[2], r[-1]) for r in rows(text)) == [("LVA", 4, "delivered"), ("LVA", 4, "pledged")]
    # the promise alone stays a promise
    assert [r[-1] for r in rows("Latvia will send the four promised M109 howitzers in May.")] == ["pledged"]


def test_a_donation_or_transfer_that_was_completed_is_a_delivery_and_training_is_not():
    text = "Belgium's donation of 6 Piranha vehicles was completed in April."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("BEL", 6, "delivered")]
    text = "Training on the 10 Spanish Leopard tanks was completed in May."
    assert "delivered" not in [r[-1] for r in rows(text)]


def test_a_perfect_infinitive_of_receiving_is_a_delivery_not_a_promise():
    text = "Kyiv says it is glad to have received 12 more Gripen jets from Sweden."
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("SWE", 12, "delivered")]


def test_a_negated_arrival_is_no_delivery():
    # promised, not yet there
    assert [r[-1] for r in rows("The 12 Gripen jets Sweden promised will not reach Ukraine before the spring.")
            ] == ["pledged"]
    assert [r[-1] for r in rows("Swedish Gripen jets arrive in Ukraine")] == ["delivered"]


def test_a_delivery_to_be_taken_is_a_promise_and_one_taken_a_delivery():
    assert [r[-1] for r in rows("Kyiv will take delivery of 8 Skynex systems from Germany in May.")] == ["pledged"]
    assert [r[-1] for r in rows("Kyiv took delivery of 8 Skynex systems from Germany in May.")] == ["delivered"]


@pytest.mark.parametrize("text, expected", [
    ("The Netherlands signed over 14 armoured ambulances to the Ukrainian army last week.", ("NLD", 14, "delivered")),
    ("Germany has signed over the last of its 18 Leopard 2A6 tanks.", ("DEU", 18, "delivered")),
    ("Latvia will sign over two more Stinger launchers next month.", ("LVA", 2, "pledged")),
])
def test_signing_over_is_handing_over(text, expected):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [expected]


def test_joining_the_forces_is_a_delivery_joining_a_scheme_is_not():
    assert [r[-1] for r in rows("Twelve Swedish CV90s joined Ukrainian forces last week.")] == ["delivered"]
    text = "Canada and Norway on Wednesday joined the Czech-led initiative to buy artillery ammunition for Ukraine."
    assert "delivered" not in [r[-1] for r in rows(text)]


def test_until_the_arrival_of_is_a_time_not_a_delivery():
    assert rows("Ukraine will rely on its MiG-29s until the arrival of the Danish F-16s.") == []
    assert [r[-1] for r in rows("Kyiv announced the arrival of the first Swedish Archer howitzers.")] == ["delivered"]


@pytest.mark.parametrize("text, expected", [
    ("I want to thank Sweden for the Archer guns that already fight in the east.", ("SWE", "Archer")),
    ("Thanks to Canada for the NASAMS that now defends our capital every night.", ("CAN", "NASAMS")),
    ("The Patriot batteries that already shield Odesa came from the Netherlands.", ("NLD", "Patriot")),
])
def test_items_that_already_protect_or_fight_are_in_ukraine(text, expected):
    # what the recipient says already guards or fights has been delivered
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "delivered")]
