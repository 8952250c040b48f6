"""An anniversary an announcement marks ("..., marking three years since Russia's invasion") is the day the pledge
marks, not a running total since then (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Chile is putting US$5 million into the demining coalition for Ukraine, the foreign minister announced today, "
     "marking four years since the invasion began.", ("CHL", 5_000_000, "funded")),
    ("Marking two years since the start of the war, Canberra pledged A$50 million in military aid for Ukraine.",
     ("AUS", 50_000_000, "pledged")),
])
def test_a_pledge_that_marks_an_anniversary_is_no_total(text, expected):
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [expected]

