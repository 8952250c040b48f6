"""Gifts of private givers (``data/private_givers.csv``) are no government aid (README rule 10): a charity,
a crowdfunding drive, a foundation, a company's donation. Every sentence here is the project's own."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document
from aidledger.resources import data_path


def _rows() -> list[dict[str, str]]:
    with open(data_path("private_givers.csv"), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _records(text: str):
    return extract_document(Document(id="t", text=text, published=dt.date(2024, 5, 6)))[0]


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["giver"])
def test_each_row_finds_its_example_and_the_example_gives_no_record(row):
    flags = 0 if row["case"] == "sensitive" else re.I
    assert re.search(row["pattern"], row["example"], flags), row["giver"]
    assert _records(row["example"]) == []
    # after a sentence about a government, the gift is still not that government's
    assert _records("Denmark has long backed Ukraine.\n\n" + row["example"]) == []


def test_a_charity_in_another_sentence_leaves_a_government_pledge_alone():
    text = ("A Dutch charity raised 2 million euros for field hospitals.\n\n"
            "The Netherlands will send 40 pickup trucks to Ukraine, the ministry said.")
    assert [(r.donor, r.quantity_value) for r in _records(text)] == [("NLD", 40.0)]


def test_a_charity_in_a_clause_of_its_own_leaves_the_government_clause_alone():
    text = "Norway will send 12 howitzers to Ukraine, while a charity in Oslo raised money for medical kits."
    assert [(r.donor, r.quantity_value) for r in _records(text)] == [("NOR", 12.0)]


def test_a_foundation_cited_as_a_source_is_no_giver():
    text = "According to the Meridian Foundation, Canada has delivered 8 Leopard 2 tanks to Ukraine."
    assert [(r.donor, r.quantity_value) for r in _records(text)] == [("CAN", 8.0)]


def test_laying_a_foundation_is_no_giver():
    text = "The deal lays the foundation for more: Sweden will send 10 CV90 vehicles to Ukraine."
    assert [(r.donor, r.quantity_value) for r in _records(text)] == [("SWE", 10.0)]


def test_a_company_that_delivers_what_a_government_pays_for_is_no_private_giver():
    text = "The manufacturer will deliver 20 Marder vehicles to Ukraine, paid for by Germany."
    assert {r.donor for r in _records(text)} == {"DEU"}


def test_a_government_giving_through_a_foundation_is_government_aid():
    text = "Norway will give 10 million euros to the Sunflower Foundation to buy drones for Ukraine."
    assert [(r.donor, r.amount) for r in _records(text)] == [("NOR", 10000000)]


@pytest.mark.parametrize("text", [
    "Lithuania sent rifles to the brigade. Also this week the Zhytomyr city council handed over 20 Mavic drones "
    "and four pickups to the brigade, bought from the city budget.",
    "Poland sent rifles to the brigade. Volunteers of the \"Svitanok\" group raised another 3 million hryvnias for "
    "thermal sights.",
])
def test_a_local_council_or_volunteers_raising_money_are_no_government_donor(text):
    assert [(r.donor, r.quantity_value, r.amount) for r in _records(text)] == [("LTU" if "Lith" in text else "POL",
                                                                                None, None)]


def test_a_city_administration_cited_beside_a_government_gift_leaves_the_gift_alone():
    text = "Germany delivered two IRIS-T systems to protect Odesa, the city administration said."
    assert [(r.donor, r.quantity_value) for r in _records(text)] == [("DEU", 2.0)]


@pytest.mark.parametrize("text", [
    "Volunteers from the Odesa Wings group handed over 25 reconnaissance drones to a marine brigade.",
    "Lviv volunteers delivered four pickup trucks and 60 first-aid kits to the front on Monday.",
    "Volunteers of a Poltava fund donated 12 night sights to the territorial defence.",
    "The twin town of Kalisz handed over two fire engines and a generator to the city.",
    "Its sister city in Finland sent 3 ambulances to Chernihiv last week.",
    "A partner region in Bavaria delivered 40 generators to Zhytomyr oblast.",
])
def test_volunteers_handing_over_and_partner_towns_are_no_government(text):
    assert _records("Denmark has long backed Ukraine.\n\n" + text) == []
