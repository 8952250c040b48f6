"""An alliance's integrated air defence is a network, no item given (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, kept", [
    ("Germany pledged two IRIS-T systems to Kyiv; Berlin also contributes to NATO's integrated air defence.",
     {("DEU", "IRIS-T")}),
    ("Spain will send six Leopard 2A4 tanks to Ukraine, while Madrid also backs NATO's integrated air defence.",
     {("ESP", "Leopard 2A4")}),
])
def test_an_integrated_air_defence_is_no_item(text, kept):
    assert {(p.donor, p.system) for p in extract(text)} == kept
