"""A question told as "some ask about our jets" is a request that the next sentence answers ("My answer is clear:
no." refuses them: README rule 11); NATO's eastern flank is a place, no giver. Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def _found(text):
    return {(p.donor, p.system, p.status) for p in extract(text)}


@pytest.mark.parametrize("text, expected", [
    ("Speech of the French defence minister. France will send two more Caesar howitzers. I know people ask about "
     "our Rafale jets. My answer is no.", ("FRA", "Rafale")),
    ("Press briefing of the Spanish minister. Spain will deliver 6 Hawk launchers. Many ask about our Leopard 2A6 "
     "tanks. The answer is no.", ("ESP", "Leopard 2A6")),
    ("Statement of the Norwegian minister. Norway gives 20 M109 guns. Some ask about our NASAMS. Our answer "
     "remains no.", ("NOR", "NASAMS")),
    ("Statement of the Swedish minister. Sweden sends 10 CV90 vehicles. Reporters ask about the Archer guns. My "
     "answer is clear: no.", ("SWE", "Archer")),
    ("Speech of the Dutch minister. The Netherlands will give 3 PzH 2000 howitzers. I know some ask about our F-35 "
     "jets. My answer is clear: no. They guard our skies and NATO's eastern flank.", ("NLD", "F-35")),
])
def test_asked_about_then_answered_no_is_refused(text, expected):
    assert (*expected, "refused") in _found(text)
    assert not any(donor == "NATO" for donor, _, _ in _found(text))
