"""A sum given once and promised again: "Denmark gave DKK 4 billion in military aid last year and promises to
match that this year", "Norway gave NOK 7 billion last year and will do the same this year". The figure is what the
donor commits for the next period (README rules 2 and 11: a stated amount, promised), not only the past year's
spending the giving verb before it tells. ``status.decide`` asks ``promised_again``."""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

# after the sum, in its sentence: "... and has pledged to match that", ", and will do the same", "and intends to keep
# this level"
_AGAIN_AFTER = re.compile(
    r"[^.;!?]{0,60}?(?:\band|,)\s+(?:it\s+|they\s+|we\s+)?(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+)?"
    r"(?:(?:pledged|promised|committed|vowed|undertaken|agreed|plans?|planned|intends?|aims?|is\s+set|are\s+set|"
    r"is\s+going|are\s+going)\s+to\s+|will\s+|would\s+|shall\s+)(?:at\s+least\s+)?"
    r"(?:match|repeat|maintain|keep|sustain|do\s+the\s+same|give\s+the\s+same|provide\s+the\s+same)\b"
    r"(?:\s+(?:that|it|this|the\s+same|the\s+(?:sum|figure|amount|level)|(?:this|that)\s+(?:sum|figure|amount|level)))?",
    re.I)


def promised_again(m: Mentions, item) -> bool:
    """Is money ``item`` a sum the donor gave and, in the same sentence, promises to match, repeat or keep ("provided
    DKK 4 billion last year and promises to match that this year")? Then the sum is pledged."""
    if item.kind != "money":
        return False
    k = m.sentence_index(item.start)
    e = m.sentences[k][1] if k >= 0 else len(m.text)
    return _AGAIN_AFTER.match(m.text, item.end, e) is not None
