"""An alliance's integrated air defence is a network, no item given (sentences of our own)."""

from __future__ import annotations

from aidledger.extractor import extract


def test_an_integrated_air_defence_is_no_item():
    text = "Germany pledged two IRIS-T systems to Kyiv; Berlin also contributes to NATO's integrated air defence."
    assert {(p.donor, p.system) for p in extract(text)} == {("DEU", "IRIS-T")}
