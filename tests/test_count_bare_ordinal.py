"""An ordinal right before a system's name counts one of it, with its article or without it (the terse style of
posts and machine translations: "second ASC 890 is here"). Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, expected", [
    ("Sweden will send its second ASC 890 to Ukraine.", ("SWE", "ASC 890", 1, "pledged")),
    ("Kyiv received its third HIMARS from the US on Monday.", ("USA", "HIMARS", 1, "delivered")),
    ("Germany delivered second Patriot system to Ukraine, ministry says.", ("DEU", "Patriot", 1, "delivered")),
])
def test_an_ordinal_before_the_name_counts_one(text, expected):
    assert [(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Stockholm is studying to give second plane of early warning ASC 890 to Kyiv.", ("SWE", 1)),
    ("Also, Germany passed third battery of air defence IRIS-T to the Ukrainian army.", ("DEU", 1)),
    ("Norway has delivered second launcher NASAMS, reports the ministry.", ("NOR", 1)),
    ("Italy is weighing whether to send the second battery of SAMP/T.", ("ITA", None)),
])
def test_a_bare_ordinal_then_the_class_before_the_name_counts_one(text, expected):
    assert [(p.donor, p.quantity_value) for p in extract(text)] == [expected]
