""""A third", "a fourth" as the object of a verb of giving or promising stand for one more of the system the
sentence before counted ("Germany gave two Patriot systems. Berlin then promised a third."); promising and
offering are such verbs too (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Germany gave Ukraine two Patriot systems in 2023. Berlin then promised a third in April.",
     ("DEU", "Patriot", 1, "pledged")),
    ("The Netherlands delivered three Patriot launchers in May. Berlin pledged a fourth in its own right.",
     ("DEU", "Patriot", 1, "pledged")),
    ("Italy delivered one SAMP/T battery with France. Rome offered a second in June.",
     ("ITA", "SAMP/T", 1, "pledged")),
])
def test_an_ordinal_object_is_one_more_of_the_system_before(text, expected):
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(text)]
