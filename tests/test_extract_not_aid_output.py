"""What a country's industry turns out, and what Ukraine now operates, are no aid facts (README rule 10: a donor's
own industry, inventories): the count of a production rate or of an inventory gives no record (sentences of our
own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Estonian firms now turn out roughly 800 FPV drones a month, the industry association said, and export most.",
    "Polish plants churn out 5,000 artillery shells a week, most of them booked by the Polish army.",
    "Rheinmetall says its plants in Lower Saxony will turn out 400,000 shells a year by 2027.",
    "Numbers of the week: 8 - Patriot batteries Ukraine now operates, according to the general staff.",
])
def test_a_rate_of_output_or_what_ukraine_operates_is_no_record(text):
    assert rows(text) == []


def test_a_gift_beside_an_industry_figure_stays_a_record():
    text = ("Estonia will send 300 FPV drones to Ukraine this month; Estonian firms now turn out roughly 800 FPV "
            "drones a month.")
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == [("EST", 300, "pledged")]
