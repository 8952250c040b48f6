"""Offices held over time: the donor an official speaks for on a given day.

Most officials of ``data/officials.csv`` hold one office in the years of the war. A few moved
between donors (Mark Rutte from Dutch prime minister to NATO secretary general, Kaja Kallas from
Estonian prime minister to the EU's foreign-policy chief); they have one row per office with its
``from`` and ``until`` dates, and a mention of them means the office held on the document's date.

>>> import datetime as dt
>>> code_on("Mark Rutte", dt.date(2023, 5, 1)), code_on("Rutte", dt.date(2025, 6, 24))
('NLD', 'NATO')
>>> code_on("Joe Biden", dt.date(2023, 5, 1)) is None  # one office: the lexicon's code stands
True
"""

from __future__ import annotations

import csv
import datetime as dt
import functools

from aidledger.mentions.donors import fold
from aidledger.resources import data_path


@functools.lru_cache(maxsize=1)
def _offices() -> dict[str, list[tuple[str, dt.date | None, dt.date | None]]]:
    """full name and surname (also without accents) -> [(code, from, until)] of the officials with
    more than one office."""
    rows: dict[str, list[tuple[str, dt.date | None, dt.date | None]]] = {}
    with open(data_path("officials.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            start, until = row.get("from") or "", row.get("until") or ""
            rows.setdefault(row["name"].strip(), []).append((
                row["code"], dt.date.fromisoformat(start) if start else None,
                dt.date.fromisoformat(until) if until else None))
    out: dict[str, list[tuple[str, dt.date | None, dt.date | None]]] = {}
    for name, offices in rows.items():
        if len({code for code, _, _ in offices}) > 1:
            for key in (name, name.split()[-1]):  # as written and without accents, as the lexicon matches them
                out.setdefault(key, offices)
                out.setdefault(fold(key), offices)
    return out


def code_on(name: str, day: dt.date | None) -> str | None:
    """The donor ``name`` (a full name or surname) spoke for on ``day``, when the official held
    offices for different donors; None for an official of one donor, or when ``day`` is unknown or
    falls between two offices (then the first office listed stands)."""
    offices = _offices().get(" ".join(name.split()))
    if not offices or day is None:
        return None
    for code, start, until in offices:
        if (start is None or start <= day) and (until is None or day <= until):
            return code
    return None
