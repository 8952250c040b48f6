"""The price table: one published unit price per catalog system or family, with its source.

``aidledger/data/prices.csv`` (format in ``aidledger/data/README.md``) holds per row a catalog
name (a system or a family), the condition the price is for (``new``, ``used``, ``refurbished``),
the counting unit (``unit``, ``battery``, ``round``: the catalog's), the price with its currency
and year, low and high bounds in the same currency, and the source (title, publisher, year, url).

``read_prices`` checks every row and raises ``InputError`` naming the file and line of the first
bad one: a price table is configuration, and a wrong row would silently value aid wrongly.
``price_for`` finds the row for a system: its own, else its family's. A system with no row has
no price (never 0).

A system with no published price of its own may be priced **by analogy**
(``aidledger/data/price_analogies.csv``): the row names a comparable system of the price table
(same role and counting unit, same condition, the nearest calibre and generation) and says why.
``read_prices`` turns it into a ``Price`` with ``basis="analogy"`` and ``analog`` set: the analog's
price, currency, year and source, a ``derivation`` that starts "by analogy with X because ...",
and a band widened by ``ANALOGY_BAND`` (the analog's low divided by it, its high multiplied by it).
It holds no figure of its own. An analogy row may also name a class instead of a system
(``105 mm howitzer``): ``class_key`` finds it for a name the catalog does not know that gives only
a calibre and a class.

>>> prices = read_prices()
>>> price_for(prices, "Caesar 8x8").system   # no row of its own: the family's
'Caesar'
>>> fh70 = price_for(prices, "FH70")          # no published price: by analogy
>>> fh70.basis, fh70.analog, fh70.price == prices["D-30"].price
('analogy', 'D-30', True)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from aidledger.errors import InputError
from aidledger.resources import data_path, table_rows, web_address

PRICES_FILE = "prices.csv"
ANALOGIES_FILE = "price_analogies.csv"
ANALOGY_COLUMNS = ("system", "analog", "condition", "reason")
#: An analogy's bounds: the analog's low divided by this, its high multiplied by it.
ANALOGY_BAND = Decimal(2)
BASES = ("own", "analogy")
#: A class name of the analogy table: a calibre and a class ("105 mm howitzer").
CLASS_NAME = re.compile(r"^(\d{2,3}) mm howitzer$")
_CLASS_IN_NAME = re.compile(r"(?<![\d.])(\d{2,3}) ?mm\b.*\bhowitzers?\b", re.IGNORECASE)
COLUMNS = ("system", "condition", "unit", "price", "currency", "price_year", "low", "high", "derivation",
           "bounds", "source_title", "source_publisher", "source_year", "source_url")
CONDITIONS = ("new", "used", "refurbished")
UNITS = ("unit", "battery", "round")
#: The catalog's counting unit -> the ledger's quantity_unit.
QUANTITY_UNITS = {"unit": "units", "battery": "units", "round": "rounds"}
FIRST_YEAR = 1950


class Price(NamedTuple):
    """One row of the price table.

    Attributes:
        system: catalog name (a system, or a family whose variants have no row of their own).
        condition: what the price is for: ``new`` procurement, ``used`` (from stocks, surplus) or
            ``refurbished`` (overhauled or upgraded).
        unit: what one counted item is (``unit``, ``battery``, ``round``), the catalog's.
        price: price of one item in ``currency`` of ``price_year`` (Decimal, > 0).
        currency: ISO 4217 code.
        price_year: the year the price is of.
        low: lower bound, same currency (<= price).
        high: upper bound, same currency (>= price).
        derivation: how the unit price follows from the source (own words).
        bounds: where low and high come from.
        source_title, source_publisher, source_year, source_url: the source of ``price``.
        line: line of the row in the file (1 = header).
        basis: ``own`` (a published price of this system or family) or ``analogy`` (the price of
            the comparable system ``analog``, from the analogy table).
        analog: for ``analogy``, the system whose row gives the figures; else empty.
    """

    system: str
    condition: str
    unit: str
    price: Decimal
    currency: str
    price_year: int
    low: Decimal
    high: Decimal
    derivation: str
    bounds: str
    source_title: str
    source_publisher: str
    source_year: int
    source_url: str
    line: int = 0
    basis: str = "own"
    analog: str = ""

    @property
    def quantity_unit(self) -> str:
        """The ledger's quantity_unit this price counts (``units`` or ``rounds``)."""
        return QUANTITY_UNITS[self.unit]


def _decimal(value: str, column: str, where: str) -> Decimal:
    try:
        d = Decimal(value.strip().replace("_", ""))
    except InvalidOperation:
        raise InputError(f"{column} is not a number: {value!r}", path=where) from None
    if not d.is_finite() or d <= 0:
        raise InputError(f"{column} must be a positive number, not {value!r}", path=where)
    return d


def _year(value: str, column: str, where: str) -> int:
    text = value.strip()
    if not text.isdigit() or not FIRST_YEAR <= int(text) <= dt.date.today().year + 1:
        raise InputError(f"{column} must be a year from {FIRST_YEAR}, not {value!r}", path=where)
    return int(text)


def _known_currency(code: str) -> bool:
    from aidledger.trackers import known_currency

    return known_currency(code)


def parse_row(row: Mapping[str, str | None], *, where: str, line: int = 0, catalog: Any = None) -> Price:
    """One CSV row as a ``Price``; ``InputError`` (naming ``where``) when a field is wrong.

    With a ``catalog``, the system must be one of its names and the unit its counting unit."""
    def text(column: str) -> str:
        value = (row.get(column) or "").strip()
        if not value:
            raise InputError(f"{column} is empty (every price row needs it)", path=where)
        return value

    system, condition, unit = text("system"), text("condition").lower(), text("unit").lower()
    if condition not in CONDITIONS:
        raise InputError(f"condition must be one of {', '.join(CONDITIONS)}, not {condition!r}", path=where)
    if unit not in UNITS:
        raise InputError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}", path=where)
    currency = text("currency").upper()
    if not _known_currency(currency):
        raise InputError(f"unknown currency code {currency!r}", path=where)
    price, low, high = (_decimal(text(c), c, where) for c in ("price", "low", "high"))
    if not low <= price <= high:
        raise InputError(f"bounds must hold low <= price <= high ({low} <= {price} <= {high})", path=where)
    url = web_address(text("source_url"), where)
    if catalog is not None:
        found = catalog.get(system)
        if found is None:
            raise InputError(f"{system!r} is not a system or family of the catalog", path=where)
        counting = getattr(found, "counting_unit", "unit") or "unit"
        if counting != unit:
            raise InputError(f"{system!r} is counted in {counting}s in the catalog, not {unit}s", path=where)
    return Price(system=system, condition=condition, unit=unit, price=price, currency=currency,
                 price_year=_year(text("price_year"), "price_year", where), low=low, high=high,
                 derivation=text("derivation"), bounds=text("bounds"), source_title=text("source_title"),
                 source_publisher=text("source_publisher"),
                 source_year=_year(text("source_year"), "source_year", where), source_url=url, line=line)


def read_prices(path: str | Path | None = None, *, catalog: Any = None,
                analogies: str | Path | None = None) -> dict[str, Price]:
    """The price table as ``{system: Price}`` (the bundled ``prices.csv`` with the bundled
    analogies by default, checked against the bundled catalog); with ``path``, that table, and
    the analogy table ``analogies`` when given. Raises ``InputError`` for a missing file, a missing
    column, a bad row or a system priced twice."""
    if path is None and analogies is None:
        return dict(_bundled())
    cat = catalog if catalog is not None else _catalog()
    prices = _read(Path(path) if path is not None else data_path(PRICES_FILE), catalog=cat)
    if analogies is not None:
        prices.update(_read_analogies(Path(analogies), prices, catalog=cat))
    return prices


@cache
def _bundled() -> tuple[tuple[str, Price], ...]:
    catalog = _catalog()
    prices = _read(data_path(PRICES_FILE), catalog=catalog)
    prices.update(_read_analogies(data_path(ANALOGIES_FILE), prices, catalog=catalog))
    return tuple(prices.items())


def _read_analogies(path: Path, prices: Mapping[str, Price], *, catalog: Any) -> dict[str, Price]:
    """The analogy table as ``{system or class: Price}``, each the analog's row with the basis,
    derivation and wider bounds of an analogy. The analog must have a published price of its own;
    the system must be a catalog name (or a class name) without one, counted in the same unit,
    and the condition the analog's."""
    out: dict[str, Price] = {}
    for line, where, row in table_rows(path, ANALOGY_COLUMNS):
        fields = {c: (row.get(c) or "").strip() for c in ANALOGY_COLUMNS}
        empty = next((c for c, value in fields.items() if not value), None)
        if empty is not None:
            raise InputError(f"{empty} is empty (every analogy row needs it)", path=where)
        system, analog, condition, reason = fields.values()
        condition = condition.lower()
        base = prices.get(analog)
        if base is None or base.basis != "own":
            raise InputError(f"analog {analog!r} has no published price of its own in the price table", path=where)
        if system in prices or system in out:
            raise InputError(f"{system!r} is priced twice (an analogy for a system with a price)", path=where)
        if CLASS_NAME.match(system):
            counting = "unit"
        else:
            found = catalog.get(system)
            if found is None:
                raise InputError(f"{system!r} is not a system or family of the catalog, nor a class "
                                 "such as '105 mm howitzer'", path=where)
            counting = getattr(found, "counting_unit", "unit") or "unit"
        if counting != base.unit:
            raise InputError(f"{system!r} is counted per {counting}, its analog {analog!r} per {base.unit}", path=where)
        if condition != base.condition:
            raise InputError(f"condition {condition!r} is not the analog's ({base.condition}): an analogy "
                             "never crosses conditions", path=where)
        out[system] = base._replace(
            system=system, low=base.low / ANALOGY_BAND, high=base.high * ANALOGY_BAND,
            derivation=f"by analogy with {analog} because {reason}; {analog}: {base.derivation}",
            bounds=f"the analog's bounds widened: low / {ANALOGY_BAND}, high x {ANALOGY_BAND} "
                   f"({analog}: {base.bounds})",
            line=line, basis="analogy", analog=analog)
    return out


def class_key(name: str | None) -> str | None:
    """The class name of the analogy table a name gives (``"105mm howitzer"`` ->
    ``"105 mm howitzer"``): a calibre and the word howitzer; None otherwise. Used only for names
    the catalog does not know."""
    if not name:
        return None
    m = _CLASS_IN_NAME.search(name)
    if m is None or re.search(r"self[- ]propelled", name, re.IGNORECASE):
        return None
    return f"{int(m.group(1))} mm howitzer"


def _catalog() -> Any:
    from aidledger.catalog import load_catalog

    return load_catalog()


def _read(path: Path, *, catalog: Any) -> dict[str, Price]:
    out: dict[str, Price] = {}
    for line, where, row in table_rows(path, COLUMNS):
        price = parse_row(row, where=where, line=line, catalog=catalog)
        if price.system in out:
            raise InputError(f"{price.system!r} is priced twice (line {out[price.system].line})", path=where)
        out[price.system] = price
    if not out:
        raise InputError("the price table has no rows", path=str(path))
    return out


def price_for(prices: Mapping[str, Price], system: str | None, *, family: str | None = None,
              catalog: Any = None) -> Price | None:
    """The price of ``system``: its own row, else its family's row; None when there is none.

    ``family`` defaults to the catalog's family of ``system``."""
    if not system:
        return None
    own = prices.get(system)
    if own is not None:
        return own
    if family is None:
        found = (catalog if catalog is not None else _catalog()).get(system)
        family = getattr(found, "family", None)
    return prices.get(family) if family else None


PRICES_SCHEMA = {
    "system": "String", "condition": "String", "unit": "String", "quantity_unit": "String",
    "price": "Float64", "currency": "String", "price_year": "Int64", "low": "Float64", "high": "Float64",
    "derivation": "String", "bounds": "String", "source_title": "String", "source_publisher": "String",
    "source_year": "Int64", "source_url": "String", "basis": "String", "analog": "String",
}


def prices_frame(prices: Mapping[str, Price]) -> Any:
    """The price table as a polars frame (columns of ``PRICES_SCHEMA``; amounts as floats)."""
    import polars as pl

    schema = {name: getattr(pl, dtype) for name, dtype in PRICES_SCHEMA.items()}
    rows = []
    for p in prices.values():
        row = {**p._asdict(), "quantity_unit": p.quantity_unit, "price": float(p.price), "low": float(p.low),
               "high": float(p.high)}
        rows.append({name: row[name] for name in schema})
    return pl.DataFrame(rows, schema=schema)
