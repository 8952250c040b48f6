"""Amounts that are no pledge of money: the total value of all of a donor's packages, a total supplied "in total",
and export finance that Ukraine pays back (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "The total value of Denmark's defence materiel packages to Ukraine is now DKK 70 billion.",
    "The total worth of Latvia's donations to Kyiv has reached EUR 700 million, the ministry said.",
    "In total Prague has supplied Kyiv with military equipment worth over 2 billion dollars, the president said.",
    "The £900m UK Export Finance deal for 3,000 missiles is no gift: Ukraine pays for them.",
])
def test_totals_and_export_finance_are_no_money_records(text):
    assert [r for r in rows(text) if r[3] is not None] == []


def test_the_total_value_of_all_packages_is_a_total_of_one_package_is_not():
    assert rows("The total value of Sweden's packages to Ukraine is now SEK 50 billion.") == []
    assert [r[3] for r in rows("The total value of the new Danish package is DKK 4 billion.")] == [4_000_000_000]
