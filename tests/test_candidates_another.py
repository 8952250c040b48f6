""""sent one IRIS-T system, and is sending another": "another" or "a second" after a later verb of giving is
one more of the sentence's counted system, in that verb's state (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Norway sent one IRIS-T system to Ukraine in May, and it is sending another.",
    "Oslo delivered one IRIS-T system to Kyiv last year and will deliver a second this spring.",
])
def test_another_after_a_counted_system_is_one_more_pledged(text):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [
        ("NOR", "IRIS-T", 1, "delivered"), ("NOR", "IRIS-T", 1, "pledged")]


def test_another_after_two_counted_systems_is_not_guessed():
    text = "Norway sent one IRIS-T system and two NASAMS launchers to Ukraine, and it is sending another."
    assert all(r[-1] == "delivered" for r in rows(text))


@pytest.mark.parametrize("text, expected", [
    ("Lindqvist said Sweden is adding another 2,000 rounds of 155mm ammunition to the 8,000 already announced.",
     ("SWE", 8000, "pledged")),
    ("Denmark is adding 5 more Leopard tanks to the 10 it had already pledged.", ("DNK", 10, "pledged")),
])
def test_the_count_added_to_that_was_promised_before_is_a_pledge(text, expected):
    from aidledger.extractor import extract

    assert expected in [(p.donor, p.quantity_value, p.status) for p in extract(text)]
