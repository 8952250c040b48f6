"""A swap refused: the donor declines to trade its own items for another country's; the refused item is the donor's
own, what it would get back is no aid to Ukraine (README rule 10). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Croatia has so far declined to swap its M-84 tanks for German Leopards.", ("HRV", "M-84")),
    ("Greece refused to exchange its BMP-1 vehicles for German Marders, the ministry said.", ("GRC", "BMP-1")),
    ("Slovenia refused to trade its M-55S tanks for German Leopard 2A4 tanks.", ("SVN", "M-55S")),
])
def test_a_refused_swap_refuses_the_donors_own_item_only(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]


def test_the_second_of_two_items_received_in_exchange_is_no_aid():
    text = ("Slovakia is considering sending some of its BVP-2 carriers to Ukraine in exchange for German Boxer "
            "and Dingo vehicles, an official said.")
    assert [(r[0], r[-1]) for r in rows(text)] == [("SVK", "considering")]
