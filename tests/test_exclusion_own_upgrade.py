"""The standard a donor upgrades its own fleet to ("the rest of the fleet will be converted to Challenger 3")
is its own inventory, no aid (README rule 10), unless a giving verb is nearer the item ("will send 10
Leopard 1 tanks upgraded to the A5 standard"). The sentences are written for this test."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text,kept", [
    ("London decided against sending further Challenger 2 tanks, because the rest of the fleet will be converted "
     "to Challenger 3 for the British Army.", ("GBR", "Challenger 2", "refused")),
    # the reason after the refusal's item speaks of the upgrade, not of the item refused
    ("Canberra ruled out sending more Bushmasters, since its fleet is being converted to Hawkei vehicles.",
     ("AUS", "Bushmaster", "refused")),
])
def test_a_donors_own_upgrade_is_no_aid(text, kept):
    assert [(p.donor, p.system, p.status) for p in extract(text)] == [kept]


def test_an_upgraded_system_given_stays_a_pledge():
    records = extract("Berlin will send 10 Leopard 1 tanks upgraded to the A5 standard.")
    found = [(p.donor, p.quantity_value, p.status) for p in records if "Leopard" in p.system]
    assert found == [("DEU", 10.0, "pledged")]
