"""A donor and a bare count that continue a list of counts, in a translation's word order ("and Germany -
additionally 14", "and from Canada additionally four"): the count is of the item before. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Lisbon will hand over 6 howitzers M109, and Madrid - additionally 4.",
    "Lisbon will hand over 6 howitzers M109, Madrid - still 4.",
    "Ukraine will receive from Portugal 6 howitzers M109, and from Spain additionally 4.",
])
def test_a_donor_and_a_count_after_an_adverb_continue_the_list(text):
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [("ESP", "M109", 4), ("PRT", "M109", 6)]
