"""The Kiel Institute Ukraine Support Tracker: ``weapons.csv`` and ``data_explorer.csv``.

``weapons.csv`` has one row per donor and Kiel category (Air Defense, Tanks, IFV, Howitzers,
MLRS): ``donor, category, number_of_weapons, monetary_value_eur, weapons_list``, the systems
packed as ``Name (n); Name (n)``. Names may hold parentheses of their own
(``Modified T-72 tank (T-72A/T-72M1/M1R) (62)``): the count is the *last* parenthesis. Kiel
counts heavy weapons *committed* (delivered or not).

``read_weapons`` unpacks it into one row per (donor, system as written, count);
``write_weapons`` packs such a frame back into the same format. ``read_data_explorer`` reads
the money per donor and month (EUR billion in the file, full euros as Decimal in the frame).

>>> split_packed("Leopard-1A5 (62); Modified T-72 tank (T-72A/T-72M1/M1R) (25)")
[('Leopard-1A5', 62), ('Modified T-72 tank (T-72A/T-72M1/M1R)', 25)]
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import polars as pl

from aidledger.model import Problem
from aidledger.trackers import (
    MONEY,
    TRACKER_COLUMNS,
    SystemMatch,
    known_currency,
    match_system,
    parse_int,
    problem,
    read_rows,
    resolve_donor,
    valid_donor_code,
)

TRACKER = "kiel"
RECIPIENT = "UKR"
WEAPONS_COLUMNS = ("donor", "category", "number_of_weapons", "monetary_value_eur", "weapons_list")

#: One row per system named in a category row of ``weapons.csv``.
WEAPONS_SCHEMA: pl.Schema = pl.Schema({
    **TRACKER_COLUMNS,
    "item": pl.Int64,            # position of the system in the packed list (1 = first)
    "row_total": pl.Int64,       # number_of_weapons of the category row
    "monetary_value": MONEY,     # monetary value of the whole category row (not of this system)
    "currency": pl.String,       # EUR (monetary_value_eur), or the file's own currency column
})

EXPLORER_MONEY = ("total", "financial", "humanitarian", "military", "commitments", "to_be_allocated", "gdp")

#: One row per donor and month of ``data_explorer.csv``; money in full units of ``currency``.
EXPLORER_SCHEMA: pl.Schema = pl.Schema({
    "tracker": pl.String,
    "donor": pl.String,
    "donor_name": pl.String,
    "year": pl.Int64,
    "month": pl.Int64,
    "date": pl.Date,             # first day of the month
    **{f"{c}_amount": MONEY for c in EXPLORER_MONEY},
    "currency": pl.String,
    "pct_gdp": pl.Float64,
    "source_file": pl.String,
    "source_line": pl.Int64,
})

_ITEM = re.compile(r"^(?P<name>.*?\S)\s*\(\s*(?P<n>\d[\d,]*)\s*\)\s*$", re.DOTALL)
_BILLION = Decimal(10) ** 9
_CENT = Decimal("0.01")


class PackedItemError(ValueError):
    """An item of a packed list that has no ``(n)`` count."""

    def __init__(self, item: str):
        self.item = item
        super().__init__(f"no count in {item!r}")


def _split_depth0(text: str) -> list[str]:
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch == ";" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def split_packed(text: str) -> list[tuple[str, int | None]]:
    """``Name (n); Name (n)`` as ``[(name, n)]``; an item without a count gives ``(name, None)``.

    Semicolons inside parentheses do not split. Empty items (a trailing ``;``) are dropped.
    """
    out: list[tuple[str, int | None]] = []
    for part in _split_depth0(text):
        item = part.strip()
        if not item:
            continue
        m = _ITEM.match(item)
        if m is None:
            out.append((item, None))
        else:
            out.append((m.group("name").strip(), int(m.group("n").replace(",", ""))))
    return out


def pack(items: list[tuple[str, int | None]]) -> str:
    """The inverse of ``split_packed``."""
    return "; ".join(name if n is None else f"{name} ({n})" for name, n in items)


def _decimal(text: str) -> Decimal | None:
    t = text.strip().replace(",", "")
    if not t or t.upper() in ("NA", "NAN"):
        return None
    try:
        d = Decimal(t)
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None
    if not d.is_finite():
        raise ValueError(f"not a number: {text!r}")
    return d


def _currency(row: dict[str, str], path: Any, line: int, problems: list[Problem]) -> str | None:
    """The row's currency: EUR unless the file has a ``currency`` column (checked, AL304)."""
    code = (row.get("currency") or "EUR").strip().upper() or "EUR"
    if not known_currency(code):
        problems.append(problem("AL304", path, line, f"unknown currency code {row.get('currency')!r}"))
        return None
    return code


def read_weapons(path: str | Path, *, catalog: Any = None) -> tuple[pl.DataFrame, list[Problem]]:
    """One row per (donor, system as written, count) of a Kiel ``weapons.csv``.

    Problems (``doc_id`` is ``file:line``): AL202 donor not recognised, AL203 system not in the
    catalog, AL103 an unreadable field or a packed item without a count (the row is kept with
    a null), AL304 an unknown currency code.
    """
    problems: list[Problem] = []
    rows: list[dict[str, Any]] = []
    matches: dict[str, SystemMatch] = {}
    for line, row in read_rows(path, WEAPONS_COLUMNS, problems):
        donor_name = row["donor"].strip()
        donor = resolve_donor(donor_name)
        if donor is None:
            problems.append(problem("AL202", path, line, f"donor {donor_name!r} not recognised"))
        try:
            row_total = parse_int(row["number_of_weapons"])
        except ValueError as exc:
            problems.append(problem("AL103", path, line, f"number_of_weapons: {exc}"))
            row_total = None
        try:
            value = _decimal(row["monetary_value_eur"])
        except ValueError as exc:
            problems.append(problem("AL103", path, line, f"monetary_value_eur: {exc}"))
            value = None
        currency = _currency(row, path, line, problems)
        if currency is None:
            value = None
        items = split_packed(row["weapons_list"])
        if not items:
            problems.append(problem("AL103", path, line, "weapons_list names no system"))
        for i, (name, n) in enumerate(items, start=1):
            if n is None:
                problems.append(problem("AL103", path, line, f"weapons_list item {name!r} has no (count)"))
            if name not in matches:
                matches[name] = match_system(name, catalog)
            m = matches[name]
            if m.family is None:
                problems.append(problem("AL203", path, line, f"system {name!r} not in the catalog"))
            rows.append({
                "tracker": TRACKER, "donor": donor, "donor_name": donor_name, "recipient": RECIPIENT,
                "name": name, "count": n, "tracker_category": row["category"].strip(),
                "system": m.system, "family": m.family, "category": m.category,
                "counting_unit": m.counting_unit, "match": m.match or None,
                "source_file": str(path), "source_line": line, "item": i, "row_total": row_total,
                "monetary_value": None if value is None else value.quantize(_CENT),
                "currency": currency,
            })
    return pl.DataFrame(rows, schema=WEAPONS_SCHEMA), problems


def _number(value: Any) -> Any:
    """A Decimal as an int when it is whole (so the CSV writer leaves it unquoted, as Kiel does)."""
    if value is None:
        return ""
    d = Decimal(value)
    return int(d) if d == d.to_integral_value() else str(d)


def write_weapons(frame: pl.DataFrame, path: str | Path) -> None:
    """Pack a ``read_weapons`` frame back into Kiel's ``weapons.csv`` format.

    Rows are grouped into one category row per (source line, donor, Kiel category), in order
    of first appearance; a ``currency`` column is written only when a row is not in EUR.
    """
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for r in frame.iter_rows(named=True):
        key = (r["source_file"], r["source_line"], r["donor_name"], r["tracker_category"])
        groups.setdefault(key, []).append(r)
    with_currency = any((r["currency"] or "EUR") != "EUR" for r in frame.iter_rows(named=True))
    header = [*WEAPONS_COLUMNS, *(["currency"] if with_currency else [])]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
        w.writerow(header)
        for items in groups.values():
            first = items[0]
            total = first["row_total"]
            out = [first["donor_name"], first["tracker_category"], "" if total is None else int(total),
                   _number(first["monetary_value"]),
                   pack([(r["name"], r["count"]) for r in sorted(items, key=lambda r: r["item"] or 0)])]
            if with_currency:
                out.append(first["currency"] or "")
            w.writerow(out)


def read_data_explorer(path: str | Path) -> tuple[pl.DataFrame, list[Problem]]:
    """Money per donor and month of a Kiel ``data_explorer.csv``, EUR billion -> full euros.

    The ``iso`` column gives the donor (``EU`` for EU institutions); when it is not a valid
    code the country name is looked up. Problems: AL202, AL103 (an unreadable number: that
    field is null; an unreadable year or month: the row is skipped), AL304.
    """
    problems: list[Problem] = []
    rows: list[dict[str, Any]] = []
    for line, row in read_rows(path, ("country", "iso", "year", "month", "total"), problems):
        name = row["country"].strip()
        iso = row["iso"].strip().upper()
        donor = iso if valid_donor_code(iso) else resolve_donor(name)
        if donor is None:
            problems.append(problem("AL202", path, line, f"donor {name!r} ({iso!r}) not recognised"))
        try:
            year, month = parse_int(row["year"]), parse_int(row["month"])
            if year is None or month is None:
                raise ValueError("year or month missing")
            date = dt.date(year, month, 1)
        except ValueError as exc:
            problems.append(problem("AL103", path, line, f"bad year/month ({exc}); row skipped"))
            continue
        currency = _currency(row, path, line, problems)
        out: dict[str, Any] = {"tracker": TRACKER, "donor": donor, "donor_name": name, "year": year,
                               "month": month, "date": date, "currency": currency,
                               "source_file": str(path), "source_line": line}
        for col in EXPLORER_MONEY:
            try:
                v = _decimal(row.get(col, ""))
            except ValueError as exc:
                problems.append(problem("AL103", path, line, f"{col}: {exc}"))
                v = None
            out[f"{col}_amount"] = None if v is None or currency is None else (v * _BILLION).quantize(_CENT)
        try:
            pct = _decimal(row.get("pct_gdp", ""))
        except ValueError as exc:
            problems.append(problem("AL103", path, line, f"pct_gdp: {exc}"))
            pct = None
        out["pct_gdp"] = None if pct is None else float(pct)
        rows.append(out)
    return pl.DataFrame(rows, schema=EXPLORER_SCHEMA), problems
