"""A market's price or rate told in a roundup is no aid (README rule 10: prices): an amount per unit of measure
("$81.20 a barrel", "€38 per megawatt hour") or what a currency trades at ("The euro fell to 1.07 dollars"); and
money a donor still has under an authority ("$4.2 billion of drawdown authority remaining") is no pledge either
(sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text", [
    "MARKETS: Brent crude traded at $81.20 a barrel on Monday morning.",
    "Gold rose to $2,310 an ounce, while wheat futures slipped to $5.80 a bushel.",
    "European gas prices fell to €38 per megawatt hour on Tuesday, traders in Amsterdam said.",
    "Petrol stood at 60 hryvnias per litre at filling stations in Lviv.",
    "Norwegian salmon fetched NOK 95 per kilogram at the Oslo exchange.",
    "Currencies: the euro fell to 1.07 dollars, and the zloty weakened to about 4.3 per euro.",
    "The pound traded at $1.27 after the Bank of England kept rates on hold.",
])
def test_a_markets_price_or_rate_is_no_aid(text):
    assert extract("Norway will donate 12 howitzers to Ukraine.\n\n" + text, published="2025-03-01") == \
        extract("Norway will donate 12 howitzers to Ukraine.", published="2025-03-01")


@pytest.mark.parametrize("text", [
    "The Pentagon has about $4.2 billion of drawdown authority remaining for Ukraine.",
    "We still have roughly $3 billion of presidential drawdown authority left, the spokesman told reporters.",
])
def test_money_left_under_an_authority_is_no_pledge(text):
    assert extract(text, published="2025-03-01") == []
