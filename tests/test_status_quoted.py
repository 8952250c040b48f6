"""A quoted word inside a status phrase: the quotation marks do not break it (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.mentions.cues import find_status_cues


@pytest.mark.parametrize(("text", "status"), [
    ('Oslo said it was "considering" sending more NASAMS launchers.', "considering"),
    ('Oslo said more NASAMS launchers \u201ccould\u201d be sent next year.', "considering"),
    ('Oslo said it would "not" send more NASAMS launchers.', "refused"),
    ('Oslo said it "cannot" send more NASAMS launchers.', "refused"),
])
def test_a_quoted_word_keeps_its_phrase(text, status):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("NOR", "NASAMS", status)]


def test_the_cue_keeps_the_positions_and_words_of_the_text():
    text = 'Oslo would "not" send jets.'
    (cue,) = [c for c in find_status_cues(text) if c.label == "refused"]
    assert cue.text == 'would "not" send' and text[cue.start:cue.end] == cue.text


def test_a_quoted_answer_still_refuses():
    text = 'Asked whether Oslo would send more NASAMS launchers, the minister said "no".'
    assert [(r[0], r[-1]) for r in rows(text)] == [("NOR", "refused")]
