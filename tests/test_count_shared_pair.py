"""One count shared by two systems named together ("40 Marder and Bradley vehicles") is one record with the
count; the other name of the pair gives none (README rules 1 and 9). Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def _found(text):
    return sorted(((p.donor, p.system, p.quantity_value, p.status) for p in extract(text)), key=str)


@pytest.mark.parametrize("text, expected", [
    ("Germany will provide 40 Marder and Bradley vehicles in total.", [("DEU", "Marder", 40, "pledged")]),
    ("The US will send 20 Bradley and Stryker vehicles.", [("USA", "Bradley", 20, "pledged")]),
    ("Sweden has delivered 12 Archer and Caesar howitzers, the defence ministry said.",
     [("SWE", "Archer", 12, "delivered")]),
    ("Poland handed over 14 PT-91 and T-72 tanks last month.", [("POL", "PT-91", 14, "delivered")]),
])
def test_the_second_name_of_a_counted_pair_gives_no_record(text, expected):
    assert _found(text) == expected

