"""Kiel's weapons.csv valued with aidledger's price table: the figures of docs/reconciliation.md.

    python benchmarks/value_kiel.py ../shared/reference/kiel-ust-release29/weapons.csv [--base-year YEAR]

Prints how many of Kiel's rows have counts that do not sum to its number_of_weapons (a packed list
read with a wrong count would show there), the share of Kiel's donor x category rows valued (every
system of the row priced), how many of them are within 50 % of Kiel's own value, the median ratio,
the reasons named for the rows further off (the first reason of each row, then every reason that
holds), and why the other rows are not valued: a catalog system without a price, or a name the
catalog does not know, or a count Kiel gives in another unit than the price's (launchers of a
system priced per battery, aidledger/data/kiel_count_units.csv). Rows with a system priced by
analogy (aidledger/data/price_analogies.csv) are counted apart, and the same figures are printed
without them (published prices only). The
same rows, one by one: ``aidledger compare --values --kiel weapons.csv``. Our values are in euros
of ``--base-year`` (default ``aidledger.value.kiel.BASE_YEAR``, 2023): every price brought from
its own year with the HICP series, the same rule for every row.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path


def main(argv: list[str]) -> int:
    from aidledger.value.kiel import BASE_YEAR

    base_year = BASE_YEAR
    if len(argv) == 3 and argv[1] == "--base-year" and argv[2].isdigit():
        base_year, argv = int(argv[2]), argv[:1]
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print("usage: python benchmarks/value_kiel.py weapons.csv [--base-year YEAR]", file=sys.stderr)
        return 2
    import polars as pl

    from aidledger.errors import InputError
    from aidledger.trackers import kiel
    from aidledger.value.kiel import summary, summary_line, value_weapons
    from aidledger.value.prices import read_prices

    prices = read_prices()
    frame, _ = kiel.read_weapons(argv[0])
    try:
        values = value_weapons(frame, prices, base_year=base_year)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"values in euros of {base_year} (each price brought from its own year with the HICP series)")
    s = summary(values)
    sums = frame.group_by("source_line").agg(pl.col("count").sum().alias("n"), pl.col("row_total").first())
    print(f"Kiel rows whose counts do not sum to its number_of_weapons: "
          f"{sums.filter(pl.col('n') != pl.col('row_total')).height} of {sums.height}")
    analogies = sum(p.basis == "analogy" for p in prices.values())
    print(f"price rows: {len(prices)} (every row with a source; {analogies} of them by analogy with a "
          "priced system)")
    own = summary(values, own_only=True)
    for label, fig in (("", s), ("published prices only (rows priced by analogy not valued): ", own)):
        median = "-" if fig["median_ratio"] is None else f"{fig['median_ratio']:.2f}"
        print(f"{label}Kiel rows: {fig['rows']}; valued: {fig['valued']} ({100 * fig['valued'] / fig['rows']:.0f} %)"
              f"; within 50 % of Kiel: {fig['within']} ({100 * fig['within'] / max(fig['valued'], 1):.0f} % of valued)"
              f"; median ratio {median}")
    by_analogy = values.filter(values["by_analogy"].fill_null(False))
    print(f"rows with a system priced by analogy: {by_analogy.height}, within 50 % of Kiel: "
          f"{int(by_analogy['within'].sum())}")
    reasons = Counter(r for r in values["reason"].to_list() if r)
    print("reasons for rows off by more than half: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    every = Counter(r for rs in values["reasons"].drop_nulls().to_list() for r in rs.split("; "))
    print("every reason that holds (a row may have several): "
          + ", ".join(f"{k} {v}" for k, v in every.most_common()))
    missing = Counter(n for u in values["unpriced"].drop_nulls().to_list() for n in u.split("; "))
    unknown = set(frame.filter(frame["family"].is_null())["name"].to_list())
    print("catalog systems without a price (rows): "
          + "; ".join(f"{k} ({v})" for k, v in missing.most_common() if k not in unknown))
    print("names the catalog does not know (rows): "
          + "; ".join(f"{k} ({v})" for k, v in missing.most_common() if k in unknown))
    other = Counter(n for u in values["other_unit"].drop_nulls().to_list() for n in u.split("; "))
    print("systems Kiel counts in another unit than their price's, not valued (rows): "
          + "; ".join(f"{k} ({v})" for k, v in other.most_common()))
    print(summary_line(values))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
