"""Counts given "respectively": "Denmark and Norway will send 8 and 6 F-16s respectively", "Warsaw and Prague
have sent T-72 tanks, 200 and 90 respectively" — one count per donor, in the donors' order. The pipeline
asks here when an item has joint donors.
"""

from __future__ import annotations

import re
from decimal import Decimal

from aidledger.extractor.count_numbers import is_year
from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item

_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_COUNT_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")


def respective_counts(m: Mentions, item: Item, clause, donors: int) -> list[Decimal] | None:
    """"Denmark and Norway will send 8 and 6 F-16s respectively": one count per donor, in the donors'
    order, when the clause says "respectively" and as many coordinated counts as donors end at the
    item's count; None otherwise."""
    text = m.text
    if item.quantity is None and donors >= 2:
        return _respective_counts_after(m, item, donors)
    if item.quantity is None or donors < 2 or not _RESPECTIVELY.search(text, clause[0], clause[1]):
        return None
    numbers = [n for n in m.inside(m.numbers, clause[0], item.head_start) if not is_year(n)]
    if len(numbers) < donors:
        return None
    chain = numbers[-donors:]
    if chain[-1].value != item.quantity or any(
            not _COUNT_LINK.fullmatch(text, a.end, b.start) for a, b in zip(chain, chain[1:], strict=False)):
        return None
    return [n.value for n in chain]


def _respective_counts_after(m: Mentions, item: Item, donors: int) -> list[Decimal] | None:
    """"Warsaw and Prague have sent T-72 tanks, 200 and 90 respectively": as many coordinated counts as donors
    right after the uncounted item, closed by "respectively"."""
    end = m.sentences[m.sentence_index(item.start)][1]
    tail = _RESPECTIVE_TAIL.match(m.text, item.end)
    if tail is None or tail.end() > end:
        return None
    numbers = [n for n in m.inside(m.numbers, item.end, tail.end()) if not is_year(n)]
    if len(numbers) != donors or any(not _COUNT_LINK.fullmatch(m.text, a.end, b.start)
                                     for a, b in zip(numbers, numbers[1:], strict=False)):
        return None
    return [n.value for n in numbers]


# ", 200 and 90 respectively", " (8, 6 and 4, respectively)"
_RESPECTIVE_TAIL = re.compile(r"[^.;:\d]{0,40}?[,(—–-]\s*[\d.,\s]+(?:and|&)\s*[\d.,]+\s*,?\s*(?:[a-z]+\s+)?"
                              r"respectively\b", re.I)
