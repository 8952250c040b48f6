"""Contributions to a pooled scheme whose sum is not told (README rule 11: money put into a fund is funded) or still
open in a list of contributions (considering): a money record of each donor with no amount (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

_PAID = "Nine allies have paid into the NATO fund for Kyiv. "


@pytest.mark.parametrize("text, donors", [
    (_PAID + "Oslo and Copenhagen have also contributed, in undisclosed amounts.", ["NOR", "DNK"]),
    ("Madrid confirmed its participation in PURL, with an amount still to be determined.", ["ESP"]),
    ("Helsinki has contributed an undisclosed sum to the drone coalition.", ["FIN"]),
    ("Riga has joined the ammunition initiative with an unspecified contribution.", ["LVA"]),
    ("Brussels said Belgium paid into the fund but did not disclose the amount.", ["BEL"]),
    (_PAID + "Lisbon has contributed too, without giving a figure.", ["PRT"]),
    ("Vienna made an undisclosed contribution to the NATO trust fund for Ukraine.", ["AUT"]),
    ("Tallinn will contribute an as yet unspecified sum to the maritime coalition.", ["EST"]),
])
def test_a_contribution_of_an_untold_sum_is_funded_money(text, donors):
    got = [r for r in rows(text) if r[1] == "contribution to a joint scheme"]
    assert sorted((r[0], r[2], r[3], r[-1]) for r in got) == sorted((d, None, None, "funded") for d in donors)


@pytest.mark.parametrize("text", [
    "Oslo has contributed to the rebuilding of schools, in undisclosed amounts.",  # no scheme that buys arms
    _PAID + "Other allies have contributed undisclosed sums.",  # others at large, no donor
    _PAID + "Rome may contribute an undisclosed sum later.",  # only possible: not paid
])
def test_no_funded_contribution_without_a_scheme_or_a_payment(text):
    assert not [r for r in rows(text) if r[1] == "contribution to a joint scheme" and r[-1] == "funded"]


@pytest.mark.parametrize("text, donors", [
    ("Pledges to the maritime coalition:\n- Norway: NOK 300 million\n- Finland: under consideration\n"
     "- Ireland: to be decided", ["FIN", "IRL"]),
    ("Drone coalition, new money this week\nLatvia – EUR 15 million\nGreece – amount still being discussed",
     ["GRC"]),
    ("Fund contributions on Friday: Estonia EUR 3 million; Slovenia (under review).", ["SVN"]),
])
def test_an_entry_still_open_in_a_list_of_contributions_is_considering(text, donors):
    got = [r for r in rows(text) if r[1] == "contribution to a joint scheme"]
    assert sorted((r[0], r[2], r[3], r[-1]) for r in got) == sorted((d, None, None, "considering") for d in donors)


def test_an_entry_still_open_in_a_list_of_items_is_no_contribution():
    text = "Requests from Kyiv:\n- tanks: under consideration\n- Germany: to be decided"
    assert not [r for r in rows(text) if r[1] == "contribution to a joint scheme"]
