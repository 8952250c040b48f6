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
    of the entry before, across a comma or an "and" ("six Sea Kings delivered and 12 H145Ms in preparation": a
    state phrase after the item tells it too). ``best`` when there is no such participle."""
    if best.end > item.start or not (BREAK.search(m.text, best.end, item.start)
                                     or _AND_NEXT_ENTRY.fullmatch(m.text, best.end, item.start)):
        return best
    return next((c for c in pool if c.start >= item.end
                 and (PARTICIPLE.fullmatch(c.text) or _STATE_PHRASE.fullmatch(c.text.strip(' "“”')))
                 and _ENTRY_GAP.fullmatch(m.text, item.end, c.start)), best)


_ENTRY_GAP = re.compile(r"\s*(?:[a-z-]+\s+)?[(\"“]?\s*")  # "BMP-1 vehicles pledged", "T-72 tanks (delivered)"
_AND_NEXT_ENTRY = re.compile(r"\s+and\s+")  # the participle of the entry before, then "and", then the item
# an entry's state told by a phrase, not a participle: "12 H145Ms in preparation", "4 more in transit"
_STATE_PHRASE = re.compile(r"in\s+(?:preparation|transit|delivery)|on\s+(?:the|their|its)\s+way", re.I)


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
