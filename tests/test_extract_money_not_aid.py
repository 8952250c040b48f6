"""Sums that are told beside aid but are no aid fact: what analysts reckon something is worth, a difference with
earlier years, what a donor has given since a month or a season, the value of frozen assets, and a sale Ukraine is
cleared to make (README rules 5, 6, 10). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


def _amounts(text):
    return [r[3] for r in rows(text) if r[3]]


@pytest.mark.parametrize("text, figure", [
    ("Berlin will send another IRIS-T battery; the price was not given, but analysts put a whole battery at more "
     "than $900 million.", 900_000_000),
    ("Experts value each Patriot fire unit at about €1 billion, so Oslo's offer is large.", 1_000_000_000),
    ("Sweden will hand over a Gripen squadron; analysts value such a squadron at more than $1.5 billion.",
     1_500_000_000),
    ("Norway pledged more NASAMS launchers on Monday. Observers put Oslo's offer at about NOK 3 billion.",
     3_000_000_000),
    ("Germany will send a second brigade set; think-tank experts put a full set at about €2 billion.", 2_000_000_000),
])
def test_what_outside_experts_reckon_something_is_worth_is_no_pledge(text, figure):
    assert figure not in _amounts(text)


@pytest.mark.parametrize("text, difference", [
    ("Oslo's NOK 15 billion for 2025 is NOK 3 billion more than in each of the previous two years; only the 15 "
     "billion is new.", 3_000_000_000),
    ("Copenhagen's line for next year is DKK 2 billion greater than in the previous two years.", 2_000_000_000),
    ("At €4 billion, Berlin's line for Kyiv is €500 million less than in the preceding budget year.", 500_000_000),
    ("That is SEK 1 billion more than the year before, the minister told the Riksdag.", 1_000_000_000),
])
def test_a_difference_with_earlier_years_is_no_pledge(text, difference):
    assert difference not in _amounts(text)


def test_the_figure_compared_with_earlier_years_stays_a_record():
    text = "Oslo's NOK 15 billion for 2025 is NOK 3 billion more than in each of the previous two years."
    assert _amounts(text) == [15_000_000_000]


@pytest.mark.parametrize("text", [
    "The Czech army has handed Kyiv kit worth about 2.4 billion crowns since April, a spokeswoman said.",
    "Oslo has sent equipment worth NOK 900 million to Kyiv since last summer.",
    "Portugal has delivered arms worth 120 million euros since March, the minister said.",
    "Slovakia has transferred 45 million euros in ammunition since the spring, without itemising it.",
    "Since January, Lithuania has provided military aid of about 70 million euros.",
])
def test_money_given_since_a_month_or_a_season_is_a_running_total(text):
    assert _amounts(text) == []
    # a new package told beside the month is still a pledge
    assert _amounts("Norway will send NOK 900 million in new aid, its first package since February.") == [900_000_000]


@pytest.mark.parametrize("text", [
    "A further €190 billion of the Kremlin's assets remain immobilised at a Belgian depository.",
    "The EU says €190 billion of Moscow's assets remain immobilised at a Belgian depository.",
])
def test_the_value_of_frozen_assets_is_no_aid(text):
    assert _amounts(text) == []


@pytest.mark.parametrize("text", [
    "Washington has cleared Kyiv to buy 2,000 guided bombs, the State Department said, putting the value at "
    "$600 million.",
    "The State Department approved Ukraine to purchase Hawk missile spare parts worth $150 million.",
    "The US administration has authorised Kyiv to buy 40 armoured recovery vehicles for $120 million.",
])
def test_a_sale_ukraine_is_cleared_to_make_is_no_aid(text):
    assert rows(text) == []
    # a fund that lets Ukraine buy is aid
    assert _amounts("France has put 100 million euros into a fund that allows Ukraine to buy equipment from French "
                    "makers.") == [100_000_000]
