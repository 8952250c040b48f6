"""A conversion of an amount into another currency is never a record of its own (README rule 13), also
when it is not in brackets: ", or about US$...", "the equivalent of ...", "That is about ...", "In U.S.
dollars the package is worth ...". Every sentence here is the project's own."""

from __future__ import annotations

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def _amounts(text: str) -> set[tuple[str, float, str]]:
    found = extract_document(Document(id="t", text=text, published=dt.date(2024, 6, 1)))[0]
    return {(r.donor, float(r.amount), r.currency) for r in found if r.amount is not None}


@pytest.mark.parametrize("text", [
    "New Zealand will give NZ$40 million in military aid to Ukraine, or about US$24 million.",
    "New Zealand will give NZ$40 million in military aid to Ukraine, the equivalent of US$24 million.",
    "New Zealand will give NZ$40 million in military aid to Ukraine, which is roughly US$24 million.",
    "New Zealand will give NZ$40 million in military aid to Ukraine. That is about US$24 million.",
    "New Zealand will give NZ$40 million in military aid to Ukraine.\n\nThe first items are trucks.\n\n"
    "(In U.S. dollars the package is worth about US$24 million.)",
])
def test_a_stated_conversion_gives_no_record(text):
    assert _amounts(text) == {("NZL", 40e6, "NZD")}


def test_two_donors_amounts_in_two_currencies_are_two_records():
    text = "Sweden will give SEK 2 billion to Ukraine, and Finland will give 100 million euros."
    assert _amounts(text) == {("SWE", 2e9, "SEK"), ("FIN", 100e6, "EUR")}


def test_a_further_amount_in_the_same_currency_is_no_conversion():
    text = "Norway will give NOK 1 billion to Ukraine this year, or about NOK 2 billion over two years."
    assert ("NOR", 2e9, "NOK") in _amounts(text)


@pytest.mark.parametrize("text", [
    "Norway will give NOK 3 billion (approx EUR 260 million) for air defence for Ukraine.",
    "Norway will give NOK 3 billion (app. EUR 260 million) for air defence for Ukraine.",
    "Norway will give NOK 3 billion (appr. EUR 260 million) for air defence for Ukraine.",
    "Norway will give NOK 3 billion (ca EUR 260 million) for air defence for Ukraine.",
    "Norway will give NOK 3 billion (circa EUR 260 million) for air defence for Ukraine.",
])
def test_a_bracketed_conversion_with_an_abbreviated_about_gives_no_record(text):
    assert _amounts(text) == {("NOR", 3e9, "NOK")}
