"""Two named systems joined in one sentence are two records (README rule 1), each of them a system the catalog
knows (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, donor, status, names", [
    ("Athens again refused to hand its Tor-M1 systems and BMP-1 vehicles to Kyiv.", "GRC", "refused",
     {"Tor-M1", "BMP-1"}),
    ("Warsaw will not part with its K2 tanks or its Homar-K launchers, the minister said.", "POL", "refused",
     {"K2 Black Panther", "Homar-K"}),
    ("Egypt ruled out sending Tor-M2 air defence systems and Mi-8 helicopters to Ukraine.", "EGY", "refused",
     {"Tor-M1", "Mi-8"}),
    ("Poland will send two Homar-A rocket launchers and four Krab howitzers to Ukraine.", "POL", "pledged",
     {"Homar-A", "Krab"}),
])
def test_each_of_two_joined_systems_is_a_record(text, donor, status, names):
    records = extract(text)
    assert {p.system for p in records} >= names
    assert all((p.donor, p.status.value if hasattr(p.status, "value") else p.status) == (donor, status)
               for p in records if p.system in names)
