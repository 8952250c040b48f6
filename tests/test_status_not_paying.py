"""Not paying for an item is a refusal (README rule 11), not the funding that "pay for" alone tells. Sentences of
our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Dublin said Ireland would not pay for lethal equipment via the peace fund.", ("IRL", "lethal weapons")),
    ("Vienna won't pay for ammunition for Ukraine.", ("AUT", "ammunition")),
    ("Bern does not pay for weapons for Kyiv, the minister said.", ("CHE", "weapons")),
    ("Denmark will not help pay for the F-16 jets.", ("DNK", "F-16")),
    ("Rome would not pay for Storm Shadow missiles for Kyiv either.", ("ITA", "Storm Shadow")),
])
def test_not_paying_for_an_item_refuses_it(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]
