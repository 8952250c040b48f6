"""A count "of the same type" counts the system named before it in the sentence (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, expected", [
    ("Berlin will hand over a fifth IRIS-T SLM fire unit in May, an official said, and will pay for a further 8 "
     "launchers of the same type to be built by the maker.", ("DEU", "IRIS-T SLM", 8, "funded")),
    ("Norway sent two NASAMS batteries in 2022 and will send four more of the same type next year.",
     ("NOR", "NASAMS", 4, "pledged")),
    ("The Netherlands delivered 14 Leopard 2A4 tanks and promised another ten vehicles of the same model.",
     ("NLD", "Leopard 2A4", 10, "pledged")),
])
def test_a_count_of_the_same_type_is_of_the_system_named_before(text, expected):
    assert expected in [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)]


def test_a_count_of_the_same_type_without_a_status_of_its_own_is_no_record():
    text = "Norway sent two NASAMS batteries in 2022; the Norwegian army keeps six of the same type."
    assert [(p.system, p.quantity_value) for p in extract(text)] == [("NASAMS", 2)]


@pytest.mark.parametrize("text, expected", [
    ("Croatia is weighing another batch of Mi-8 helicopters, after giving Ukraine 14 of the type in 2024.",
     [("HRV", "Mi-8", None, "considering"), ("HRV", "Mi-8", 14, "delivered")]),
    ("Portugal is weighing whether to send another batch of Mi-8 helicopters, having already handed Kyiv six of "
     "the type last year.", [("PRT", "Mi-8", None, "considering"), ("PRT", "Mi-8", 6, "delivered")]),
    ("Croatia is thinking about sending more Mi-8 helicopters, having already given Ukraine 14 Mi-8 helicopters "
     "in 2024.", [("HRV", "Mi-8", None, "considering"), ("HRV", "Mi-8", 14, "delivered")]),
    ("After sending 20 tanks, Spain will now send 10 more.",
     [("ESP", "tanks", 20, "delivered"), ("ESP", "tanks", 10, "pledged")]),
])
def test_a_count_of_the_type_given_before_the_hedge_is_delivered(text, expected):
    got = [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text, published="2025-03-01")]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_a_class_noun_described_by_the_type_stays_itself():
    got = extract("Norway will send 10 NASAMS launchers and 4 radars of the type used with them.",
                  published="2025-03-01")
    assert sorted((p.system, p.quantity_value) for p in got) == [("NASAMS", 10), ("radars", 4)]
