"""What one step of ``tests/test_refresh.py``'s scoped-refresh property test costs: one write
(``Ledger.add``, the scoped refresh) and one check (the eight ``compute_*`` views read afresh, and
the test's own check, ``same_as_afresh``),
CPU time, on an in-memory ledger holding a few rows; then where DuckDB spends one view's time.

usage (from the repository root): python benchmarks/refresh_check_cost.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from test_refresh import PAIRS, SYSTEMS, D, build, same_as_afresh

    from aidledger import store
    from aidledger.store import Ledger

    store.refresh.SCOPED_REFRESH_SHARE = float("inf")  # as the test: the scoped path whatever the size
    led = Ledger.open(None)

    def write(i: int) -> None:
        d, pledges = build(f"d{i}", D(2023, 1, 1 + i % 28), [
            {"donor": ["DEU", "FRA", "USA"][i % 3], "system": SYSTEMS[i % 4], "status": "pledged",
             "quantity": 4, "amount": "100", "date": None, "notes": (), "currency": "EUR"}])
        led.add(pledges, documents=[d])

    def check(prepared: bool = False) -> None:
        for table, view in PAIRS:
            led.sql(f"SELECT * FROM {table} ORDER BY ALL")
            led.sql(f"EXECUTE fresh_{view}" if prepared else f"SELECT * FROM {view} ORDER BY ALL")

    write(0)
    writes, checks = [], []
    for i in range(1, args.repeat + 1):
        t = time.process_time()
        write(i)
        writes.append(time.process_time() - t)
        t = time.process_time()
        check()
        checks.append(time.process_time() - t)
    for _, view in PAIRS:
        led.con.execute(f"PREPARE fresh_{view} AS SELECT * FROM {view} ORDER BY ALL")
    tests_check = []
    for _ in range(args.repeat):
        t = time.process_time()
        same_as_afresh(led)
        tests_check.append(time.process_time() - t)
    prepared = []
    for _ in range(args.repeat):
        t = time.process_time()
        check(prepared=True)
        prepared.append(time.process_time() - t)
    print(f"CPU, best of {args.repeat}: one write (scoped refresh) {min(writes) * 1000:.0f} ms; "
          f"one check (8 tables and 8 compute_* views) {min(checks) * 1000:.0f} ms, "
          f"with the views prepared {min(prepared) * 1000:.0f} ms; the property test's check "
          f"(test_refresh.same_as_afresh) {min(tests_check) * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "profile.json"
        led.con.execute("PRAGMA enable_profiling='json'")
        led.con.execute("PRAGMA profiling_mode='detailed'")
        led.con.execute(f"PRAGMA profiling_output='{out}'")
        led.con.execute("SELECT * FROM compute_by_donor ORDER BY ALL").fetchall()
        led.con.execute("PRAGMA disable_profiling")
        profile = json.loads(out.read_text())
    print("DuckDB's profile of compute_by_donor: total {:.0f} ms, optimiser {:.0f} ms, planner {:.0f} ms "
          "(binding {:.0f} ms), execution CPU {:.0f} ms".format(
              *(1000 * x for x in (profile["query"]["total_time"], profile["optimizer"]["total_time"],
                                   profile["planner"]["total_time"], profile["planner"]["binding_time"],
                                   profile["query"]["cpu_time"]))))


if __name__ == "__main__":
    main()
