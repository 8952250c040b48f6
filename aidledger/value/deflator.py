"""Constant euros: the HICP series (``aidledger/data/hicp.csv``) and the chained index built on it.

The CSV holds, per year, the annual average rate of change of the harmonised index of consumer
prices (all items) as Eurostat publishes it, with its source. ``read_hicp`` checks it (one row per
year, consecutive years, a rate in percent, a source for every row) and raises ``InputError``
naming the file and line of the first bad row. ``index`` chains the rates into an index whose
first year is 100; a value of year ``y`` in euros of year ``b`` is ``value * index[b] / index[y]``
(``factor``). The same arithmetic runs in SQL (``sql/420_constant_eur.sql``:
``value_by_donor_constant(base_year)``).

>>> rows = read_hicp()
>>> round(factor(rows, 2022, 2023), 3)   # a euro of 2022 in euros of 2023
1.064
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import NamedTuple

from aidledger.errors import InputError
from aidledger.resources import data_path, table_rows, web_address

HICP_FILE = "hicp.csv"
COLUMNS = ("year", "annual_rate", "source_title", "source_publisher", "source_year", "source_url")


class HicpYear(NamedTuple):
    """One year of the HICP series: its annual average rate of change (percent) and its source."""

    year: int
    annual_rate: Decimal
    source_title: str
    source_publisher: str
    source_year: int
    source_url: str


def _row(row: dict[str, str | None], where: str) -> HicpYear:
    def text(column: str) -> str:
        value = (row.get(column) or "").strip()
        if not value:
            raise InputError(f"{column} is empty (every year needs it)", path=where)
        return value

    try:
        year, source_year = int(text("year")), int(text("source_year"))
        rate = Decimal(text("annual_rate"))
    except (ValueError, InvalidOperation):
        raise InputError("year and source_year must be whole numbers, annual_rate a number", path=where) from None
    if not rate.is_finite() or not Decimal(-50) < rate < Decimal(100):
        raise InputError(f"annual_rate is a percentage between -50 and 100, not {rate}", path=where)
    url = web_address(text("source_url"), where)
    return HicpYear(year, rate, text("source_title"), text("source_publisher"), source_year, url)


def read_hicp(path: str | Path | None = None) -> tuple[HicpYear, ...]:
    """The HICP series, in year order (the bundled ``hicp.csv`` by default)."""
    if path is None:
        return _bundled()
    return _read(Path(path))


@cache
def _bundled() -> tuple[HicpYear, ...]:
    return _read(data_path(HICP_FILE))


def _read(path: Path) -> tuple[HicpYear, ...]:
    rows: list[HicpYear] = []
    for _line, where, raw in table_rows(path, COLUMNS):
        row = _row(raw, where)
        if rows and row.year != rows[-1].year + 1:
            raise InputError(f"years must follow each other: {row.year} after {rows[-1].year}", path=where)
        rows.append(row)
    if not rows:
        raise InputError("the HICP series has no rows", path=str(path))
    return tuple(rows)


def index(rows: Sequence[HicpYear]) -> dict[int, float]:
    """``{year: index}``, the first year = 100, each next year = the previous x (1 + rate / 100)."""
    out: dict[int, float] = {}
    level = 100.0
    for i, r in enumerate(rows):
        if i:
            level *= 1 + float(r.annual_rate) / 100
        out[r.year] = level
    return out


def factor(rows: Sequence[HicpYear], year: int, base_year: int) -> float | None:
    """What one euro of ``year`` is in euros of ``base_year`` (None when either year is outside the series)."""
    idx = index(rows)
    if year not in idx or base_year not in idx:
        return None
    return idx[base_year] / idx[year]


def years(rows: Sequence[HicpYear] | None = None) -> tuple[int, int]:
    """First and last year of the series."""
    rows = rows if rows is not None else read_hicp()
    return rows[0].year, rows[-1].year
