"""What a speaker's country holds, told with a count after "we have" or "they operate" ("We have around 90 Gripens
and our squadrons need all of them"), is an inventory (README rule 10), often the reason of a refusal; not when
the count is said to be ready or left to give (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    'Paris will send 12 more Caesar howitzers. "We have around 200 Leclercs and our brigades need all of them," '
    'he said.',
    'Stockholm will send 10 CV90s. "We only have 90 Gripen jets, and the air force needs every one," the minister '
    'said.',
    'Madrid will send 12 more Caesar howitzers. "We field some 40 Leopard 2A4 tanks, all of them in our brigades," '
    'the minister said.',
])
def test_a_count_the_speaker_holds_is_no_pledge(text):
    assert [r[-1] for r in rows(text)] == ["pledged"]


def test_a_count_held_to_give_is_still_a_pledge():
    text = 'Oslo will send 8 NASAMS launchers. "We have 14 more to give," he said.'
    assert sorted(r[2] for r in rows(text)) == [8, 14]
    text = 'Oslo will send 8 NASAMS launchers. "We have 30 NASAMS launchers, and we need them all," he said.'
    assert [r[2] for r in rows(text)] == [8]
