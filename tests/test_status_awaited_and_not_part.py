"""A decision awaited ("a decision is awaited", "we wait for their decision") leaves a giving weighed
(``considering``); items "not part of this conversation" are refused (README rule 11). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Spain will send one more Patriot system; a decision is awaited.", ("ESP", "Patriot")),
    ("Oslo will send two more NASAMS launchers, but we wait for their decision.", ("NOR", "NASAMS")),
    ("Rome offered Centauro vehicles, but the decision is still pending.", ("ITA", "Centauro")),
    ("Athens will hand over M113 carriers; we are waiting for their decision on timing.", ("GRC", "M113")),
    ("Lisbon would give Leopard 2A6 tanks, but a decision remains outstanding.", ("PRT", "Leopard 2A6")),
])
def test_a_decision_awaited_weighs_the_giving(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "considering")]


@pytest.mark.parametrize("text, expected", [
    ("Asked about the Gripen jets, the Swedish minister said they are not part of this discussion.",
     ("SWE", "Gripen")),
    ("Norway's NASAMS launchers are not part of these talks, Oslo said.", ("NOR", "NASAMS")),
    ("The Spanish Leopard 2A6 tanks are not part of the conversation, Madrid insisted.", ("ESP", "Leopard 2A6")),
    ("Rome said Storm Shadow missiles were not part of our talks with Kyiv.", ("ITA", "Storm Shadow")),
    ("Athens said its Mirage 2000 jets are not a part of this debate.", ("GRC", "Mirage 2000")),
])
def test_not_part_of_this_conversation_refuses(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [(*expected, "refused")]
