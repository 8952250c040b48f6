"""The part of a running total ("takes total aid to $900 million, of which $700 million is military") is a total
too (README rule 5), no pledge; the part of a new package stays a record. Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text", [
    "The new grant takes New Zealand's total support for Ukraine to NZ$ 130 million, of which NZ$ 70 million is "
    "military aid.",
    "Dutch aid since the invasion totals €6 billion, of which about €4 billion is military.",
    "Japan has so far provided $12 billion in all, of which some $1 billion went to non-lethal equipment.",
])
def test_the_part_of_a_running_total_is_no_pledge(text):
    assert not [p for p in extract(text) if p.amount]


def test_the_part_of_a_new_package_stays():
    text = ("Irish aid since the invasion totals €300 million, of which €120 million is military. Dublin will give "
            "€50 million this year, its largest tranche so far, of which €20 million is for demining.")
    assert sorted(float(p.amount) for p in extract(text) if p.amount) == [20_000_000.0, 50_000_000.0]
