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



@pytest.mark.parametrize("text, donor, whole", [
    ("Britain has handed over a first batch of Stormer vehicles, the first of 12 London committed in June.", "GBR", 12),
    ("Paris has delivered its first Caesar howitzers, part of the 18 France pledged in the spring.", "FRA", 18),
    ("Germany handed over IRIS-T launchers on Monday, the first of three Berlin promised.", "DEU", 3),
])
def test_the_whole_told_after_a_delivery_without_a_count_is_a_pledge(text, donor, whole):
    found = sorted((p.status, p.donor, p.quantity_value) for p in extract(text))
    assert found == [("delivered", donor, None), ("pledged", donor, whole)]


@pytest.mark.parametrize("text, donor, part, whole", [
    ("Five Caesar guns reached Kyiv on Friday, the first batch of the 24 promised by Paris.", "FRA", 5, 24),
    ("Four Leopard 1 tanks were handed over in May, the first of the 30 pledged by Copenhagen.", "DNK", 4, 30),
    ("Nine Archer howitzers have reached the front, part of the 18 promised by Sweden last year.", "SWE", 9, 18),
    ("Two IRIS-T launchers reached Ukraine on Monday, the last of the 6 pledged by Berlin in 2023.", "DEU", 2, 6),
])
def test_a_whole_promised_by_a_giver_is_no_ordinal_part_of_its_own(text, donor, part, whole):
    # "the first batch of the 24 promised by Paris" is the whole the delivered part belongs to, not a part whose giver
    # is Paris (counted one)
    found = sorted((p.status, p.donor, p.quantity_value) for p in extract(text))
    assert found == [("delivered", donor, part), ("pledged", donor, whole)]


@pytest.mark.parametrize("text, donor, part, total", [
    ("Germany's defence ministry says two more Gepard guns were handed over, for a total of 40 so far.", "DEU", 2, 40),
    ("Berlin handed over 5 more Dachs vehicles, for a total of 15 to date.", "DEU", 5, 15),
    ("Oslo has sent 3 more NASAMS launchers to Kyiv, for a total of 9 so far.", "NOR", 3, 9),
    ("Denmark delivered another 6 Leopard 1 tanks last week, for a total of 30 to date.", "DNK", 6, 30),
    ("Prague said 4 more Dana howitzers have arrived in Ukraine, for a total of 20 so far.", "CZE", 4, 20),
])
def test_a_running_total_of_deliveries_after_a_delivered_batch_is_delivered(text, donor, part, total):
    found = sorted((p.status, p.donor, p.quantity_value) for p in extract(text))
    assert found == [("delivered", donor, part), ("delivered", donor, total)]
