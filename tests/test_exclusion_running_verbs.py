"""Running totals told with other verbs than "totals" or "brings to": a total that passes a mark ("now tops", "has
surpassed", "climbed past", "went past the ... mark", "now sits at"), money given since a day ("since 24 February
2022", "since February 24, 2022", "since March of 2022 year"), and a difference told as "the increase of X" are no
pledges (README rules 5 and 6); a pledge told before the total that it passes stays (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text", [
    "Canadian military assistance to Kyiv now tops C$2.4 billion, officials in Ottawa said.",
    "Polish military aid delivered to the Kiev regime has surpassed 3 billion dollars, the agency said.",
    "U.S. security assistance to Ukraine under this Administration now surpasses $44 billion.",
    "The value of Finnish defence materiel aid climbed past 2 billion euros with this package.",
    "Dutch support went past the 5 billion euro mark this spring, the minister said.",
    "Australia's support for Ukraine now sits at more than A$1.3 billion.",
])
def test_a_total_that_passes_a_mark_is_no_pledge(text):
    assert [p for p in extract(text, published="2025-03-01") if p.amount is not None] == []


@pytest.mark.parametrize("text", [
    "Since 24 February 2022, Latvia has provided Ukraine with military aid worth over 400 million euros.",
    "Ukraine has been given defence aid worth 250 million euros by Lisbon since February 24, 2022.",
    "In total Denmark transfered to Ukraine help for more than 60 billion kroner since March of 2022 year.",
    "Since 24 February, the Czech Republic has sent Kyiv material worth 4 billion crowns.",
])
def test_money_given_since_a_day_is_a_running_total(text):
    assert [p for p in extract(text, published="2025-03-01") if p.amount is not None] == []


def test_the_increase_of_an_amount_is_a_difference():
    assert extract("Lisbon's aid for 2025 is set. The increase of €110 million over last year is the largest yet.",
                   published="2025-03-01") == []


def test_a_pledge_before_the_total_it_passes_stays():
    got = extract("Berlin will provide a further €500 million to Ukraine, topping €7 billion for the year.",
                  published="2025-03-01")
    assert [(p.donor, p.amount, p.status) for p in got] == [("DEU", 500_000_000, "pledged")]
