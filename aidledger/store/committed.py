"""What is committed of a donor's catalog family, for a frame that is not in a ledger.

The rule is SQL, written once: the macros ``committed_of`` and ``internal.family_sides`` of
``sql/030_committed.sql`` (documented there and in docs/methodology.md, "What is committed").
The totals views of a ledger call them in the database; ``family_sides`` runs the same macros on
a polars frame in an in-memory DuckDB, so that the charts (``aidledger.plot``) count what the
views count. In short: committed = greatest(delivered, pledged + uncovered), where a pledge of
more ("12 more", ``is_additional``) leaves the deliveries before it that no earlier pledge
covers uncovered: they are committed on their own.

>>> import datetime as dt, polars as pl
>>> day = dt.date(2023, 1, 31)
>>> rows = pl.DataFrame({"k": ["artillery"] * 2, "donor": ["FRA"] * 2, "family": ["Caesar"] * 2,
...                      "status": ["pledged", "delivered"], "is_additional": [True, False],
...                      "effective_date": [day, day], "event_id": ["a", "b"], "v": [12.0, 18.0]})
>>> family_sides(rows).select("pledged", "delivered", "uncovered", "committed").row(0)
(12.0, 18.0, 18.0, 30.0)
>>> family_sides(rows.with_columns(is_additional=False))["committed"].item()
18.0
"""

from __future__ import annotations

import duckdb
import polars as pl

from aidledger.resources import sql_dir
from aidledger.store.queries import query_sql

__all__ = ["COLUMNS", "family_sides", "order_columns"]

#: The columns ``family_sides`` reads (see ``internal.family_sides``).
COLUMNS = ("k", "donor", "family", "status", "is_additional", "effective_date", "event_id", "v")
MACROS_FILE = "030_committed.sql"


def family_sides(rows: pl.DataFrame) -> pl.DataFrame:
    """One row per ``k``, ``donor`` and ``family`` of ``rows`` (one row per event or record, with
    ``COLUMNS``): ``n_pledged``, ``n_delivered``, ``pledged`` (pledged or funded), ``delivered``,
    ``additional``, ``uncovered`` and ``committed``, by the macros of ``sql/030_committed.sql``."""
    missing = [c for c in COLUMNS if c not in rows.columns]
    if missing:
        raise ValueError(f"family_sides needs the columns {', '.join(missing)}")
    con = duckdb.connect()
    try:
        con.execute((sql_dir() / MACROS_FILE).read_text(encoding="utf-8"))
        con.register("family_rows", rows.select(COLUMNS).with_columns(pl.col("v").cast(pl.Float64)).to_arrow())
        return con.sql(query_sql("family_sides")).pl()
    finally:
        con.close()


def order_columns(frame: pl.DataFrame) -> list[pl.Expr]:
    """The columns ``effective_date``, ``is_additional`` and ``event_id`` of ``COLUMNS`` from what
    ``frame`` has, for ledger records as well as events: the effective date (``effective_date``,
    else ``date``, else ``published``), whether the words mark a pledge of more (false when the
    frame has no ``is_additional``) and an id for the records of one day (``event_id``, else
    ``pledge_id``, else the row number)."""
    dates = [c for c in ("effective_date", "date", "published") if c in frame.columns]
    ident = next((c for c in ("event_id", "pledge_id") if c in frame.columns), None)
    return [(pl.coalesce([pl.col(c) for c in dates]) if dates else pl.lit(None, dtype=pl.Date)).alias("effective_date"),
            (pl.col("is_additional").fill_null(False) if "is_additional" in frame.columns
             else pl.lit(False)).alias("is_additional"),
            (pl.col(ident).cast(pl.String) if ident else pl.int_range(pl.len()).cast(pl.String)).alias("event_id")]
