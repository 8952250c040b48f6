"""The weapons a system is armed with or mounts are part of it, no item given ("The boats are armed with a
12.7mm gun and two grenade launchers"); a count told with a giving verb after the description stays (sentences of
our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def _told(text: str) -> list[tuple]:
    return [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text, published="2025-03-01")]


@pytest.mark.parametrize("description", [
    "The CV90 is armed with a 40mm Bofors cannon and two machine guns.",
    "Each boat, 20 m long, is armed with a 12.7mm machine gun and two grenade launchers.",
    "The vehicle mounts a 30mm autocannon and four Spike missiles.",
])
def test_the_weapons_a_system_is_armed_with_are_no_item(description):
    gift = "Sweden will send 50 CV90 vehicles and two patrol boats to Ukraine. "
    assert _told(gift + description) == _told(gift)
