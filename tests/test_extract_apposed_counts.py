"""A count told in an apposition right after the item, between commas or dashes, counts that item, as roundups
and analyses tell an entry (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Spain's Hawk launchers, six in all, have reached Ukraine.", ("ESP", "Hawk", 6, "delivered")),
    ("Norway's NASAMS, two fire units, were delivered to Kyiv last year.", ("NOR", "NASAMS", 2, "delivered")),
    ("Sweden sent Archer howitzers, eight so far, to Ukraine, the army said.", ("SWE", "Archer", 8, "delivered")),
    ("The Netherlands has delivered PzH 2000 howitzers, at least eight to date, to Ukraine.",
     ("NLD", "PzH 2000", 8, "delivered")),
    ("Lithuania's M577 carriers, 10 units, have reached Ukraine, the ministry said.",
     ("LTU", "M577", 10, "delivered")),
    ("Estonia's K9 howitzers, six so far, have arrived in Ukraine.", ("EST", "K9 Thunder", 6, "delivered")),
])
def test_a_count_in_an_apposition_counts_the_item(text, expected):
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]



@pytest.mark.parametrize("text, expected", [
    ("Pledges this week:\nLatvia – Stinger missiles, 300\nFinland – trucks", ("LVA", "Stinger", 300)),
    ("New aid:\n- Finland: trucks, 40.\n- Poland: Krab howitzers", ("FIN", "trucks", 40)),
    ("Allies this week:\nEstonia – Javelin missiles, 120\nLatvia – Stinger missiles", ("EST", "Javelin", 120)),
])
def test_a_count_that_closes_a_lists_entry_after_a_comma_counts_its_item(text, expected):
    assert expected in [(r[0], r[1], r[2]) for r in rows(text)]

