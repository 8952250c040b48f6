"""A co-payer named after an item ("8 Caesar howitzers (financed together with Norway)") pays for what the giver
supplies: a funded record with no count of its own (README rules 9 and 11); the giver keeps the count. Sentences
of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def _found(text):
    return sorted(((p.donor, p.system, p.quantity_value, p.status) for p in extract(text)), key=str)


@pytest.mark.parametrize("text, expected", [
    ("New pledges announced at the meeting:\n- Denmark: 8 Caesar howitzers (financed together with Norway)\n"
     "- Sweden: 10 Archer howitzers",
     [("DNK", "Caesar", 8, "funded"), ("NOR", "Caesar", None, "funded"), ("SWE", "Archer", 10, "pledged")]),
    ("Pledges at Ramstein:\n- Canada: 50 armoured vehicles, paid for jointly with Belgium;\n- Finland: 12 Patria "
     "vehicles;", [("BEL", "armoured vehicles", None, "funded"), ("CAN", "armoured vehicles", 50, "funded"),
                   ("FIN", "vehicles", 12, "pledged")]),
    ("Denmark will donate 8 Caesar howitzers, financed together with Norway.",
     [("DNK", "Caesar", 8, "pledged"), ("NOR", "Caesar", None, "funded")]),
    ("Germany will deliver 4 IRIS-T systems, co-financed by Denmark.",
     [("DEU", "IRIS-T", 4, "funded"), ("DNK", "IRIS-T", None, "funded")]),
])
def test_a_co_payer_funds_the_item_the_giver_counts(text, expected):
    assert _found(text) == expected
