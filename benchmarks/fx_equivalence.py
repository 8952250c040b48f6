"""The FX views (pledges_fx, conversion_checks, fx_problems) against an earlier commit's: the same rows
on random money pledges, and what each costs.

The three views of the earlier commit (``sql/050_events.sql``, ``sql/100_views.sql``) are created under
the schema ``old`` beside today's, in an in-memory ledger holding the bundled ECB rates; random
pledges are written into ``pledges`` (money in EUR, USD, currencies with rates until today, currencies
whose rates ended (RUB, HRK, TRL), one that starts late (ILS), one without rates (XYZ), no currency;
announcement and publication dates from 1995 to 2030 or none; conversions stated in another
currency, some 5 % off), and each view's rows are compared with today's with ``EXCEPT ALL`` both
ways (and their column names and types): no sum is involved, so the rows must be the same bit for
bit. Then the CPU time of ``SELECT * FROM`` each view, old and new alternating, best of --repeat,
on the same ledger and on one of --small rows (what a test's ledger holds).

usage (from the repository root):

    python benchmarks/fx_equivalence.py [--old REV] [--rows 5000] [--seeds 3] [--small 12] [--repeat 5]

Exit status 1 when any view's rows differ.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VIEWS = {"pledges_fx": "sql/050_events.sql", "conversion_checks": "sql/100_views.sql",
         "fx_problems": "sql/100_views.sql"}
CURRENCIES = ["EUR", "USD", "GBP", "JPY", "RUB", "HRK", "TRL", "ILS", "ISK", "XYZ", None]


def old_views(rev: str) -> str:
    """The FX views at rev, renamed into the schema old (each reading the others' old versions)."""
    out = ["CREATE SCHEMA IF NOT EXISTS old"]
    for view, path in VIEWS.items():
        text = subprocess.run(["git", "show", f"{rev}:{path}"], cwd=ROOT, check=True, capture_output=True,
                              text=True).stdout
        text = "\n".join(line for line in text.splitlines() if not line.strip().startswith("--"))
        (statement,) = [s for s in re.split(r";\s*\n", text) if f"CREATE OR REPLACE VIEW {view} AS" in s]
        out.append(re.sub(r"\b(pledges_fx|conversion_checks|fx_problems)\b", r"old.\1", statement))
    return ";\n".join(out) + ";"


def fill(con, rows: int, seed: float) -> None:
    """rows random pledges (about 4 in 5 with money) in pledges, replacing what it held."""
    currencies = "[" + ", ".join("NULL" if c is None else f"'{c}'" for c in CURRENCIES) + "]"
    con.execute("DELETE FROM pledges")
    con.execute(f"SELECT setseed({seed})")
    con.execute(f"""
        INSERT INTO pledges BY NAME
        WITH r AS (
            SELECT i, random() AS a, random() AS b, random() AS c, random() AS d, random() AS e, random() AS f,
                   random() AS g
            FROM range({rows}) AS t(i)
        )
        SELECT 'p' || i AS pledge_id, 'd' || (i % 97) AS doc_id, 'DEU' AS donor, 'UKR' AS recipient,
               'money' AS system, 'money' AS category, 'pledged' AS status, 'quote ' || i AS quote,
               i AS span_start, i + 5 AS span_end,
               CASE WHEN a < 0.2 THEN NULL ELSE round(b * 1e9, 2) END AS amount,
               {currencies}[1 + CAST(floor(c * {len(CURRENCIES)}) AS INTEGER)] AS currency,
               CASE WHEN d < 0.3 THEN NULL ELSE DATE '1995-01-01' + CAST(floor(d * 13000) AS INTEGER) END AS date,
               CASE WHEN e < 0.2 THEN NULL ELSE DATE '1995-01-01' + CAST(floor(e * 13000) AS INTEGER) END AS published,
               CASE WHEN f < 0.5 THEN NULL ELSE round(b * 1e9 * (0.9 + g * 0.3), 2) END AS stated_amount,
               CASE WHEN f < 0.5 THEN NULL ELSE {currencies}[1 + CAST(floor(g * 9) AS INTEGER)] END
                   AS stated_currency
        FROM r""")


def cpu(con, sql: str) -> float:
    t = time.process_time()
    con.execute(sql).fetchall()
    return time.process_time() - t


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", default="f24a969", help="the earlier commit (default: before the eleventh session)")
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--small", type=int, default=12)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from aidledger.store import Ledger

    led = Ledger.open(None)
    con = led.con
    con.execute(old_views(args.old))
    bad = 0
    for seed in range(args.seeds):
        fill(con, args.rows, seed / args.seeds)
        for view in VIEWS:
            new, old = f"SELECT * FROM {view}", f"SELECT * FROM old.{view}"
            cols_new = [r[:2] for r in con.execute(f"DESCRIBE {new}").fetchall()]
            cols_old = [r[:2] for r in con.execute(f"DESCRIBE {old}").fetchall()]
            n = con.execute(f"SELECT count(*) FROM ({new})").fetchall()[0][0]
            diff = (con.execute(f"SELECT count(*) FROM ({new} EXCEPT ALL {old})").fetchall()[0][0]
                    + con.execute(f"SELECT count(*) FROM ({old} EXCEPT ALL {new})").fetchall()[0][0])
            same = cols_new == cols_old and diff == 0
            bad += not same
            print(f"seed {seed}: {view}: {n} rows, {'the same' if same else f'DIFFERENT ({diff} rows)'}")
    for rows in (args.rows, args.small):
        fill(con, rows, 0.5)
        for view in VIEWS:
            best = {"old": float("inf"), "new": float("inf")}
            for _ in range(args.repeat):
                best["old"] = min(best["old"], cpu(con, f"SELECT * FROM old.{view}"))
                best["new"] = min(best["new"], cpu(con, f"SELECT * FROM {view}"))
            print(f"{rows} pledges: SELECT * FROM {view}: old {best['old'] * 1000:.1f} ms, "
                  f"new {best['new'] * 1000:.1f} ms (CPU, best of {args.repeat})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
