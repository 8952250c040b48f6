"""Write sql/210_gdp.sql from aidledger/data/gdp.csv (run after editing the CSV).

    python scripts/gen_gdp_sql.py            # rewrite sql/210_gdp.sql
    python scripts/gen_gdp_sql.py --check    # exit 1 when the SQL file is out of date

The SQL file carries the values itself so that the ``gdp`` table exists in any DuckDB client
without the package (a SQL file cannot know where the package's data folder is).
tests/test_analytics.py checks that the two files agree.
"""

from __future__ import annotations

import csv
import sys
from decimal import Decimal
from pathlib import Path

from sqlgen import quote, values_rows, write_or_check

ROOT = Path(__file__).resolve().parent.parent
CSV = ROOT / "aidledger" / "data" / "gdp.csv"
SQL = ROOT / "sql" / "210_gdp.sql"

HEADER = """\
-- GDP of donors: the rows of the table gdp (created in sql/200_analytics.sql), the denominator of
-- the view money_share_gdp. GENERATED from aidledger/data/gdp.csv by scripts/gen_gdp_sql.py:
-- edit the CSV, then run the script. gdp_eur_bn = gross domestic product of the year `year` in
-- EUR billion at current prices; `source` names where each figure comes from.

DELETE FROM gdp;
"""


def render(csv_path: Path = CSV) -> str:
    with csv_path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    values = values_rows([[quote(r["donor"]), quote(r["name"]), str(int(r["year"])), str(Decimal(r["gdp_eur_bn"])),
                           quote(r["source"])] for r in rows])
    return HEADER + "INSERT INTO gdp (donor, name, year, gdp_eur_bn, source) VALUES\n" + values + ";\n"


if __name__ == "__main__":
    raise SystemExit(write_or_check(SQL, render, sys.argv[1:], "scripts/gen_gdp_sql.py"))
