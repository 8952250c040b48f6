"""A donor that weighs a request it received weighs the item (README rule 11, `considering`); the request
alone is no record (rule 10). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Oslo is analysing a Ukrainian request for NASAMS launchers.", ("NOR", "NASAMS")),
    ("Lisbon is processing Kyiv's latest request for Leopard 2A6 tanks.", ("PRT", "Leopard 2A6")),
])
def test_a_donor_analysing_a_request_weighs_the_item(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


def test_the_request_alone_gives_no_record():
    assert rows("Kyiv sent Oslo a request for NASAMS launchers.") == []


@pytest.mark.parametrize("text, status", [
    ("Portugal has been asked to hand over its Hawk launchers, and is considering the request.", "considering"),
    ("Portugal was formally asked to send Hawk launchers, and has refused.", "refused"),
])
def test_the_subject_of_a_passive_asking_is_the_one_who_answers(text, status):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("PRT", "Hawk", status)]
