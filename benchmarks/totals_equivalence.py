"""The totals macros of sql/100_views.sql against an earlier commit's: the same rows on random events.

Each totals macro (``internal.totals_of_donor``, ``_donor_system``, ``_system``, ``_category``,
``_month``, ``_status``) of the earlier commit is created under the schema ``old`` beside today's,
both are run on tables of random events (every column of ``internal.events``: small vocabularies so
that groups hold several donors and families, pledges of more, components, running totals, NULL
quantities, units, currencies, dates and amounts, money that does not convert), and the results are
compared with ``EXCEPT ALL`` both ways (and their column names and types). Then the same for
``internal.totals_of_tables`` (all six tables in one statement) against each table's own macro.

usage (from the repository root):

    python benchmarks/totals_equivalence.py [--old REV] [--rows 3000] [--seeds 3] [--dyadic] [--threads N]

Sums of DOUBLE (money converted at a rate) depend on the order the numbers are added in, which
DuckDB does not fix (threads, hash tables): rows that differ only in the last bits of such sums are
reported as such. With --dyadic every amount is a multiple of 1/64, so every sum is exact and the
rows must be the same bit for bit. Exit status 1 when any row differs in anything else. Since the
22nd session today's macros sum money exact (DECIMAL(38, 6), ``internal.exact``): one statement and
each table's own macro agree bit for bit without --dyadic; an earlier commit's DOUBLE sums differ
from today's by at most half a millionth of a unit per event (each amount rounded to 6 places),
reported as last-bit differences.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
KEYS = {"donor": ["donor"], "donor_system": ["donor", "system", "category", "quantity_unit"],
        "system": ["system", "category", "quantity_unit"], "category": ["category", "quantity_unit"],
        "month": ["month"], "status": ["status"]}

def old_macros(rev: str) -> str:
    """The totals macros of sql/100_views.sql at rev, renamed into the schema old."""
    text = subprocess.run(["git", "show", f"{rev}:sql/100_views.sql"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout
    statements = [s.strip() for s in re.split(r";\s*\n", text)]
    keep = [s for s in statements if re.search(r"CREATE OR REPLACE MACRO internal\.(totals_of_|money_of)", s)]
    sql = ";\n".join(keep) + ";"
    return "CREATE SCHEMA IF NOT EXISTS old;\n" + re.sub(r"internal\.(totals_of_|money_of)", r"old.\1", sql)


def differences(con, a: str, b: str, keys: list[str]) -> list[str]:
    """What differs between the rows of the queries a and b: nothing, or only the last bits of
    DOUBLE sums (the numbers added in another order, or each amount rounded to a millionth of a
    unit as today's exact sums do: at most half a millionth per event of the row), or more."""
    import math

    import polars as pl

    problems = []
    da = con.execute(f"DESCRIBE {a}").fetchall()
    db = con.execute(f"DESCRIBE {b}").fetchall()
    if [r[:2] for r in da] != [r[:2] for r in db]:
        return [f"columns differ: {[r[:2] for r in da]} != {[r[:2] for r in db]}"]
    n_ab = con.execute(f"SELECT count(*) FROM ({a} EXCEPT ALL {b})").fetchall()[0][0]
    n_ba = con.execute(f"SELECT count(*) FROM ({b} EXCEPT ALL {a})").fetchall()[0][0]
    if not n_ab and not n_ba:
        return []
    doubles = [r[0] for r in da if r[1] == "DOUBLE"]
    ra = pl.from_arrow(con.sql(f"SELECT * FROM ({a}) ORDER BY {', '.join(keys)}").to_arrow_table())
    rb = pl.from_arrow(con.sql(f"SELECT * FROM ({b}) ORDER BY {', '.join(keys)}").to_arrow_table())
    if ra.select(keys).rows() != rb.select(keys).rows():
        return [f"{n_ab} and {n_ba} rows differ (EXCEPT ALL both ways), and the groups differ"]
    worst = 0.0
    n_terms = ra["n_events"].to_list() if "n_events" in ra.columns else [ra.height] * ra.height
    for column in ra.columns:
        for x, y, n in zip(ra[column].to_list(), rb[column].to_list(), n_terms, strict=True):
            if x == y:
                continue
            if column in doubles and x is not None and y is not None and math.isclose(
                    x, y, rel_tol=1e-12, abs_tol=5e-7 * n):
                worst = max(worst, abs(x - y) / max(abs(x), abs(y)))
            else:
                problems.append(f"{column}: {x!r} != {y!r}")
    if problems:
        return [f"{n_ab} and {n_ba} rows differ (EXCEPT ALL both ways): " + "; ".join(problems[:5])]
    return [f"EXCEPT ALL: {n_ab} and {n_ba} rows differ, only in the last bits of DOUBLE sums "
            f"(relative difference at most {worst:.1e}: the same numbers added in another order, "
            f"or rounded to a millionth of a unit each)"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", default="4ab8d8f", help="the earlier commit (default: before the tenth session)")
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--dyadic", action="store_true",
                        help="money in multiples of 1/64, so that sums of DOUBLE are exact in any order")
    parser.add_argument("--threads", type=int, default=0, help="DuckDB threads (default: DuckDB's)")
    args = parser.parse_args()
    from test_refresh import random_events

    from aidledger.store import Ledger

    failed = False
    with Ledger.open(None) as led:
        con = led.con
        con.execute(old_macros(args.old))
        if args.threads:
            con.execute(f"SET threads = {args.threads}")
        con.execute("CREATE TEMP TABLE rand_events AS SELECT * FROM internal.events LIMIT 0")
        for seed in range(args.seeds):
            con.execute("DELETE FROM rand_events")
            random_events(con, "rand_events", args.rows, seed=(seed + 1) / (args.seeds + 2), dyadic=args.dyadic)
            con.execute("CREATE OR REPLACE TEMP TABLE all_tables AS "
                        "SELECT * FROM internal.totals_of_tables(rand_events)")
            for name, keys in KEYS.items():
                new = f"SELECT * FROM internal.totals_of_{name}(rand_events)"
                rows = con.execute(f"SELECT count(*) FROM ({new})").fetchall()[0][0]
                checks = {
                    "old": differences(con, f"SELECT * FROM old.totals_of_{name}(rand_events)", new, keys),
                    "in one": differences(
                        con, f"SELECT * FROM internal.columns_of_{name}(all_tables)", new, keys),
                }
                for what, problems in checks.items():
                    failed |= any(not p.startswith("EXCEPT ALL:") for p in problems)
                    verdict = "; ".join(problems) or "the same rows (EXCEPT ALL both ways: none)"
                    print(f"seed {seed}, {args.rows} events, totals_of_{name} ({rows} rows) vs {what}: {verdict}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
