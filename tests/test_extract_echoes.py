"""A sentence with no item of its own that says another donor did the same ("Austria declined as well",
"France followed suit") gives that donor the item the sentence before told (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Germany has refused to send Taurus missiles. Austria declined as well.", ("AUT", "Taurus", "refused")),
    ("Lisbon refused to hand over its F-16 jets. Athens declined too, citing the threat on its border.",
     ("GRC", "F-16", "refused")),
    ("Britain sent Storm Shadow missiles in May. France followed suit in July.",
     ("FRA", "Storm Shadow", "delivered")),
    ("Norway pledged 20 NASAMS launchers. Canada did the same a month later.", ("CAN", "NASAMS", "pledged")),
])
def test_another_donor_doing_the_same_takes_the_item_before(text, expected):
    assert expected in [(r[0], r[1], r[-1]) for r in rows(text)]


def test_an_echo_needs_a_donor_of_its_own_and_an_item_told_just_before():
    found = [(r[0], r[-1]) for r in rows("Germany refused to send Taurus missiles. Spain refused as well.")]
    assert found == [("DEU", "refused"), ("ESP", "refused")]
    # no donor named: nothing more
    assert [r[0] for r in rows("Germany refused to send Taurus missiles. Kyiv was disappointed as well.")] == ["DEU"]
