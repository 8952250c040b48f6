"""A donor's armed forces by their own names ("from RAF stocks", "Forsvaret will transfer") name the donor
(sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, donor", [
    ("Across the Channel, officials are looking at whether more Storm Shadow missiles can be released from RAF "
     "stocks.", "GBR"),
    ("Forsvaret will transfer 20 M113 vehicles from its reserves.", "NOR"),
    ("Försvarsmakten is handing over 12 more CV90s this spring.", "SWE"),
    ("The Royal Navy will give Kyiv two minehunters.", "GBR"),
])
def test_the_armed_forces_name_their_country(text, donor):
    assert [p.donor for p in extract(text, published="2025-03-01")] == [donor]
