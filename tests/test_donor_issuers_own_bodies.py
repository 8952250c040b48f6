"""A government's statement speaks of its own bodies: a legislature whose name other countries share with the US
("House of Representatives", "Congress") is the issuing government's own ("a letter to the House of Representatives"
from the Dutch ministry: no US donor), and so are "the cabinet", "the government", "the ministry" after another
country was named. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def _donors(text, outlet):
    doc = Document(id="t", text=text, published=dt.date(2026, 3, 4), outlet=outlet)
    return [(r.donor, r.amount and int(r.amount)) for r in extract_document(doc)[0]]


@pytest.mark.parametrize("outlet, text, donor", [
    ("Government of the Netherlands (Defensie.nl)",
     "In a letter to the House of Representatives, the minister sets out next year's support.\n\n"
     "The cabinet will make 2 billion euros available for military support in 2027.", "NLD"),
    ("Australian Government, Department of Defence",
     "In a statement to the House of Representatives today, the Minister set out further support.\n\n"
     "The cabinet will provide A$100 million in military assistance to Ukraine.", "AUS"),
    ("Ministry of Defense of Japan",
     "In a speech to the House of Representatives on Tuesday, the Minister outlined new aid.\n\n"
     "The cabinet will contribute 3 billion yen to the NATO trust fund for Ukraine.", "JPN"),
    ("Spanish Ministry of Defence",
     "In a hearing before Congress on Tuesday, the minister presented the new package.\n\n"
     "The cabinet will send 1,000 million euros in military aid to Ukraine this year.", "ESP"),
    ("New Zealand Government (Beehive.govt.nz)",
     "In a report to the House of Representatives, the Minister of Defence described the support.\n\n"
     "The cabinet will put a further NZ$12 million into the drone coalition.", "NZL"),
])
def test_a_shared_legislature_in_a_government_statement_is_that_governments(outlet, text, donor):
    found = _donors(text, outlet)
    assert found and {d for d, _ in found} == {donor}


def test_the_us_legislature_in_a_news_story_stays_the_us():
    text = "The House of Representatives approved $61 billion in military aid for Ukraine on Saturday."
    assert {d for d, _ in _donors(text, "Atlantic Wire")} == {"USA"}


@pytest.mark.parametrize("outlet, text, donor", [
    ("Government of the Netherlands",
     "Germany delivered two more Patriot launchers last week.\n\nThe cabinet will make 500 million euros available "
     "for drones.", "NLD"),
    ("Norwegian Ministry of Defence",
     "Sweden has sent 10 CV90 vehicles. The government will give NOK 2 billion to Ukraine's air defence.", "NOR"),
    ("Danish Ministry of Defence",
     "The United States announced a new package on Monday.\n\nThe ministry will put DKK 300 million into the Danish "
     "model.", "DNK"),
    ("UK Ministry of Defence",
     "France has sent more Caesar guns. The Defence Secretary said the government will put £50 million into the drone "
     "coalition.", "GBR"),
])
def test_the_cabinet_of_a_government_statement_is_the_issuer_not_the_country_named_before(outlet, text, donor):
    assert [d for d, amount in _donors(text, outlet) if amount] == [donor]
    # in a news story the reference stands for the country the text speaks of
    assert [d for d, amount in _donors(text, "Atlantic Wire") if amount] != [donor]
