"""Aircraft that landed in Ukraine have arrived; a promise told in a relative clause after a system's acronym ("the
NASAMS it pledged") leaves the main verb to decide. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The first Gripen fighters from Sweden have landed in Ukraine.", ("SWE", "Gripen", "delivered")),
    ("Dutch F-16 jets, promised last year, have now landed in Ukraine.", ("NLD", "F-16", "delivered")),
])
def test_aircraft_that_landed_in_ukraine_are_delivered(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway has delivered the NASAMS it pledged last year.", ("NOR", "NASAMS", "delivered")),
    ("Washington has now shipped the ATACMS it promised in the spring.", ("USA", "ATACMS", "delivered")),
])
def test_a_promise_in_a_relative_clause_after_an_acronym_leaves_the_main_verb(text, expected):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [expected]


def test_a_plane_that_landed_with_aid_on_board_is_what_carried_it():
    assert rows("A cargo plane had landed in Ukraine with 60 tonnes of British aid on board, Kyiv said.") == []
