"""The S-400, a Russian system a few non-Russian states own, is a named system: its refusal to Ukraine is a
record (README rule 11). Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def _found(text):
    return [(p.donor, p.system, p.status) for p in extract(text)]


@pytest.mark.parametrize("text, donor", [
    ("A spokesman ruled out handing Turkey's S-400 systems to Ukraine.", "TUR"),
    ("Ankara again said no to any transfer of its S-400 batteries.", "TUR"),
    ("New Delhi will not send its S-400 to Kyiv, the minister said.", "IND"),
    ("Washington urged Ankara to pass its S-400 to Kyiv, but Turkey refused to hand over the S-400.", "TUR"),
    ("Turkey has no intention of giving up its S-400 systems, officials said.", "TUR"),
])
def test_a_refused_s400_is_a_record(text, donor):
    assert (donor, "S-400", "refused") in _found(text)

