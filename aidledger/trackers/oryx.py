"""Oryx-style lists of equipment supplied to Ukraine (``donated_vehicles.csv`` of a scraper).

Columns: ``id, vehicle_name, vehicle_type, supplier, supplier_abbr, recipient, recipient_abbr,
count, is_delivered, is_soviet, proof, year_first_produced``. One row per system per supplier;
Oryx counts equipment it has seen (mostly deliveries), and the scrape writes ``0`` when the
count is unknown. ``vehicle_type`` comes from the page section and is often wrong (radars under
"Cargo Drones", missiles under "Anti-Ship Missiles"): it is kept as ``tracker_category`` but the
catalog's category is the one used.

Flags on each row: ``count_unknown`` (count 0 or empty -> ``count`` null), ``suspect_count``
(the count equals a run of digits of the name, the scraper's typical slip: ``Hydrema 910`` with
count 910, ``AGM-84 Harpoon`` with 84), ``duplicate_of`` (the line of an earlier identical row).

>>> suspect_count("AGM-84 Harpoon (Missiles)", 84), suspect_count("155mm M777", 180)
(True, False)
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import polars as pl

from aidledger.model import Problem
from aidledger.trackers import (
    TRACKER_COLUMNS,
    SystemMatch,
    match_system,
    parse_bool,
    parse_int,
    problem,
    read_rows,
    resolve_donor,
)

TRACKER = "oryx"
COLUMNS = ("id", "vehicle_name", "vehicle_type", "supplier", "supplier_abbr", "recipient", "recipient_abbr",
           "count", "is_delivered", "is_soviet", "proof", "year_first_produced")
REQUIRED = ("vehicle_name", "supplier", "count")
#: Supplier values that mean "not given".
NO_SUPPLIER = frozenset({"", "NONE", "UNKNOWN", "N/A"})

#: One row per row of the file.
DONATED_SCHEMA: pl.Schema = pl.Schema({
    **TRACKER_COLUMNS,
    "oryx_id": pl.Int64,               # the file's id column
    "donor_abbr": pl.String,           # supplier_abbr as written (not ISO: "BEL" is Belarus there)
    "recipient_name": pl.String,
    "recipient_abbr": pl.String,
    "is_delivered": pl.Boolean,
    "is_soviet": pl.Boolean,
    "count_unknown": pl.Boolean,       # the file gives 0 (or nothing): count is null
    "suspect_count": pl.Boolean,       # the count equals a digit run of the name
    "duplicate_of": pl.Int64,          # source_line of an earlier row with the same content
    "proof": pl.String,
    "year_first_produced": pl.Int64,
})


def suspect_count(name: str, count: int | None) -> bool:
    """True when ``count`` equals a run of digits in ``name`` (``M-55S`` with 55, ``T-72M1`` with 1)."""
    return count is not None and str(count) in re.findall(r"\d+", name)


def read_donated(path: str | Path, *, catalog: Any = None) -> tuple[pl.DataFrame, list[Problem]]:
    """One row per row of an Oryx-style ``donated_vehicles.csv``.

    Problems (``doc_id`` is ``file:line``): AL202 supplier or recipient not recognised (or not
    given), AL203 system not in the catalog, AL103 an unreadable field (the row is kept with a
    null) or a record with the wrong number of fields (skipped).
    """
    problems: list[Problem] = []
    rows: list[dict[str, Any]] = []
    matches: dict[str, SystemMatch] = {}
    seen: dict[tuple[Any, ...], int] = {}
    for line, row in read_rows(path, REQUIRED, problems):
        name = row["vehicle_name"].strip()
        supplier = row["supplier"].strip()
        donor = None if supplier.upper() in NO_SUPPLIER else resolve_donor(supplier)
        if donor is None:
            what = "not given" if supplier.upper() in NO_SUPPLIER else "not recognised"
            problems.append(problem("AL202", path, line, f"supplier {supplier!r} {what}"))
        recipient_name = (row.get("recipient") or "").strip()
        recipient = resolve_donor(recipient_name) if recipient_name else "UKR"
        if recipient is None:
            problems.append(problem("AL202", path, line, f"recipient {recipient_name!r} not recognised"))

        def field(col: str, parse: Any, *, _line: int = line, _row: dict[str, str] = row) -> Any:
            try:
                return parse(_row.get(col, ""))
            except ValueError as exc:
                problems.append(problem("AL103", path, _line, f"{col}: {exc}"))
                return None

        raw_count = field("count", parse_int)
        unknown = raw_count is None and not row["count"].strip() or raw_count == 0
        count = None if unknown else raw_count
        if count is not None and count < 0:
            problems.append(problem("AL103", path, line, f"count: negative ({count})"))
            count = None
        if name not in matches:
            matches[name] = match_system(name, catalog)
        m = matches[name]
        if m.family is None:
            problems.append(problem("AL203", path, line, f"system {name!r} not in the catalog"))
        delivered = field("is_delivered", parse_bool)
        key = (supplier, name, count, delivered, recipient_name)
        rows.append({
            "tracker": TRACKER, "donor": donor, "donor_name": supplier, "recipient": recipient,
            "name": name, "count": count, "tracker_category": (row.get("vehicle_type") or "").strip() or None,
            "system": m.system, "family": m.family, "category": m.category,
            "counting_unit": m.counting_unit, "match": m.match or None,
            "source_file": str(path), "source_line": line,
            "oryx_id": field("id", parse_int),
            "donor_abbr": (row.get("supplier_abbr") or "").strip() or None,
            "recipient_name": recipient_name or None,
            "recipient_abbr": (row.get("recipient_abbr") or "").strip() or None,
            "is_delivered": delivered, "is_soviet": field("is_soviet", parse_bool),
            "count_unknown": bool(unknown), "suspect_count": suspect_count(name, count),
            "duplicate_of": seen.get(key),
            "proof": (row.get("proof") or "").strip() or None,
            "year_first_produced": field("year_first_produced", parse_int),
        })
        seen.setdefault(key, line)
    return pl.DataFrame(rows, schema=DONATED_SCHEMA), problems


def _flag(value: bool | None) -> str:
    return "" if value is None else str(bool(value))


def write_donated(frame: pl.DataFrame, path: str | Path) -> None:
    """Write a ``read_donated`` frame back in the scraper's format (unknown counts as 0)."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in frame.iter_rows(named=True):
            year = r["year_first_produced"]
            w.writerow([
                "" if r["oryx_id"] is None else r["oryx_id"], r["name"], r["tracker_category"] or "",
                r["donor_name"] or "", r["donor_abbr"] or "", r["recipient_name"] or "",
                r["recipient_abbr"] or "", 0 if r["count"] is None else r["count"],
                _flag(r["is_delivered"]), _flag(r["is_soviet"]), r["proof"] or "",
                "" if year is None else f"{year}.0",
            ])
