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
