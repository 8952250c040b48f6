"""Counts told against a count or an item before them (README rule 1: each a fact of its own; rule 5: a count of
one system already delivered): "three more" after three, "a third followed", "two more followed", "only about 400
arrived", "all six now serve with Ukrainian units". At the rule stage, the learned status stage off (sentences of
our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from aidledger.extractor.pipeline import finish, rule_stage_records
from aidledger.model import Document


def _rule_rows(text):
    m, found, not_aid = rule_stage_records(Document(id="t", text=text, published=dt.date(2025, 6, 6)))
    return sorted((p.donor, p.system, p.quantity_value, p.status) for p in finish(m, found, not_aid, None))


@pytest.mark.parametrize("text, expected", [
    ("Britain said in March it would send three AS90 guns; in the summer it promised three more.",
     [("GBR", "AS-90", 3, "pledged"), ("GBR", "AS-90", 3, "pledged")]),
    ("Sweden delivered 10 CV90 vehicles in May. Another 10 arrived in June.",
     [("SWE", "CV90", 10, "delivered"), ("SWE", "CV90", 10, "delivered")]),
])
def test_as_many_more_is_a_second_fact_not_the_first_told_again(text, expected):
    assert _rule_rows(text) == expected


def test_as_many_more_told_with_its_promise_is_one_fact_of_its_own():
    # "three more" after three is a second fact; "another 14 promised": that second fact, its promise told once
    assert _rule_rows("Britain sent three AS90 guns in March, and three more in May.") == [
        ("GBR", "AS-90", 3, "delivered"), ("GBR", "AS-90", 3, "delivered")]
    text = "Norway sent 14 Leopard 2A4s, and Spain 14 in a first batch, with another 14 promised for the spring."
    assert _rule_rows(text) == [("ESP", "Leopard 2A4", 14, "delivered"), ("ESP", "Leopard 2A4", 14, "pledged"),
                                ("NOR", "Leopard 2A4", 14, "delivered")]


@pytest.mark.parametrize("text, expected", [
    ("Poland handed over two Krab howitzers in May; a third followed in July.",
     [("POL", "Krab", 1, "delivered"), ("POL", "Krab", 2, "delivered")]),
    ("The UK delivered three Sea King helicopters during 2022. A fourth followed in 2024.",
     [("GBR", "Sea King", 1, "delivered"), ("GBR", "Sea King", 3, "delivered")]),
    ("Germany delivered three Gepard systems by August; two more followed the next spring.",
     [("DEU", "Gepard", 2, "delivered"), ("DEU", "Gepard", 3, "delivered")]),
])
def test_what_followed_a_delivery_was_delivered(text, expected):
    assert _rule_rows(text) == expected


def test_one_more_is_read_only_after_the_count_it_goes_on():
    # "a third" after two is one more gun; "another" after 20 guns may be another batch
    assert ("POL", "Krab", 1, "delivered") in _rule_rows("Poland sent two Krab guns in May; a third came in June.")
    assert ("NOR", "M109", 1, "delivered") not in _rule_rows("Norway sent 20 M109 guns in May; another came in June.")


@pytest.mark.parametrize("text, expected", [
    ("Italy promised 2,000 Stinger missiles in March. Only about 400 arrived, because many were unusable.",
     [("ITA", "Stinger", 400, "delivered"), ("ITA", "Stinger", 2000, "pledged")]),
    ("Norway promised 40 M113 carriers in January, but only 25 arrived before the summer.",
     [("NOR", "M113", 25, "delivered"), ("NOR", "M113", 40, "pledged")]),
])
def test_the_part_that_arrived_of_a_promise_is_a_delivery(text, expected):
    assert _rule_rows(text) == expected


def test_all_of_a_running_count_serving_with_ukrainian_units_is_delivered():
    text = ("Britain sent three AS90 guns in the spring. Two more followed in the autumn. All five now serve with "
            "Ukrainian artillery units.")
    assert ("GBR", "AS-90", 5, "delivered") in _rule_rows(text)


def test_the_first_batch_of_a_counted_whole_leaves_the_whole_a_pledge():
    # "the first batch of the 40": the 40 is the whole committed, a first part of no count told arrived;
    # "the first batch of 40" is the batch itself
    doc = Document(id="t", text="The first batch of the 40 Bradley vehicles from the US arrived last month.",
                   published=dt.date(2025, 6, 6))
    m, found, not_aid = rule_stage_records(doc)
    rows = [(p.donor, p.system, p.quantity_value, p.status) for p in finish(m, found, not_aid, None)]
    assert set(rows) == {("USA", "Bradley", 40, "pledged"), ("USA", "Bradley", None, "delivered")}
    assert _rule_rows("The first batch of 40 Bradley vehicles from the US arrived last month.") == [
        ("USA", "Bradley", 40, "delivered")]


def test_a_part_of_a_fronted_whole_in_service_in_ukraine_is_delivered():
    text = "Of the 10 NASAMS launchers Oslo has committed, six were operating in Ukraine by the end of March."
    assert _rule_rows(text) == [("NOR", "NASAMS", 6, "delivered"), ("NOR", "NASAMS", 10, "pledged")]


@pytest.mark.parametrize("text, expected", [
    ('Norway said in May it would send NASAMS launchers, "initially two"; in the winter it promised two more.',
     [("NOR", "NASAMS", 2, "pledged"), ("NOR", "NASAMS", 2, "pledged")]),
    ("Spain will send Leopard 2A4 tanks - at first six - the ministry said.", [("ESP", "Leopard 2A4", 6, "pledged")]),
])
def test_a_first_count_after_the_system_counts_it(text, expected):
    assert _rule_rows(text) == expected


def test_another_count_of_unnamed_machines_is_more_of_the_item_before():
    text = "Latvia transferred 10 M113 carriers to Ukraine on Monday. Another 20 machines will be sent in March."
    assert _rule_rows(text) == [("LVA", "M113", 10, "delivered"), ("LVA", "M113", 20, "pledged")]


def test_systems_in_service_without_a_count_are_a_description():
    # README rule 11: a system told only as in service is no aid fact unless a count delivered is stated
    assert _rule_rows("German Leopard tanks now fight with Ukrainian brigades near Kupiansk.") == []
