"""An embedded question ("asked if Oslo would send ...") states no giving: the answer decides, a refusal
("not considering it", "they will stay at home") or a hedge (README rule 11). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, status", [
    ("Asked if Lisbon would send its Hawk launchers, the minister said a decision would come later.",
     "considering"),
    ("The minister did not say if Lisbon will send more Hawk launchers.", "considering"),
    ("Asked if Lisbon would send its Hawk launchers, the minister said no.", "refused"),
    ("Asked if Lisbon would send its Hawk launchers, the minister said the government was not considering it.",
     "refused"),
    ("When asked if Lisbon would send its Hawk launchers, the minister said they were needed at home.",
     "refused"),
])
def test_an_embedded_question_is_decided_by_its_answer(text, status):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("PRT", "Hawk", status)]


def test_items_said_to_stay_at_home_are_refused():
    text = "Lisbon again said its Hawk and NASAMS batteries would stay at home."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("PRT", "Hawk", "refused"), ("PRT", "NASAMS", "refused")]
