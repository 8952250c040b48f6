"""An "according to ...," aside that opens a clause names the source of what the clause tells, not the giver, when
the sentence names another donor ("According to the Pentagon, Norway will pay for 12 HIMARS launchers"). Sentences
of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, donor, count", [
    ("According to the Pentagon, Norway will pay for 12 HIMARS launchers for Ukraine.", "NOR", 12),
    ("According to a notice sent to the US Congress, Denmark will fund 400 JDAM-ER kits for Ukraine.", "DNK", 400),
    ("According to Washington, 300 Hellfire missiles for Kyiv will be financed by the Netherlands.", "NLD", 300),
    ("According to the French ministry, 20 more VAB carriers will be funded by Belgium for Ukraine.", "BEL", 20),
    ("According to London, Oslo will pay for 40 Brimstone missiles for Ukraine.", "NOR", 40),
    ("According to Berlin, Denmark will finance 6 IRIS-T SLM launchers for Ukraine.", "DNK", 6),
])
def test_the_source_of_an_according_to_aside_is_no_donor_beside_another(text, donor, count):
    assert {(p.donor, p.quantity_value) for p in extract(text)} == {(donor, count)}

