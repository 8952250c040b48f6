"""A delivered part told with the promised whole after it, the whole's noun left out ("six helicopters are in
Ukraine, the first of the 10 Zagreb agreed to hand over"): the whole is a pledge of the same item (sentences of
our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, donor, part, whole", [
    ("Zagreb said six Mi-8 helicopters are now in Ukraine, the first of the 10 it agreed to hand over.", "HRV", 6, 10),
    ("Slovenia said 3 tanks have arrived in Ukraine, the first of the 20 Ljubljana promised.", "SVN", 3, 20),
    ("Sweden has delivered 5 Archer howitzers, part of the 12 that Stockholm pledged in May.", "SWE", 5, 12),
    ("Portugal handed over 2 ambulances on Monday, the last of the 28 Lisbon had promised.", "PRT", 2, 28),
    ("Belgium has sent 10 trucks to Ukraine, the first batch of the 40 Brussels agreed to supply.", "BEL", 10, 40),
])
def test_the_whole_told_after_a_delivered_part_is_a_pledge(text, donor, part, whole):
    found = sorted((p.status, p.donor, p.quantity_value) for p in extract(text))
    assert found == [("delivered", donor, part), ("pledged", donor, whole)]
    # (a year after "the first of" is no whole)
    assert [p.quantity_value for p in extract(text.split(",")[0] + ", the first of 2024.")] == [part]

