"""CPU time of each statement of a refresh named query (sql/queries/refresh.sql) and of a few views,
on an in-memory ledger of a few rows (six documents of three mentions: items and money in EUR, USD
and a currency without rates): on so small a ledger DuckDB's planning, not the data, is the cost.

usage (from the repository root):

    python benchmarks/refresh_statements.py [--query refresh_events_scoped] [--repeat 3]

Each statement runs in a transaction rolled back after the query's last statement, best of --repeat;
refresh_docs holds two of the documents and refresh_changed_groups every group of the events (the
scoped queries' input). Then the views compute_events, compute_mention_events, pledges_fx and
fx_problems (and compute_totals when the ledger has it), best of --repeat.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--query", action="append", help="named queries (default: the scoped refresh's)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from test_refresh import SYSTEMS, D, build

    from aidledger import store
    from aidledger.store import Ledger

    store.refresh.SCOPED_REFRESH_SHARE = float("inf")
    led = Ledger.open(None)
    for i in range(6):
        d, pledges = build(f"d{i}", D(2023, 1, 1 + i), [
            {"donor": ["DEU", "FRA", "USA"][(i + j) % 3], "system": SYSTEMS[(i + j) % 4], "status": "pledged",
             "quantity": 4, "amount": "100", "date": None, "notes": (), "currency": ["EUR", "USD", "XYZ"][j % 3]}
            for j in range(3)])
        led.add(pledges, documents=[d])
    text = (ROOT / "sql" / "queries" / "refresh.sql").read_text(encoding="utf-8")
    names = args.query or [n for n in ("refresh_fx_problems_scoped", "refresh_events_scoped",
                                       "refresh_totals_scoped_in_one", "refresh_totals_scoped")
                           if f"-- name: {n}#" in text]
    con = led.con
    for name in names:
        block = text.split(f"-- name: {name}#")[1].split("-- name:")[0]
        statements = [s for s in ("\n".join(line for line in part.splitlines() if not line.strip().startswith("--"))
                                  .strip() for part in block.split(";\n")) if s]
        best = [float("inf")] * len(statements)
        for _ in range(args.repeat):
            con.execute("BEGIN")
            con.execute("INSERT INTO internal.refresh_docs VALUES ('d1'), ('d2')")
            con.execute("INSERT INTO internal.refresh_changed_groups BY NAME SELECT donor, system, category, "
                        "quantity_unit, status, CAST(date_trunc('month', effective_date) AS DATE) AS month "
                        "FROM internal.events")
            for k, statement in enumerate(statements):
                t = time.process_time()
                con.execute(statement)
                best[k] = min(best[k], time.process_time() - t)
            con.execute("ROLLBACK")
        print(f"{name}: {len(statements)} statements, {sum(best) * 1000:.0f} ms in all; the largest:")
        for ms, statement in sorted(((b * 1000, s) for b, s in zip(best, statements, strict=True)), reverse=True)[:3]:
            print(f"  {ms:6.1f} ms  {' '.join(statement.split())[:100]}")
    views = ["internal.compute_events", "internal.compute_mention_events", "pledges_fx", "fx_problems"]
    if con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'compute_totals'").fetchall()[0][0]:
        views.append("internal.compute_totals")
    for view in views:
        best_view = float("inf")
        for _ in range(args.repeat):
            t = time.process_time()
            con.execute(f"SELECT * FROM {view}").fetchall()
            best_view = min(best_view, time.process_time() - t)
        print(f"SELECT * FROM {view}: {best_view * 1000:.1f} ms")


if __name__ == "__main__":
    main()
