"""Money a donor commits for production of counted items for Ukraine ("committed £50 million to produce 2,000
drones for Ukraine") gives the count a record of its own (README rule 3), not a donor's own industry (sentences
of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("London committed £200 million to produce 40,000 drones for Ukraine over the year.", ("GBR", 40000, "pledged")),
    ("Copenhagen will provide DKK 300 million to manufacture 18 howitzers for Ukraine's armed forces.",
     ("DNK", 18, "pledged")),
    ("Oslo pledged NOK 400 million to produce 3,000 drones for the Ukrainian army.", ("NOR", 3000, "pledged")),
])
def test_a_count_produced_for_ukraine_with_committed_money_is_a_record(text, expected):
    assert expected in [(r[0], r[2], r[-1]) for r in rows(text)]
