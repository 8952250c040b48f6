"""A definite word for a system named shortly before ("the missile", "the tanks") that a refusal or a hedge
governs is a fact of its own about that system (README rule 11), not the item told again. Sentences of our
own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("The Storm Shadow is a British cruise missile. London has refused to send the missile to Ukraine.",
     ("GBR", "Storm Shadow", "refused")),
    ("Lisbon still operates Leopard 2A6 tanks. Lisbon is considering sending the tanks to Ukraine.",
     ("PRT", "Leopard 2A6", "considering")),
])
def test_a_definite_word_governed_by_a_refusal_or_a_hedge_is_the_system_named_before(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [expected]


def test_a_definite_word_told_again_gives_no_second_record():
    text = "Lisbon delivered Leopard 2A6 tanks in May. The tanks arrived in Kharkiv."
    assert [(r[1], r[-1]) for r in rows(text)] == [("Leopard 2A6", "delivered")]
