"""A count told at the very end of a sentence, after a colon, dash or comma, of the one item the sentence names
("Spain will send Leopard 2A4 tanks to Ukraine: 10 in total", "Belgium has handed over its remaining M113
carriers - about 30 units"). ``candidates.find_items`` asks here once the counts next to the items are read.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item

# the break before the count, and a hedge word: ": about 30", " - some 12", ", 10"
_BREAK_BEFORE = re.compile(r"(?:[:\u2013\u2014]|\s-|,)\s*(?:(?:about|around|some|roughly|approximately|nearly|"
                           r"almost|over|more\s+than|a\s+total\s+of|in\s+total|in\s+all)\s+)?$", re.I)
# the end of the sentence after the count: "in total", "in all", "units", "of them", or nothing
_CLOSING = re.compile(r"\s*(?:in\s+total|in\s+all|altogether|all\s+told|units?|pieces|pcs\.?|items|of\s+them)?"
                      r"\s*[.!;)]?\s*$", re.I)


def count_at_the_end(m: Mentions, s: int, e: int, items: list[Item], numbers, used: set[int]) -> None:
    """Give the sentence's single uncounted item the count its last words tell (see the module's docstring),
    when a status cue before the item makes the words before the break a clause of their own (not a line of a
    list, "Leopard 1A5 (with Denmark): 80", whose counts the list readers read)."""
    if len(items) != 1 or items[0].quantity is not None:
        return
    item, text = items[0], m.text
    if not m.inside(m.status_cues, s, item.start):
        return
    free = [n for n in numbers if n.start not in used and item.end <= n.start and n.end <= e]
    if len(free) != 1:
        return
    n = free[0]
    if not _BREAK_BEFORE.search(text, max(item.end, n.start - 40), n.start) or not _CLOSING.fullmatch(text, n.end, e):
        return
    used.add(n.start)
    item.quantity = n.value
    item.end = max(item.end, n.end)
