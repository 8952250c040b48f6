"""Write sql/405_hicp.sql from aidledger/data/hicp.csv (run after editing the CSV).

    python scripts/gen_hicp_sql.py            # rewrite sql/405_hicp.sql
    python scripts/gen_hicp_sql.py --check    # exit 1 when the SQL file is out of date

The CSV (checked by ``aidledger.value.deflator.read_hicp``) holds the published annual average
rates of change of the HICP, one row per year with its source; the SQL file carries them as the
table ``hicp`` so that it exists in any DuckDB client without the package. The index is computed
from it in sql/410_value.sql (unit prices brought to their event's year), the constant-euro totals
in sql/420_constant_eur.sql.
tests/test_value_constant.py checks that the two files agree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlgen import SOURCE_COLUMNS, source_values, values_rows, write_or_check

ROOT = Path(__file__).resolve().parent.parent
CSV = ROOT / "aidledger" / "data" / "hicp.csv"
SQL = ROOT / "sql" / "405_hicp.sql"

HEADER = """\
-- The price index for constant euros (issue 15): the annual average rate of change of the
-- harmonised index of consumer prices (HICP, all items), one row per year, as Eurostat publishes
-- it. GENERATED from aidledger/data/hicp.csv by scripts/gen_hicp_sql.py: edit the CSV, then run
-- the script. The chained index (first year = 100, hicp_index) is in sql/410_value.sql, which
-- brings each unit price from its year to its event's year with it; the constant-euro totals are
-- in sql/420_constant_eur.sql; the method is in docs/methodology.md.

CREATE OR REPLACE TABLE hicp (
    year             INTEGER PRIMARY KEY,
    annual_rate      DECIMAL(6, 2) NOT NULL,  -- annual average rate of change, percent
""" + SOURCE_COLUMNS + """);
"""


def render(csv_path: Path = CSV) -> str:
    sys.path.insert(0, str(ROOT))
    from aidledger.value.deflator import read_hicp

    rows = read_hicp(csv_path)
    values = values_rows([[str(r.year), str(r.annual_rate), *source_values(r)] for r in rows])
    return HEADER + "INSERT INTO hicp VALUES\n" + values + ";\n"


if __name__ == "__main__":
    raise SystemExit(write_or_check(SQL, render, sys.argv[1:], "scripts/gen_hicp_sql.py"))
