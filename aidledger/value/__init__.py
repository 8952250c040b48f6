"""What aid is worth: the price table and the valuation of in-kind aid (issue 15).

- ``prices``: ``aidledger/data/prices.csv`` read and checked into ``Price`` records (a published
  unit price per catalog system or family, with condition, year, low and high, and its source);
  ``price_for`` finds a system's price (its own row, else its family's).
- ``deflator``: the HICP series (``aidledger/data/hicp.csv``) chained into an index, for totals in
  constant euros of a chosen year (``api.value_constant``, ``aidledger value --constant-eur``).
- ``kiel``: Kiel's own counts (``weapons.csv``) valued with the price table and set beside Kiel's
  values (``aidledger compare --values``).

The value of each pledge event (stated money, or count x unit price, with its basis) and the
totals of money plus value are SQL views (``sql/410_value.sql``) over the ``prices`` table that
``sql/400_prices.sql`` creates (generated from the CSV by ``scripts/gen_prices_sql.py``).
"""

from aidledger.value.prices import Price, price_for, prices_frame, read_prices

__all__ = ["Price", "price_for", "prices_frame", "read_prices"]
