"""Write sql/400_prices.sql from aidledger/data/prices.csv and price_analogies.csv (run after
editing either).

    python scripts/gen_prices_sql.py            # rewrite sql/400_prices.sql
    python scripts/gen_prices_sql.py --check    # exit 1 when the SQL file is out of date

The CSVs are checked first (``aidledger.value.prices.read_prices``: every row sourced, bounds
around the price, systems of the catalog; every analogy naming a priced analog of the same unit and
condition), then written as a ``CREATE OR REPLACE TABLE prices``
with its rows, so that the table exists in any DuckDB client without the package.
tests/test_value_prices.py checks that the two files agree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlgen import SOURCE_COLUMNS, quote, source_values, values_rows, write_or_check

ROOT = Path(__file__).resolve().parent.parent
CSV = ROOT / "aidledger" / "data" / "prices.csv"
ANALOGIES = ROOT / "aidledger" / "data" / "price_analogies.csv"
SQL = ROOT / "sql" / "400_prices.sql"

HEADER = """\
-- The price table (issue 15): one published unit price per catalog system or family, with its
-- source, and the prices by analogy (basis 'analogy': a system without a published price priced as
-- a named comparable system, with that system's figures and source and a wider band).
-- GENERATED from aidledger/data/prices.csv and price_analogies.csv by scripts/gen_prices_sql.py:
-- edit the CSVs, then run the script. Read by the valuation views of sql/410_value.sql; the format and the
-- price basis are documented in aidledger/data/README.md and docs/methodology.md.

CREATE OR REPLACE TABLE prices (
    system           VARCHAR PRIMARY KEY,     -- catalog name (a system or a family), or a class of an analogy
    condition        VARCHAR NOT NULL,        -- new, used (from stocks), refurbished (or upgraded)
    unit             VARCHAR NOT NULL,        -- what one counted item is: unit, battery, round
    quantity_unit    VARCHAR NOT NULL,        -- the ledger's quantity_unit it prices: units, rounds
    price            DECIMAL(38, 2) NOT NULL, -- price of one item, in currency of price_year
    currency         VARCHAR NOT NULL,        -- ISO 4217
    price_year       INTEGER NOT NULL,
    low              DECIMAL(38, 2) NOT NULL, -- lower bound, same currency
    high             DECIMAL(38, 2) NOT NULL, -- upper bound, same currency
    derivation       VARCHAR NOT NULL,        -- how the unit price follows from the source
    bounds           VARCHAR NOT NULL,        -- where low and high come from
    basis            VARCHAR NOT NULL,        -- own (a published price) or analogy
    analog           VARCHAR,                 -- for analogy: the priced system it borrows from
""" + SOURCE_COLUMNS + """);
"""


def render(csv_path: Path = CSV, analogies: Path = ANALOGIES) -> str:
    sys.path.insert(0, str(ROOT))
    from aidledger.value.prices import read_prices

    prices = read_prices(csv_path, analogies=analogies)
    values = values_rows([[quote(p.system), quote(p.condition), quote(p.unit), quote(p.quantity_unit), str(p.price),
                           quote(p.currency), str(p.price_year), str(p.low), str(p.high), quote(p.derivation),
                           quote(p.bounds), quote(p.basis), quote(p.analog) if p.analog else "NULL",
                           *source_values(p)] for p in prices.values()])
    return HEADER + "INSERT INTO prices VALUES\n" + values + ";\n"


if __name__ == "__main__":
    raise SystemExit(write_or_check(SQL, render, sys.argv[1:], "scripts/gen_prices_sql.py"))
