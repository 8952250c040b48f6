"""One year's budget for Ukraine told as a rise ("Norway's budget line for Ukraine rises to NOK 15 billion in
2025") is that year's pledge at the rule stage, not a running total (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from aidledger.extractor.pipeline import rule_stage_records
from aidledger.model import Document


def _rule_amounts(text):
    _, found, _ = rule_stage_records(Document(id="t", text=text, published=dt.date(2024, 3, 1)))
    return [(p.donor, int(p.amount), p.status) for p in found if p.amount is not None]


@pytest.mark.parametrize("text, expected", [
    ("Norway's budget line for Ukraine rises to NOK 15 billion in 2025.", ("NOR", 15_000_000_000, "pledged")),
    ("Denmark's allocation for Ukraine's armed forces increases to DKK 9 billion next year.",
     ("DNK", 9_000_000_000, "pledged")),
    ("The Dutch budget for military support to Kyiv grows to EUR 3 billion for 2026.",
     ("NLD", 3_000_000_000, "pledged")),
])
def test_one_years_budget_told_as_a_rise_is_a_pledge(text, expected):
    assert _rule_amounts(text) == [expected]


def test_a_running_total_told_as_a_rise_stays_no_pledge():
    assert _rule_amounts("Sweden's support has risen to SEK 40 billion since the invasion.") == []
    assert _rule_amounts("Norway's budget line for Ukraine rises to NOK 15 billion in 2025.") != []


def test_a_civilian_part_told_beside_a_military_line_is_no_record():
    found = _rule_amounts("Finland's 2027 budget contains EUR 900 million for military aid to Ukraine, with a civilian "
                          "part of EUR 200 million on top.")
    assert [a for _, a, _ in found] == [900_000_000]


@pytest.mark.parametrize("text", [
    "Austria's 2027 budget sets aside 800 million euros for military aid to Ukraine, 100 million more than last year.",
    "Portugal will give EUR 250 million for arms for Kyiv in 2027, EUR 50 million more than last year.",
])
def test_the_line_before_a_year_on_year_difference_stands(text):
    assert [a for _, a, _ in _rule_amounts(text)] == [int(text.split(" million")[0].split()[-1]) * 1_000_000]


def test_a_difference_to_this_year_is_no_record():
    assert _rule_amounts("Ireland's line for next year is EUR 40 million more than this year.") == []


@pytest.mark.parametrize("text", [
    "The draft 2027 budget of Denmark sets aside DKK 9 billion for Ukraine's army.",
    "Denmark's draft budget for 2027, presented on Tuesday, contains DKK 9 billion for military support to Ukraine.",
])
def test_a_governments_draft_budget_line_is_its_pledge(text):
    # own13/own14 annotation: annual lines, draft budget lines included, are pledged money records
    assert _rule_amounts(text) == [("DNK", 9_000_000_000, "pledged")]


def test_a_budget_project_a_parliament_debates_is_weighed():
    text = "The deputies of the Folketing were debating the project of the budget with DKK 9 billion for Kyiv's army."
    assert [s for _, _, s in _rule_amounts(text)] == ["considering"]


def test_one_years_support_that_stands_at_a_sum_is_that_years_line():
    assert _rule_amounts("The UK's military aid for Ukraine this year stands at £3.2 billion.") == [
        ("GBR", 3_200_000_000, "pledged")]
    assert _rule_amounts("Total UK support since 2022 stands at £12 billion.") == []
    assert _rule_amounts("The fund's ceiling for 2021-2027 stands at more than €9 billion.") == []


def test_the_recipient_as_the_one_helped_does_not_make_the_clause_the_recipients():
    text = ("Denmark's new package was approved today. The framework for military support to Ukraine in 2027 is "
            "DKK 20 billion.")
    assert _rule_amounts(text) == [("DNK", 20_000_000_000, "pledged")]


def test_a_groups_support_for_ukraine_in_a_year_is_no_donors_line():
    assert _rule_amounts("Allied military support for Ukraine in 2027 totals over EUR 30 billion, NATO said.") == []


@pytest.mark.parametrize("text, expected", [
    ("Estonia has promised 0.3 percent of its GDP for Ukraine's defence every year, which next year comes to about "
     "EUR 120 million.", ("EST", 120_000_000, "pledged")),
    ("Sweden's military support for Ukraine amounts to SEK 40 billion in 2026, the government said.",
     ("SWE", 40_000_000_000, "pledged")),
    ("Latvia keeps a yearly military aid line for Ukraine, part of the state budget, which totals EUR 90 million "
     "for 2026.", ("LVA", 90_000_000, "pledged")),
])
def test_one_years_figure_told_by_a_line_verb_is_that_years_pledge(text, expected):
    assert _rule_amounts(text) == [expected]
