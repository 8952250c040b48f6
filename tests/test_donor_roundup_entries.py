"""A roundup's entries, each led by its country's label ("UNITED KINGDOM. Six more guns have arrived, the MoD
said"): an unnamed ministry of an entry speaks for that entry's country, not for the minister another entry named
before it. Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, donor", [
    ("WEEK IN BRIEF\n\nSPAIN. Madrid will send more Aspide missiles, Defence Minister Margarita Robles told "
     "parliament.\n\nUNITED KINGDOM. Four more AS-90 guns have arrived in Ukraine, the MoD said on Monday.", "GBR"),
    ("DIGEST\n\nITALY. Rome will send more air defence missiles, Defence Minister Guido Crosetto said.\n\n"
     "POLAND. Ten more Rosomak vehicles have reached Ukraine, the MoD confirmed.", "POL"),
    ("Aid notes, 4 May\n\nGERMANY. Defence Minister Boris Pistorius said Berlin would send more Gepard guns.\n\n"
     "NORWAY. Six more M109 guns have been handed over to Ukraine, the MoD said on Friday.", "NOR"),
    ("Ukraine aid, the week\n\nSpain. Defence Minister Margarita Robles promised more Leopard 2A4 tanks.\n\n"
     "Denmark. Eight more Caesar guns have arrived in Ukraine, the MoD told reporters.", "DNK"),
])
def test_the_ministry_of_a_roundup_entry_is_its_own_countrys(text, donor):
    got = extract(text)
    assert got[-1].status == "delivered" and got[-1].donor == donor
