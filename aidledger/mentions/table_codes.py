"""Country codes that open the row of a table, as aid trackers and roundups set them out
("SWE | Archer howitzers | 8 | delivered", "GER | IRIS-T SLM | 2 | pledged"): the row's donor.

A code is read only as a table's first cell (at the start of a line, before a ``|`` or a tab), where it
cannot be a word of the prose ("CAN", "NOR" and "POL" are words or parts of headlines elsewhere): an
ISO 3166-1 alpha-3 code, or one of the sports codes newsrooms also use for countries (GER, NED, SUI...).
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable

from aidledger.resources import data_path

# the first cell of a table row: a code of three capitals, then the cell's end
_FIRST_CELL = re.compile(r"^[ \t]*(?:\|[ \t]*)?([A-Z]{3})[ \t]*(?:\||\t)", re.M)


@functools.lru_cache(maxsize=1)
def _ioc() -> dict[str, str]:
    """The sports (IOC) codes newsrooms use that differ from the ISO alpha-3 code of the same country
    (``data/ioc_codes.csv``): IOC code -> alpha-3."""
    with open(data_path("ioc_codes.csv"), encoding="utf-8", newline="") as f:
        return {row["ioc"]: row["alpha3"] for row in csv.DictReader(f)}


def table_codes(text: str, kind_of: Callable[[str], str | None]) -> list[tuple[int, int, str, str]]:
    """(start, end, code, kind) of each table row's first cell that is a country's code; ``kind_of`` gives the
    kind a country's name has in the lexicon (None: a country the lexicon does not know)."""
    if "|" not in text and "\t" not in text:
        return []
    found = []
    for m in _FIRST_CELL.finditer(text):
        alpha3 = _alpha3(m.group(1))
        kind = kind_of(alpha3) if alpha3 else None
        if kind is not None:
            found.append((m.start(1), m.end(1), alpha3, kind))
    return found


@functools.lru_cache(maxsize=256)
def _alpha3(code: str) -> str | None:
    """The ISO alpha-3 code that ``code`` (ISO or IOC) stands for, or None."""
    ioc = _ioc()
    if code in ioc:
        return ioc[code]
    import pycountry

    return code if pycountry.countries.get(alpha_3=code) is not None else None
