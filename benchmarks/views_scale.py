"""Views over a large synthetic ledger in DuckDB (default 10M pledge rows), and FX conversion of
1M rows in SQL against per-row ``currency_converter``. One script, two benchmarks.

usage: python benchmarks/views_scale.py [--rows 10000000] [--fx-rows 1000000] [--cc-rows N]
                                        [--skip-views] [--skip-fx] [--additional 0.1]

The ledger is created with the store's own schema (``aidledger.store.open_ledger``: the sql/*.sql
files, the bundled ECB rates) and filled by one ``INSERT ... SELECT`` over ``range(n)``: 40
donors, 300 systems, five statuses, quantities, and money on one row in five (EUR, USD, GBP, NOK,
SEK, PLN, CAD) dated 2022-2024; ``--additional`` of the pledged or funded rows are pledges of more
(``is_additional``: "12 more", "a further"), which start events of their own and make the
committed rule (``sql/030_committed.sql``) order their families' events. Query results are
fetched as Arrow tables (no Python objects).

1. donor x system totals: the ``by_donor_system`` view as shipped (it reads ``totals_by_donor_system``,
   refreshed with the events by ``Ledger.refresh_events()``, which the build runs and times, as
   every ingest does), the same totals straight over ``pledges_fx`` (as-of FX joins, no event
   grouping), and the plain ``GROUP BY donor, system`` over ``pledges``. Goal: < 1 s.
   ``--live`` also times ``compute_by_donor_system`` (the totals computed afresh from
   ``pledge_events``) and ``compute_events`` (the grouping itself).
2. FX: ``SELECT ... FROM pledges_fx`` materialising EUR and USD amounts of a second ledger of
   ``--fx-rows`` money rows (the as-of join, with ``fx_rate_date``), fetched as Arrow, against
   ``CurrencyConverter.convert`` called per
   row (to EUR and to USD) with the equivalent fallback (last known rate, like the as-of join);
   ``--cc-rows`` limits the per-row peer to a sample, its rate extrapolated (printed as such).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

FILL = """
INSERT INTO pledges BY NAME
SELECT
    'd' || (i // 8) || ':' || (i % 8) || '-' || (i % 8 + 40) AS pledge_id,
    'd' || (i // 8) AS doc_id,
    ['USA','DEU','GBR','FRA','POL','CAN','NOR','SWE','DNK','NLD','ITA','ESP','FIN','EST','LTU','LVA','BEL',
     'PRT','CZE','SVK','AUS','JPN','KOR','ROU','BGR','GRC','HRV','SVN','AUT','IRL','LUX','ISL','NZL','CHE',
     'TUR','HUN','ALB','MNE','MKD','EU'][1 + h % 40] AS donor,
    'UKR' AS recipient,
    'system ' || (h // 40) % 300 AS system,
    ['tank','artillery','air_defence','ifv_apc','ammunition','drone','vehicle','missile'][1 + ((h // 40) % 300) % 8]
        AS category,
    CASE WHEN i % $m = 0 THEN NULL ELSE 1 + (h // 11) % 200 END AS quantity,
    CASE WHEN i % $m = 0 THEN NULL ELSE 'units' END AS quantity_unit,
    CASE WHEN i % $m = 0 THEN CAST(1 + (h // 13) % 900 AS DECIMAL(38, 2)) * 1000000 END AS amount,
    CASE WHEN i % $m = 0 THEN ['EUR','USD','GBP','NOK','SEK','PLN','CAD'][1 + (h // 17) % 7] END AS currency,
    ['pledged','delivered','funded','considering','refused'][1 + (h // 19) % 5] AS status,
    CASE WHEN i % 3 = 0 THEN NULL ELSE DATE '2022-02-24' + CAST((h // 23) % 1000 AS INTEGER) END AS date,
    DATE '2022-02-24' + CAST((h // 29) % 1000 AS INTEGER) AS published,
    'synthetic quote of forty characters.....' AS quote,
    i % 8 AS span_start,
    i % 8 + 40 AS span_end,
    -- a pledge of more ("12 more", "a further"): one pledged or funded row in 1/$share, by a hash
    -- of its own (0: none, the ledger of the benchmarks before 2026-12-03)
    ['pledged','delivered','funded','considering','refused'][1 + (h // 19) % 5] IN ('pledged', 'funded')
        AND $share > 0 AND (h // 31) % 1000 < $share * 1000 AS is_additional
FROM (SELECT i, CAST(hash(i) % 1000000007 AS BIGINT) AS h FROM range($n) AS t(i))
"""

PLAIN = """
SELECT donor, system, category, quantity_unit, count(*) AS n_records,
       coalesce(sum(quantity) FILTER (WHERE status = 'pledged'), 0) AS pledged,
       coalesce(sum(quantity) FILTER (WHERE status = 'delivered'), 0) AS delivered,
       coalesce(sum(amount) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount
FROM pledges GROUP BY ALL
"""

FX_TOTALS = """
SELECT donor, system, category, quantity_unit, count(*) AS n_records,
       coalesce(sum(quantity) FILTER (WHERE status = 'pledged'), 0) AS pledged,
       coalesce(sum(quantity) FILTER (WHERE status = 'delivered'), 0) AS delivered,
       coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_eur,
       coalesce(sum(amount_usd) FILTER (WHERE status IN ('pledged', 'delivered', 'funded')), 0) AS amount_usd
FROM pledges_fx GROUP BY ALL
"""


def best_of(con, sql: str, repeat: int = 3) -> tuple[float, int]:
    """Best wall time of the query, its result fetched as Arrow (columnar: no Python objects)."""
    times, rows = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        rows = con.sql(sql).to_arrow_table().num_rows
        times.append(time.perf_counter() - t0)
    return min(times), rows


def build(path: Path, n: int, *, money_every: int = 5, refresh: bool = True, additional: float = 0.0) -> None:
    from aidledger.store import open_ledger

    t0 = time.perf_counter()
    with open_ledger(path) as ledger:
        ledger.con.execute("DELETE FROM pledges")
        ledger.con.execute(FILL, {"n": n, "m": money_every, "share": additional})
        ledger.con.execute("CHECKPOINT")
        marked = ledger.con.execute("SELECT count(*) FILTER (WHERE is_additional), count(*) FILTER (WHERE status IN "
                                    "('pledged', 'funded')) FROM pledges").fetchall()[0]
        print(f"built {n:,} synthetic pledge rows (money on 1 in {money_every}; {marked[0]:,} of {marked[1]:,} "
              f"pledged or funded rows are pledges of more) in {time.perf_counter() - t0:.1f} s")
        if refresh:
            t0 = time.perf_counter()
            with ledger.transaction():
                ledger.refresh_events()
            events = ledger.con.execute("SELECT count(*) FROM events").fetchall()[0][0]
            print(f"refresh_events (mention_events, events, totals_by_*; one transaction): "
                  f"{time.perf_counter() - t0:.1f} s, {events:,} events")
            ledger.con.execute("CHECKPOINT")


def small_write(path: Path, n_docs: int) -> None:
    """Time ``Ledger.add`` of ``n_docs`` new articles (8 mentions each, keys drawn from the same
    donors, systems and dates as the synthetic ledger, so they join existing events): the scoped
    refresh (``refresh_events_scoped``) every ingest of a small batch into a large ledger runs;
    then check its tables against the compute_* views on a sample of keys."""
    import random
    from decimal import Decimal

    from aidledger.model import Document, Pledge, Provenance
    from aidledger.store import open_ledger
    from aidledger.units import Q_

    rng = random.Random(8)
    donors = ["USA", "DEU", "GBR", "FRA", "POL", "CAN", "NOR", "SWE"]
    docs, pledges = [], []
    for k in range(n_docs):
        day = dt.date(2022, 2, 24) + dt.timedelta(days=rng.randrange(1000))
        d = Document(f"new{k}", "Synthetic article about aid to Ukraine for the write benchmark.", published=day)
        docs.append(d)
        for j in range(8):
            money = j == 0
            pledges.append(Pledge(
                rng.choice(donors), "UKR", f"system {rng.randrange(300)}", "tank",
                rng.choice(["pledged", "delivered", "funded"]), Provenance.of(d.id, d.text, j, j + 10),
                quantity=None if money else Q_(1 + rng.randrange(200), "unit"),
                amount=Decimal(1 + rng.randrange(900)) * 1_000_000 if money else None,
                currency="EUR" if money else None))
    with open_ledger(path) as ledger:
        ledger.con.execute(f"SET threads = {os.cpu_count()}")
        t0 = time.perf_counter()
        ledger.add(pledges, documents=docs)
        secs = time.perf_counter() - t0
        print(f"Ledger.add of {n_docs:,} new documents ({len(pledges):,} mentions) into the ledger, "
              f"scoped refresh of events and totals included: {secs:.1f} s")


def views(path: Path, *, live: bool = False) -> None:
    from aidledger.store import open_ledger

    with open_ledger(path, read_only=True) as ledger:
        con = ledger.con
        threads = con.execute("SELECT current_setting('threads')").fetchall()[0][0]
        n = con.execute("SELECT count(*) FROM pledges").fetchall()[0][0]
        print(f"donor x system totals over {n:,} rows (DuckDB threads={threads}, best of 3):")
        queries = [("GROUP BY over pledges (no FX)", PLAIN),
                   ("totals over pledges_fx (as-of FX)", FX_TOTALS),
                   ("by_donor_system view (events)", "SELECT * FROM by_donor_system"),
                   ("by_donor view (events)", "SELECT * FROM by_donor"),
                   ("pledge_events, donor x system sums", "SELECT donor, system, sum(quantity), sum(amount_eur) "
                                                          "FROM pledge_events GROUP BY ALL"),
                   # views that compute what is committed at each query (internal.family_sides)
                   ("donor_family_lifecycle (committed live)", "SELECT * FROM donor_family_lifecycle"),
                   ("lifecycle (committed live)", "SELECT * FROM lifecycle"),
                   ("by_donor_category (committed live)", "SELECT * FROM by_donor_category"),
                   ("value_by_donor (committed live)", "SELECT * FROM value_by_donor")]
        if live:
            queries += [("compute_by_donor_system (afresh)", "SELECT * FROM compute_by_donor_system"),
                        ("compute_events (grouping afresh)", "SELECT count(*) FROM compute_events")]
        for name, sql in queries:
            try:
                secs, rows = best_of(con, sql, 3 if "afresh" not in name else 1)
                print(f"  {name:40s} {secs:7.3f} s  ({rows:,} rows)")
            except Exception as exc:  # a view that a newer schema renamed: say so, go on
                print(f"  {name:40s} failed: {type(exc).__name__}: {str(exc).splitlines()[0]}")


def fx(path: Path, cc_rows: int) -> None:
    from currency_converter import CurrencyConverter

    from aidledger.store import open_ledger

    with open_ledger(path, read_only=True) as ledger:
        con = ledger.con
        sql = "SELECT pledge_id, amount_eur, amount_usd, fx_rate_date FROM pledges_fx WHERE amount IS NOT NULL"
        try:
            sql_secs, n = best_of(con, sql)
        except Exception:  # noqa: BLE001 - a pledges_fx without fx_rate_date
            sql = "SELECT pledge_id, amount_eur, amount_usd FROM pledges_fx WHERE amount IS NOT NULL"
            sql_secs, n = best_of(con, sql)
        got = dict(con.execute(f"SELECT pledge_id, amount_eur FROM pledges_fx WHERE amount IS NOT NULL "
                               f"ORDER BY pledge_id LIMIT {cc_rows}").fetchall())
        rows = con.execute(f"SELECT pledge_id, CAST(amount AS DOUBLE), currency, coalesce(date, published) "
                           f"FROM pledges WHERE amount IS NOT NULL ORDER BY pledge_id LIMIT {cc_rows}").fetchall()
    print(f"FX conversion of {n:,} money rows to EUR and USD:")
    print(f"  DuckDB pledges_fx (as-of join, Arrow out): {sql_secs:7.3f} s  ({n / sql_secs:,.0f} rows/s)")
    cc = CurrencyConverter(fallback_on_wrong_date=True, fallback_on_missing_rate=True,
                           fallback_on_missing_rate_method="last_known")
    t0 = time.perf_counter()
    out = {}
    for pid, amount, cur, day in rows:
        try:
            out[pid] = (cc.convert(amount, cur, "EUR", date=day), cc.convert(amount, cur, "USD", date=day))
        except Exception:  # noqa: BLE001 - a rate the peer lacks
            out[pid] = (None, None)
    cc_secs = time.perf_counter() - t0
    rate = len(rows) / cc_secs
    label = "" if len(rows) == n else f" (run on {len(rows):,} rows, time extrapolated)"
    print(f"  currency_converter.convert per row        : {n / rate:7.3f} s  ({rate:,.0f} rows/s){label}")
    print(f"  ratio = {n / rate / sql_secs:.1f}x")
    agree = sum(1 for pid, (e, _) in out.items() if e is not None and got.get(pid) is not None
                and abs(float(got[pid]) - e) <= 1e-6 * max(1.0, abs(e)))
    print(f"  same EUR amount (1e-6 relative) on {agree:,} of {len(out):,} compared rows")


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--fx-rows", type=int, default=1_000_000)
    ap.add_argument("--cc-rows", type=int, default=1_000_000)
    ap.add_argument("--skip-views", action="store_true")
    ap.add_argument("--skip-fx", action="store_true")
    ap.add_argument("--live", action="store_true", help="also time the compute_* views (slow)")
    ap.add_argument("--additional", type=float, default=0.18, metavar="SHARE",
                    help="share of the pledged or funded rows that are pledges of more (is_additional; "
                         "default: the extractor's share on the dev documents; 0: none, as before 2026-12-03)")
    ap.add_argument("--write", type=int, default=100, metavar="DOCS",
                    help="then time adding this many documents (a scoped refresh; 0: skip)")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="aidledger-views-"))
    print(f"{dt.date.today()}  nproc={os.cpu_count()}")
    try:
        if not args.skip_views:
            build(tmp / "views.duckdb", args.rows, additional=args.additional)
            views(tmp / "views.duckdb", live=args.live)
            if args.write:
                small_write(tmp / "views.duckdb", args.write)
            (tmp / "views.duckdb").unlink()
        if not args.skip_fx:
            build(tmp / "fx.duckdb", args.fx_rows, money_every=1, refresh=False)
            fx(tmp / "fx.duckdb", args.cc_rows)
    finally:
        for f in tmp.iterdir():
            f.unlink()
        tmp.rmdir()


if __name__ == "__main__":
    main(sys.argv[1:])
