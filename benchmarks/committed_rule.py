"""The committed rule alone: ``internal.family_sides`` (``sql/030_committed.sql``) over synthetic
events, with a share of pledges of more.

usage: python benchmarks/committed_rule.py [--events 700000] [--additional 0.18] [--repeat 3]

Builds in memory ``--events`` events of 40 donors x 300 families (pledged, delivered, funded,
dates over 1,000 days, quantities 1-200), ``--additional`` of them marked as pledges of more
(``is_additional``; 0.18 is the share the extractor marks on the dev documents), runs the macro
of the installed ``aidledger`` (its ``sql/030_committed.sql``) and prints the best wall time with
two sums of its result (the same sums before and after a change of the macro mean the same
figures). To time an older version, run this file with ``PYTHONPATH`` pointing at an exported
copy of it, from another folder.
"""

from __future__ import annotations

import argparse
import sys
import time

import duckdb

EVENTS = """
CREATE TABLE t AS SELECT
    0 AS k, 'D' || (i % 40) AS donor, 'F' || ((i // 40) % 300) AS family,
    ['pledged', 'delivered', 'funded'][CAST(1 + hash(i) % 3 AS BIGINT)] AS status,
    hash(i * 7) % 1000 < $share * 1000 AS is_additional,
    DATE '2022-01-01' + CAST(hash(i * 3) % 1000 AS INTEGER) AS effective_date,
    'e' || i AS event_id,
    CAST(1 + hash(i * 5) % 200 AS DOUBLE) AS v
FROM range($n) AS r(i)
"""


def main(argv: list[str]) -> None:
    from aidledger.resources import sql_dir

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=700_000)
    ap.add_argument("--additional", type=float, default=0.18)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    con = duckdb.connect()
    macros = sql_dir() / "030_committed.sql"
    con.execute(macros.read_text(encoding="utf-8"))
    con.execute(EVENTS, {"n": args.events, "share": args.additional})
    times, sums = [], None
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        sums = con.execute("SELECT sum(committed), sum(uncovered) FROM internal.family_sides(t)").fetchall()[0]
        times.append(time.perf_counter() - t0)
    print(f"{macros}: internal.family_sides over {args.events:,} events ({args.additional:.0%} pledges of more), "
          f"best of {args.repeat}: {min(times):.3f} s; sum(committed)={sums[0]:,.0f} sum(uncovered)={sums[1]:,.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])
