"""Money a donor commits for production of counted items for Ukraine ("committed £50 million to produce 2,000
drones for Ukraine") gives the count a record of its own (README rule 3), not a donor's own industry (sentences
of our own). An apposition that names an item's maker (", a vehicle developed by British engineers,") describes
the item: no production."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.extractor import extract


@pytest.mark.parametrize("text, expected", [
    ("London committed £200 million to produce 40,000 drones for Ukraine over the year.", ("GBR", 40000, "pledged")),
    ("Copenhagen will provide DKK 300 million to manufacture 18 howitzers for Ukraine's armed forces.",
     ("DNK", 18, "pledged")),
    ("Oslo pledged NOK 400 million to produce 3,000 drones for the Ukrainian army.", ("NOR", 3000, "pledged")),
])
def test_a_count_produced_for_ukraine_with_committed_money_is_a_record(text, expected):
    assert expected in [(r[0], r[2], r[-1]) for r in rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("DENMARK — Tue: DKK 1 bn for air defence systems built by Danish industry for Ukraine.",
     ("DNK", 1_000_000_000)),
    ("Oslo set aside NOK 2 billion for radars made by Norwegian firms for the Ukrainian army.", ("NOR", 2_000_000_000)),
    ("Sweden's new package totals SEK 8 billion. Of that sum, 2.5 billion kronor is earmarked for long-range "
     "drones to be built by factories in Ukraine under Swedish-financed contracts.", ("SWE", 2_500_000_000)),
])
def test_money_for_arms_made_for_ukraine_or_under_contracts_the_donor_pays_is_aid(text, expected):
    assert expected in [(r[0], r[3]) for r in rows(text)]


def test_praise_of_what_the_front_needs_is_no_request():
    text = ("Prime Minister of Finland Petteri Orpo: new package of 90 million euro for our drones, "
            "just what the front needs.")
    assert [(r[0], r[3]) for r in rows(text)] == [("FIN", 90_000_000)]


@pytest.mark.parametrize("text, expected", [
    ("Britain will send 10 Stormer launchers, a vehicle developed by British engineers, together with 200 Starstreak "
     "missiles and four radars.", [("GBR", "Starstreak", 200), ("GBR", "Stormer", 10), ("GBR", "radars", 4)]),
    ("Britain's new package includes 12 Stormer launchers, a vehicle developed by British engineers, and 300 "
     "Starstreak missiles.", [("GBR", "Starstreak", 300), ("GBR", "Stormer", 12)]),
    ("The Danish package contains 18 Caesar howitzers, a gun built by KNDS in France, and 5,000 shells.",
     [("DNK", "Caesar", 18), ("DNK", "artillery shells", 5000)]),
    ("Oslo will give 6 NASAMS launchers, the system made by Kongsberg with Raytheon, as well as 40 trucks.",
     [("NOR", "NASAMS", 6), ("NOR", "trucks", 40)]),
    ("Berlin's list includes 30 Dingo vehicles, an armoured car built by KNDS, plus 20 Biber bridge layers.",
     [("DEU", "Biber", 20), ("DEU", "Dingo", 30)]),
])
def test_an_apposition_naming_an_items_maker_describes_it_and_blocks_no_item_of_the_list(text, expected):
    assert sorted((p.donor, p.system or p.item_text, p.quantity_value) for p in extract(text)) == expected
