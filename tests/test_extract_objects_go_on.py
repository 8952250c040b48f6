"""A clause that only adds an object to the verb of the clause before (", and also 12 Piranha vehicles", the
word order of translations from Ukrainian) has that verb's status. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, state", [
    ("Belgium transferred to Ukraine 4 F-16 fighters, and also 12 Piranha armored machines.", "delivered"),
    ("Oslo handed over 6 patrol boats, as well as 20 trucks.", "delivered"),
    ("Earlier Lisbon gave Ukraine howitzers M109 (10 units), and also 6 Leopard 1 tanks.", "delivered"),
    ("Madrid will finance 5 radars, and additionally 10 generators.", "funded"),
])
def test_an_object_added_after_a_conjunction_has_the_verb_before(text, state):
    assert {r[-1] for r in rows(text)} == {state}


def test_an_added_clause_with_a_verb_of_its_own_keeps_it():
    text = "Belgium transferred to Ukraine 4 F-16 fighters, and also will send 12 Piranha armored machines."
    assert ("BEL", "Piranha", 12, None, None, "pledged") in rows(text)



@pytest.mark.parametrize("text, state, records", [
    ("Riga has given Stingers, and Mi-8 and Mi-2 helicopters.", "delivered", 3),
    ("Oslo handed over 6 patrol boats, and also 12 Piranha vehicles and 8 M109 howitzers.", "delivered", 3),
    ("Vilnius sent mortars, and M577 carriers and 4 M113 carriers.", "delivered", 2),
    ("Madrid will send 10 Leopard 2A4 tanks, and Hawk launchers and Aspide missiles.", "pledged", 3),
    ("Prague delivered 20 T-72 tanks, and RM-70 launchers and 12 Dana howitzers.", "delivered", 3),
])
def test_objects_added_one_after_another_all_have_the_verb_before(text, state, records):
    assert [r[-1] for r in rows(text)] == [state] * records
