"""A count of more of an item named before, told with "can", "may" or "might" ("Another 8 may follow"), and a
giving inside a whether-clause that the sentence says is still under discussion ("Whether 20 more will go is
being discussed"): weighed, no decision yet (README rule 11, ``considering``). Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def _found(text):
    return {(p.donor, p.system, p.quantity_value, p.status) for p in extract(text)}


@pytest.mark.parametrize("text, expected", [
    ("Norway has sent 30 M109 howitzers. Oslo is weighing whether another 15 can go as well.",
     ("NOR", "M109", 15)),
    ("Norway sent 12 M109 howitzers. Another 8 may follow next year.", ("NOR", "M109", 8)),
    ("Spain gave 6 Hawk launchers. Another 4 might follow, a source said.", ("ESP", "Hawk", 4)),
    ("Italy handed over 10 Centauro vehicles, and a further 6 might follow in spring.", ("ITA", "Centauro", 6)),
    ("Lisbon delivered 3 Leopard 2A6 tanks. Another 2 may be sent later.", ("PRT", "Leopard 2A6", 2)),
])
def test_a_further_count_that_may_follow_is_weighed(text, expected):
    assert (*expected, "considering") in _found(text)


@pytest.mark.parametrize("text, expected", [
    ("Poland has handed over 40 Krab howitzers. Whether 12 more may go \"remains under discussion\", "
     "a Warsaw official said.", ("POL", "Krab", 12)),
    ("Norway sent 12 M109 howitzers. Whether another 8 will go is being discussed in Oslo.", ("NOR", "M109", 8)),
    ("Whether Rome will send 10 more Centauro vehicles is under consideration.", ("ITA", "Centauro", 10)),
    ("Whether Madrid will deliver 4 Hawk launchers is still under review, the ministry said.", ("ESP", "Hawk", 4)),
    ("Whether Athens will give 20 M113 carriers is being weighed by the cabinet.", ("GRC", "M113", 20)),
])
def test_a_giving_in_a_whether_clause_still_discussed_is_weighed(text, expected):
    assert _found(text) >= {(*expected, "considering")}
