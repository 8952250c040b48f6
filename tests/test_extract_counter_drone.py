"""Jammers named as counter-drone ("counter-drone jammers", "counter-UAS jammers") are counter-drone systems,
air defence (README rule 14), not electronic warfare in general. Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text", [
    "Norway will send 120 counter-drone jammers to Ukrainian brigades.",
    "Lithuania is sending 40 counter-UAS jammers to Kyiv this month.",
    "Australia will donate 25 anti-UAV jammers, the minister said.",
    "Finland pledged 60 counter-drone jamming systems on Tuesday.",
])
def test_counter_drone_jammers_are_air_defence(text):
    found = [p for p in extract(text) if p.quantity_value]
    assert found and all(p.category == "air_defence" for p in found)
