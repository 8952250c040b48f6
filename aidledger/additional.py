"""Whether a pledge record's own words mark it as a new pledge ("another", "a further", "14 more").

The press repeats a pledge for months; repeating a figure is not a new pledge. A new one is marked
in language: "another 14 tanks", "a further 14", "12 more Caesars", "a new package". The event
grouping (``sql/050_events.sql``) starts a new event for a marked record only; the marks are data
(``data/new_pledge_cues.csv``). A pure function of the record, so it can run anywhere after the
extractor (``aidledger.ledger.to_frame`` fills the column for records that do not have it yet).

>>> from aidledger.model import Pledge, Provenance
>>> def rec(q, item):
...     return Pledge("FRA", "UKR", "Caesar", "artillery", "pledged", Provenance("d", 0, len(q), q), item_text=item)
>>> is_additional(rec("France would send 12 more Caesar howitzers", "Caesar howitzers"))
True
>>> is_additional(rec("Britain will send 14 Challenger tanks", "Challenger tanks"))
False
>>> is_additional(rec("more than 14 Leopard tanks", "Leopard tanks"))
False
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections.abc import Iterable
from functools import cache

from aidledger.model import Pledge
from aidledger.resources import data_path

__all__ = ["is_additional", "mark_additional", "marks_new_pledge"]


@cache
def _pattern() -> re.Pattern[str]:
    with open(data_path("new_pledge_cues.csv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows or set(rows[0]) != {"pattern", "note"}:
        raise ValueError("data/new_pledge_cues.csv: expected the columns pattern,note")
    return re.compile("|".join(f"(?:{row['pattern']})" for row in rows), re.I)


def is_additional(pledge: Pledge) -> bool:
    """True when the record's quote, up to the end of its item's words, marks a new pledge."""
    return marks_new_pledge(pledge.source.quote, pledge.item_text)


def marks_new_pledge(quote: str, item_text: str | None = None) -> bool:
    """``is_additional`` of a record from its stored words alone (``pledges.quote`` and
    ``pledges.item_text``): what the store fills in for rows written before the column existed."""
    end = len(quote)
    if item_text:
        at = quote.find(item_text)
        if at >= 0:
            end = at + len(item_text)
    return _pattern().search(quote, 0, end) is not None


def mark_additional(pledges: Iterable[Pledge]) -> list[Pledge]:
    """The records with ``is_additional`` set where it is still None (the extractor's own
    value, when it gives one, is kept)."""
    return [p if p.is_additional is not None else dataclasses.replace(p, is_additional=is_additional(p))
            for p in pledges]
