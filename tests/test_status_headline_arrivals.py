"""Headlines: a present that tells an arrival, or the weighing of a named system for Ukraine (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "First Swedish Archer guns arrive in Ukraine",
    "12 Swedish Archer guns reach Ukraine",
])
def test_a_headline_arrival_is_a_delivery(text):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("SWE", "Archer", "delivered")]


@pytest.mark.parametrize("text", [
    "Sweden will send 12 Archer guns; they should arrive in Ukraine in May.",
    "Sweden will send 12 Archer guns, which are to reach Ukraine in May.",
])
def test_an_arrival_to_come_stays_a_pledge(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("SWE", "pledged")]


@pytest.mark.parametrize("text", [
    "Sweden weighs Gripen jets for Ukraine",
    "Stockholm mulls more Gripen fighters for Kyiv",
])
def test_a_headline_weighing_a_named_system_for_ukraine_is_considering(text):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("SWE", "Gripen", "considering")]


def test_a_judgement_of_a_system_is_no_weighing():
    assert rows("Sweden considers Gripen the best jet of its class") == []
