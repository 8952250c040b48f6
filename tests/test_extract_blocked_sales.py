"""A government that blocks or vetoes a sale of arms meant for Ukraine refuses them (README rule 11: a veto of a
transfer is the vetoing state's refusal), though a sale told as such is no aid (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Bern blocked the sale of 40 Piranha vehicles held by a Swiss firm.", ("CHE", "Piranha", 40, "refused")),
    ("Switzerland vetoed the planned sale of 30 Leopard 1 tanks to Kyiv.", ("CHE", "Leopard 1", 30, "refused")),
    ("Berlin blocked the sale of 20 Marder vehicles from a German company to Ukraine.",
     ("DEU", "Marder", 20, "refused")),
])
def test_a_blocked_sale_is_a_refusal(text, expected):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [expected]


def test_a_sale_itself_stays_no_aid():
    assert rows("Bern blocked the sale of 40 Piranha vehicles held by a Swiss firm.") != []
    assert rows("A Swiss firm sold 40 Piranha vehicles to a German dealer.") == []
