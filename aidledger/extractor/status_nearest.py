"""Which of a clause's cues governs an item: the nearest (``cue_distance``), unless a list entry has a
participle of its own ("90 T-72 tanks delivered, 50 BMP-1 vehicles pledged") or a verb after the item has an
object of its own ("has given all its Caesar guns and promised F-16s"). ``status.decide`` asks here.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.status_words import BREAK, PARTICIPLE


def own_entry_participle(m: Mentions, item, pool, best):
    """"90 T-72 tanks delivered, 50 BMP-1 vehicles pledged": in a telegraphic list each entry has its own
    participle; a participle right after the item (its class noun between at most) tells it, not the cue
    of the entry before, across a comma. ``best`` when there is no such participle."""
    if best.end > item.start or not BREAK.search(m.text, best.end, item.start):
        return best
    return next((c for c in pool if c.start >= item.end and PARTICIPLE.fullmatch(c.text)
                 and _ENTRY_GAP.fullmatch(m.text, item.end, c.start)), best)


_ENTRY_GAP = re.compile(r"\s*(?:[a-z-]+\s+)?\(?\s*")  # "BMP-1 vehicles pledged", "T-72 tanks (delivered)"


def has_own_object(m: Mentions, c) -> bool:
    """Does a named system, a generic item or an amount follow cue ``c`` as its object ("and promised
    F-16s", "and pledged 10 more tanks")?"""
    gap = _OBJECT_GAP.match(m.text, c.end)
    start = gap.end() if gap else c.end
    return any(lst and m.starting(lst, start, start + 1) for lst in (m.systems, m.generics, m.money, m.numbers))


_OBJECT_GAP = re.compile(r"\s+(?:(?:to\s+)?Ukraine\s+|Kyiv\s+|Kiev\s+)?(?:(?:the|its|their|a|an|another|further|more|"
                         r"additional|new|some|all|about|up\s+to|over|nearly)\s+)*")


def cue_distance(c, item) -> int:
    """Characters between cue ``c`` and ``item`` (0 when they overlap)."""
    if c.end <= item.start:
        return item.start - c.end
    if c.start >= item.end:
        return c.start - item.end
    return 0
