"""The ledger against the Kiel tracker and Oryx lists: donor x catalog family, with reasons.

``compare(ledger, kiel, oryx, *, threshold=0)`` is a pure function over polars frames (the
ledger frame of ``aidledger.ledger.LEDGER_SCHEMA``, and the frames of ``kiel.read_weapons`` and
``oryx.read_donated``; any may be None). Counts are summed per donor and catalog *family*, so a
source that lumps variants ("Leopard 1A5" + "Leopard 1A5BE", "Caesar 6x6" + "Caesar 8x8") meets
one that names them apart. Only rows for Ukraine with a known donor and a catalog family count;
Oryx rows that repeat an earlier row (``duplicate_of``) are dropped.

The result (``Comparison``) keeps apart

- ``pairs``: one row per donor x family in any source, with every count side by side;
- ``differences``: pairs present in two sources whose counts differ by more than ``threshold``
  (or where one count is unknown), one row per comparison (``kiel~oryx``,
  ``ledger_committed~kiel``, ``ledger_delivered~oryx``; the ledger's committed is what is
  committed by the rule of every total, ``sql/030_committed.sql``: Kiel counts commitments);
- ``gaps``: pairs missing from a source that covers their category (coverage);
- ``unmatched``: tracker rows left out because the donor or the system is not recognised.

Each difference and gap gets a likely ``reason`` from ``REASONS`` (and ``reasons``, every one
that applies, most specific first):

- ``suspect_count``: the Oryx count is unknown (0 in the file) or equals a number in the name;
- ``counting_unit``: air defence, where one source counts batteries and another launchers or
  firing units (the catalog's category and ``counting_unit``);
- ``donor_role``: pooling the family over all donors shrinks the difference: the same items are
  credited to different donors (a funder and a supplier, a joint purchase);
- ``variant``: the sources name different variants of the family (matched at family level only);
- ``status``: what is left: Kiel counts commitments, Oryx deliveries it has seen;
- ``coverage``: the pair is in one source only (gaps).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import polars as pl

REASONS = ("suspect_count", "counting_unit", "donor_role", "variant", "status", "coverage")
SOURCES = ("ledger", "kiel", "oryx")
#: The comparisons made, as (left column, right column, name).
COMPARISONS = (("kiel_count", "oryx_count", "kiel~oryx"),
               ("ledger_committed", "kiel_count", "ledger_committed~kiel"),
               ("ledger_delivered", "oryx_count", "ledger_delivered~oryx"))

PAIRS_SCHEMA: pl.Schema = pl.Schema({
    "donor": pl.String,
    "family": pl.String,
    "category": pl.String,
    "counting_unit": pl.String,
    "ledger_pledged": pl.Float64,     # sum of ledger quantities with status pledged or funded
    "ledger_delivered": pl.Float64,   # ... with status delivered
    "ledger_committed": pl.Float64,   # what is committed (sql/030_committed.sql): Kiel's side
    "kiel_count": pl.Int64,           # Kiel commitments (null when no known count)
    "oryx_count": pl.Int64,           # Oryx (delivered or not), duplicates dropped
    "oryx_delivered": pl.Int64,       # Oryx rows marked delivered
    "kiel_names": pl.String,          # the names as written, "; "-separated
    "oryx_names": pl.String,
    "kiel_systems": pl.String,        # catalog systems named ("*" = family level only)
    "oryx_systems": pl.String,
    "kiel_unknown": pl.Boolean,       # a Kiel row of the pair has no count
    "oryx_unknown": pl.Boolean,       # an Oryx row of the pair has count 0 (unknown)
    "oryx_suspect": pl.Boolean,       # an Oryx row of the pair has a suspect count
    "in_ledger": pl.Boolean,
    "in_kiel": pl.Boolean,
    "in_oryx": pl.Boolean,
})

DIFFERENCES_SCHEMA: pl.Schema = pl.Schema({
    "donor": pl.String,
    "family": pl.String,
    "category": pl.String,
    "comparison": pl.String,          # "kiel~oryx", "ledger_committed~kiel", "ledger_delivered~oryx"
    "left": pl.Float64,
    "right": pl.Float64,
    "difference": pl.Float64,         # left - right (null when a count is unknown)
    "reason": pl.String,              # the likely reason (REASONS)
    "reasons": pl.String,             # every reason that applies, "; "-separated
})

GAPS_SCHEMA: pl.Schema = pl.Schema({
    "donor": pl.String,
    "family": pl.String,
    "category": pl.String,
    "present_in": pl.String,          # sources holding the pair, "+"-separated
    "missing_from": pl.String,        # the source that covers the category but lacks the pair
    "count": pl.Float64,              # the count in the source holding it (Kiel first)
    "reason": pl.String,              # donor_role or coverage
})

UNMATCHED_SCHEMA: pl.Schema = pl.Schema({
    "tracker": pl.String,
    "donor": pl.String,
    "donor_name": pl.String,
    "name": pl.String,
    "count": pl.Int64,
    "why": pl.String,                 # "system" (not in the catalog) or "donor"
    "source_file": pl.String,
    "source_line": pl.Int64,
})


class Comparison(NamedTuple):
    """What ``compare`` returns (all polars frames).

    Attributes:
        pairs: donor x family, every source side by side (``PAIRS_SCHEMA``).
        differences: count differences above the threshold, with reasons (``DIFFERENCES_SCHEMA``).
        gaps: pairs missing from a source that covers their category (``GAPS_SCHEMA``).
        unmatched: tracker rows not compared (``UNMATCHED_SCHEMA``).
        reasons: ``reason, n`` over differences and gaps together.
    """

    pairs: pl.DataFrame
    differences: pl.DataFrame
    gaps: pl.DataFrame
    unmatched: pl.DataFrame
    reasons: pl.DataFrame


def _empty(frame: pl.DataFrame | None) -> bool:
    return frame is None or frame.height == 0


def _ledger_items(ledger: pl.DataFrame | None, catalog: Any) -> pl.DataFrame:
    """The ledger's counted items per donor x family: pledged (pledged or funded), delivered, and
    what is committed by the rule of every total of the ledger (``internal.family_sides`` of
    ``sql/030_committed.sql``, run by ``aidledger.store.committed.family_sides``): a delivery is
    a share of the pledges, a pledge of "12 more" (``is_additional``) is on top of the deliveries
    before it. A side is null when the ledger holds no record of it."""
    schema = {"donor": pl.String, "family": pl.String, "category": pl.String, "counting_unit": pl.String,
              "ledger_pledged": pl.Float64, "ledger_delivered": pl.Float64, "ledger_committed": pl.Float64}
    if _empty(ledger):
        return pl.DataFrame(schema=schema)
    assert ledger is not None
    from aidledger.store.committed import family_sides, order_columns

    rows = ledger.filter(
        pl.col("quantity").is_not_null()
        & (pl.col("quantity_unit").is_null() | (pl.col("quantity_unit") == "units"))
        & pl.col("status").is_in(["pledged", "funded", "delivered"])
        & (pl.col("recipient").is_null() | (pl.col("recipient") == "UKR")))
    if "is_running_total" in rows.columns:
        rows = rows.filter(~pl.col("is_running_total").fill_null(False))
    if catalog is None:
        from aidledger.trackers import default_catalog

        catalog = default_catalog()
    facts = {}
    for name in rows["system"].unique().to_list():
        s = catalog.get(name) if name else None
        facts[name] = (s.family, s.category, s.counting_unit) if s is not None else (None, None, None)
    rows = rows.with_columns(
        pl.col("system").replace_strict({k: v[0] for k, v in facts.items()}, default=None,
                                        return_dtype=pl.String).alias("family"),
        pl.col("system").replace_strict({k: v[1] for k, v in facts.items()}, default=None,
                                        return_dtype=pl.String).alias("cat_category"),
        pl.col("system").replace_strict({k: v[2] for k, v in facts.items()}, default=None,
                                        return_dtype=pl.String).alias("counting_unit"),
    ).filter(pl.col("family").is_not_null())
    if rows.height == 0:
        return pl.DataFrame(schema=schema)
    facts_of_pair = rows.group_by("donor", "family").agg(
        pl.col("cat_category").first().alias("category"), pl.col("counting_unit").first())
    sides = family_sides(rows.select(pl.lit(0).alias("k"), "donor", "family", "status", *order_columns(rows),
                                     pl.col("quantity").alias("v")))
    return sides.join(facts_of_pair, on=["donor", "family"], how="left").select(
        "donor", "family", "category", "counting_unit",
        pl.when(pl.col("n_pledged") > 0).then(pl.col("pledged")).alias("ledger_pledged"),
        pl.when(pl.col("n_delivered") > 0).then(pl.col("delivered")).alias("ledger_delivered"),
        pl.col("committed").alias("ledger_committed"),
    ).cast(schema)  # type: ignore[arg-type]


def _usable(frame: pl.DataFrame | None) -> pl.DataFrame | None:
    if _empty(frame):
        return None
    assert frame is not None
    keep = pl.col("donor").is_not_null() & pl.col("family").is_not_null() & (pl.col("recipient") == "UKR")
    if "duplicate_of" in frame.columns:
        keep = keep & pl.col("duplicate_of").is_null()
    return frame.filter(keep)


def _systems_expr() -> pl.Expr:
    return pl.col("system").fill_null("*").unique().sort().str.join("; ")


def _tracker_items(frame: pl.DataFrame | None, prefix: str) -> pl.DataFrame:
    base = {"donor": pl.String, "family": pl.String, "t_category": pl.String, "t_unit": pl.String,
            f"{prefix}_count": pl.Int64, f"{prefix}_names": pl.String, f"{prefix}_systems": pl.String,
            f"{prefix}_unknown": pl.Boolean}
    extra = {"oryx_delivered": pl.Int64, "oryx_suspect": pl.Boolean} if prefix == "oryx" else {}
    if frame is None:
        return pl.DataFrame(schema={**base, **extra})
    aggs = [
        pl.col("category").first().alias("t_category"),
        pl.col("counting_unit").drop_nulls().sort().last().alias("t_unit"),
        pl.when(pl.col("count").is_not_null().any()).then(pl.col("count").sum()).alias(f"{prefix}_count"),
        pl.col("name").unique(maintain_order=True).str.join("; ").alias(f"{prefix}_names"),
        _systems_expr().alias(f"{prefix}_systems"),
    ]
    if prefix == "oryx":
        aggs += [pl.col("count_unknown").any().alias("oryx_unknown"),
                 pl.when(pl.col("count").filter(pl.col("is_delivered").fill_null(False)).is_not_null().any())
                 .then(pl.col("count").filter(pl.col("is_delivered").fill_null(False)).sum())
                 .alias("oryx_delivered"),
                 pl.col("suspect_count").any().alias("oryx_suspect")]
    else:
        aggs.append(pl.col("count").is_null().any().alias(f"{prefix}_unknown"))
    out = frame.group_by("donor", "family").agg(aggs)
    return out.select(list({**base, **extra})).cast({**base, **extra})  # type: ignore[arg-type]


def _pairs(led: pl.DataFrame, kie: pl.DataFrame, ory: pl.DataFrame) -> pl.DataFrame:
    keys = pl.concat([f.select("donor", "family") for f in (led, kie, ory)]).unique()
    led = led.rename({"category": "l_category", "counting_unit": "l_unit"})
    kie = kie.rename({"t_category": "k_category", "t_unit": "k_unit"})
    ory = ory.rename({"t_category": "o_category", "t_unit": "o_unit"})
    out = (keys.join(led, on=["donor", "family"], how="left")
           .join(kie, on=["donor", "family"], how="left")
           .join(ory, on=["donor", "family"], how="left"))
    in_l = pl.col("ledger_pledged").is_not_null() | pl.col("ledger_delivered").is_not_null() | \
        pl.col("l_category").is_not_null()
    out = out.with_columns(
        pl.coalesce("k_category", "o_category", "l_category").alias("category"),
        pl.when(pl.any_horizontal(pl.col(c) == "battery" for c in ("k_unit", "o_unit", "l_unit")))
        .then(pl.lit("battery")).otherwise(pl.coalesce("k_unit", "o_unit", "l_unit")).alias("counting_unit"),
        in_l.alias("in_ledger"),
        pl.col("kiel_names").is_not_null().alias("in_kiel"),
        pl.col("oryx_names").is_not_null().alias("in_oryx"),
    ).with_columns(pl.col(c).fill_null(False) for c in ("kiel_unknown", "oryx_unknown", "oryx_suspect"))
    return out.select(list(PAIRS_SCHEMA)).cast(PAIRS_SCHEMA).sort("donor", "family")  # type: ignore[arg-type]


def _family_totals(pairs: pl.DataFrame) -> dict[tuple[str, str], float]:
    """Total count per (count column, family) over all donors (known counts only)."""
    totals: dict[tuple[str, str], float] = {}
    for col in ("ledger_pledged", "ledger_delivered", "ledger_committed", "kiel_count", "oryx_count"):
        for fam, total in pairs.group_by("family").agg(pl.col(col).sum()).iter_rows():
            totals[(col, fam)] = float(total or 0)
    return totals


def _reasons(row: dict[str, Any], left: str, right: str, diff: float | None,
             totals: dict[tuple[str, str], float]) -> list[str]:
    out: list[str] = []
    if "oryx_count" in (left, right) and (row["oryx_suspect"] or row["oryx_unknown"]):
        out.append("suspect_count")
    if row["category"] == "air_defence" or (row["counting_unit"] or "unit") != "unit":
        out.append("counting_unit")
    if diff is not None:
        pooled = abs(totals.get((left, row["family"]), 0.0) - totals.get((right, row["family"]), 0.0))
        if pooled < abs(diff):
            out.append("donor_role")
    if left == "kiel_count" and right == "oryx_count":
        ks, os_ = row["kiel_systems"], row["oryx_systems"]
        if ks != os_ or "*" in (ks or "") or "*" in (os_ or ""):
            out.append("variant")
    out.append("status")
    return out


def compare(ledger: pl.DataFrame | None = None, kiel: pl.DataFrame | None = None,
            oryx: pl.DataFrame | None = None, *, threshold: int | float = 0,
            catalog: Any = None) -> Comparison:
    """Donor x family counts of the ledger, Kiel and Oryx, their differences and gaps.

    Args:
        ledger (polars.DataFrame | None): ledger rows (``LEDGER_SCHEMA``) or pledge events;
            quantities in units with status pledged, funded or delivered are summed per donor
            and family, and what is committed of each (``ledger_committed``) is netted by the
            rule of every total (``aidledger.store.committed``); running totals are left out.
        kiel (polars.DataFrame | None): a ``kiel.read_weapons`` frame.
        oryx (polars.DataFrame | None): an ``oryx.read_donated`` frame.
        threshold (int): counts differing by at most this much are equal.
        catalog: the systems catalog (default: ``aidledger.catalog.load_catalog()``), used to
            give ledger systems their family.
    """
    if threshold < 0:
        raise ValueError(f"threshold must be >= 0, not {threshold}")
    led = _ledger_items(ledger, catalog)
    k_rows, o_rows = _usable(kiel), _usable(oryx)
    pairs = _pairs(led, _tracker_items(k_rows, "kiel"), _tracker_items(o_rows, "oryx"))
    totals = _family_totals(pairs)

    present = {"ledger": not _empty(ledger), "kiel": not _empty(kiel), "oryx": not _empty(oryx)}
    diffs: list[dict[str, Any]] = []
    for row in pairs.iter_rows(named=True):
        for left, right, name in COMPARISONS:
            src_l, src_r = left.split("_")[0], right.split("_")[0]
            if not (row[f"in_{src_l}"] and row[f"in_{src_r}"]):
                continue
            a, b = row[left], row[right]
            if src_l == "ledger" and a is None:
                continue  # the ledger holds the pair under the other status only
            diff = None if a is None or b is None else float(a) - float(b)
            if diff is not None and abs(diff) <= threshold:
                continue
            reasons = _reasons(row, left, right, diff, totals)
            diffs.append({"donor": row["donor"], "family": row["family"], "category": row["category"],
                          "comparison": name, "left": a, "right": b, "difference": diff,
                          "reason": reasons[0], "reasons": "; ".join(reasons)})
    differences = pl.DataFrame(diffs, schema=DIFFERENCES_SCHEMA)

    scopes = {
        "ledger": None,  # the ledger may hold anything
        "kiel": set(k_rows["category"].unique().to_list()) if k_rows is not None else set(),
        "oryx": set(o_rows["category"].unique().to_list()) if o_rows is not None else set(),
    }
    count_col = {"ledger": "ledger_committed", "kiel": "kiel_count", "oryx": "oryx_count"}
    gaps: list[dict[str, Any]] = []
    for row in pairs.iter_rows(named=True):
        held = [s for s in SOURCES if row[f"in_{s}"]]
        for src in SOURCES:
            if not present[src] or row[f"in_{src}"]:
                continue
            scope = scopes[src]
            if scope is not None and row["category"] not in scope:
                continue
            holder = next((s for s in ("kiel", "oryx", "ledger") if s in held), None)
            if holder is None:
                continue
            count = row[count_col[holder]]
            if holder == "ledger" and count is None:
                count = row["ledger_delivered"]
            reason = "coverage"
            if count is not None:
                col_h = count_col[holder] if row[count_col[holder]] is not None else "ledger_delivered"
                pooled = abs(totals.get((col_h, row["family"]), 0.0)
                             - totals.get((count_col[src], row["family"]), 0.0))
                if pooled < abs(float(count)):
                    reason = "donor_role"
            gaps.append({"donor": row["donor"], "family": row["family"], "category": row["category"],
                         "present_in": "+".join(held), "missing_from": src,
                         "count": None if count is None else float(count), "reason": reason})
    gaps_frame = pl.DataFrame(gaps, schema=GAPS_SCHEMA)

    unmatched_parts = []
    for frame in (kiel, oryx):
        if _empty(frame):
            continue
        assert frame is not None
        u = frame.filter(pl.col("family").is_null() | pl.col("donor").is_null()).with_columns(
            pl.when(pl.col("family").is_null()).then(pl.lit("system")).otherwise(pl.lit("donor")).alias("why"))
        unmatched_parts.append(u.select(list(UNMATCHED_SCHEMA)).cast(UNMATCHED_SCHEMA))  # type: ignore[arg-type]
    unmatched = (pl.concat(unmatched_parts) if unmatched_parts
                 else pl.DataFrame(schema=UNMATCHED_SCHEMA))

    reasons = (pl.concat([differences.select("reason"), gaps_frame.select("reason")])
               .group_by("reason").len("n")
               .join(pl.DataFrame({"reason": list(REASONS), "order": list(range(len(REASONS)))}),
                     on="reason", how="left")
               .sort("order").drop("order"))
    return Comparison(pairs, differences, gaps_frame, unmatched, reasons)
