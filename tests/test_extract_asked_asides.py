"""A donor asked to give something in an aside ("Spain, asked to give one of its Patriot batteries, declined")
is asked: the predicate after the aside answers the request (README rule 11), with the asked donor as the
subject (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Spain, asked to give one of its Patriot batteries, declined.", ("ESP", "Patriot", "refused")),
    ("Madrid, asked by allies to send a Patriot battery, has declined so far.", ("ESP", "Patriot", "refused")),
    ("Asked to send more Leopard 2 tanks, Lisbon declined.", ("PRT", "Leopard 2", "refused")),
    ("Athens, asked to hand over one of its S-300 systems, said no.", ("GRC", "S-300", "refused")),
    ("Athens, asked to hand over one of its S-300 systems, is still considering the request.",
     ("GRC", "S-300", "considering")),
])
def test_the_predicate_after_an_asked_aside_answers_the_request(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [expected]
