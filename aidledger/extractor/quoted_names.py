"""A name in quotes right before a generic class names the item: 'a batch of "Hunter" loitering munitions',
'20 «Kozak» armoured vehicles'. Quotes mark a name the catalog does not know as one (README rule 8 records named
systems), as a capitalised word before its class does ("Morooka tracked dumpers"); a quoted word that is a donor,
an origin ("Western" tanks) or a day is no such name."""

from __future__ import annotations

import re

from aidledger.extractor.vocabulary import words
from aidledger.mentions.dates import MONTHS, WEEKDAYS

# a capitalised name of one to three words in quotes, then at most two lower-case words before the class
_QUOTED_BEFORE = re.compile(r"([\"“«‘])([A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})[\"”»’]\s+(?:[a-z][\w-]*\s+){0,2}$")

# a word between the quoted name and its class that no modifier of the class is (a preposition, an article, a verb;
# not "armoured" or "armed", which modify it)
_NO_MODIFIER = re.compile(r"\b(?:and|or|of|to|for|with|by|from|in|on|at|the|a|an|as|is|are|was|were|will|has|have|"
                          r"had|said|says)\b")


def quoted_name_before(m, s: int, x) -> tuple[str, int] | None:
    """The quoted name right before the generic class ``x`` in the sentence starting at ``s``, with the start of
    its opening quote; else None."""
    found = _QUOTED_BEFORE.search(m.text, max(s, x.start - 50), x.start)
    if found is None:
        return None
    name = found.group(2)
    if _NO_MODIFIER.search(m.text, found.end(2) + 1, x.start):
        return None  # '"Donation" of old vehicles': a scare-quoted word, then a phrase of its own
    if m.inside(m.donors, found.start(2), found.end(2)) or m.inside(m.systems, found.start(2), found.end(2)):
        return None  # '"Germany" tanks', '"Leopard" tanks': a donor, or a name the catalog reads itself
    if any(origin_or_date(w) or w.lower().endswith("-made") for w in name.split()):
        return None  # '"Western" armoured vehicles', '"Spanish-made" launchers': an origin, not a name
    return name, found.start(1)


def origin_or_date(word: str) -> bool:
    """Is ``word``, before a generic class, an origin ("Soviet", "Western") or a day or month, not a name?"""
    w = word.lower()
    return w in words("origin_word").words or w in WEEKDAYS or w in MONTHS
