"""A rate of production told with its noun as the subject ("Output at the plant will reach 5,000 drones a month") is
what a maker makes, no aid (README rule 10: support for a donor's own industry; sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract

_GIFT = "Germany will send Ukraine 10 Gepard tanks, the minister said. "


def _told(text: str) -> list[tuple]:
    return [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text, published="2025-03-01")]


@pytest.mark.parametrize("rate", [
    "Production of 35mm ammunition at the Rheinmetall works will reach 300,000 rounds a year in 2026.",
    "Production of Boxer vehicles at the Kassel site could reach 50 units by 2027.",
])
def test_a_rate_of_production_is_no_aid(rate):
    assert _told(_GIFT + rate) == _told(_GIFT)
