"""Date mentions, resolved against the document's publication date.

Rules (the annotation rules of the evaluation set):
- explicit dates with a year ("31 January 2023", "January 31, 2023", "2023-01-31") resolve as written;
- a day and month without a year ("on March 12", "Oct. 11") take the year that puts the date on or
  before the publication date; without a publication date they stay unresolved;
- weekdays ("on Tuesday", "said Monday") are the latest such day on or before the publication date;
  "today" is the publication date, "yesterday" the day before;
- month-only references ("in May", "last week") are not dates of an announcement: unresolved.

>>> import datetime as dt
>>> [m.date.isoformat() for m in find_dates("said on Thursday", published=dt.date(2022, 6, 24))]
['2022-06-23']
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from aidledger.mentions.scan import Part

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
_MON_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
             "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
             r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")


class DateMention(NamedTuple):
    """A date in the text. ``date`` is None when it cannot be fixed to a day.

    Attributes:
        start, end, text: span in the source text.
        date: the resolved day, or None.
        kind: ``iso``, ``day_month_year``, ``day_month``, ``weekday``, ``relative``.
    """

    start: int
    end: int
    text: str
    date: dt.date | None
    kind: str


# (kind, pattern): tried in this order; a later kind's match that overlaps an earlier one is dropped.
_PATTERNS = [
    ("iso", r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    ("day_month_year", rf"\b(\d{{1,2}})\s+({_MONTH_RE})\s*,?\s+(\d{{4}})\b"),
    ("month_day_year", rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,\s*(\d{{4}})\b"),
    ("day_month", rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})(?![\w])"),
    ("month_day", rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?![\d\w])"),
    ("weekday", r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("relative", r"(?i:\b(today|yesterday|tonight|this morning|this afternoon|this evening)\b)"),
]


def patterns() -> list[str]:
    """The date patterns, in the order they are tried."""
    return [pattern for _, pattern in _PATTERNS]


# One scanner for all of them, shared with the cue lists (``phrases.parts``): each pattern is tried
# only at the words it may begin with (numbers, month and weekday names, "today" ...), see
# ``scan.Scanner``.
def _scanner() -> Part:
    from aidledger.mentions.phrases import parts

    return parts()[2]


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or _MON_ABBR[key[:4] if key.startswith("sept") else key[:3]]


def _day_month(day: int, month: int, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    for year in (published.year, published.year - 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        if d <= published:
            return d
    return None


def resolve_weekday(name: str, published: dt.date | None) -> dt.date | None:
    """The latest ``name`` day on or before ``published``."""
    if published is None:
        return None
    delta = (published.weekday() - WEEKDAYS.index(name.lower())) % 7
    return published - dt.timedelta(days=delta)


def find_dates(text: str, *, published: dt.date | None = None) -> list[DateMention]:
    """Date mentions in ``text``, sorted by start, non-overlapping (earlier patterns win)."""
    found: list[DateMention] = []
    taken = bytearray(len(text) + 1)  # 1 where an earlier pattern already matched: linear time
    for (kind, _), matches in zip(_PATTERNS, _scanner().finditer(text), strict=True):
        for m in matches:
            if any(taken[m.start():m.end()]):
                continue
            date: dt.date | None = None
            try:
                if kind == "iso":
                    date = dt.date(int(m[1]), int(m[2]), int(m[3]))
                elif kind == "day_month_year":
                    date = dt.date(int(m[3]), _month(m[2]), int(m[1]))
                elif kind == "month_day_year":
                    date = dt.date(int(m[3]), _month(m[1]), int(m[2]))
                elif kind == "day_month":
                    date = _day_month(int(m[1]), _month(m[2]), published)
                elif kind == "month_day":
                    date = _day_month(int(m[2]), _month(m[1]), published)
                elif kind == "weekday":
                    date = resolve_weekday(m[1], published)
                elif published is not None:
                    date = published - dt.timedelta(days=1) if m[1].lower() == "yesterday" else published
            except (ValueError, KeyError, OverflowError):  # OverflowError: a day before 0001-01-01
                date = None
            found.append(DateMention(m.start(), m.end(), m.group(0), date,
                                     kind.replace("month_day", "day_month")))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    found.sort(key=lambda d: d.start)
    return found
