"""Kiel Support Tracker against the Oryx donated-equipment list, through aidledger's adapters.

Run:  python benchmarks/reference_compare.py [REFERENCE_DIR]

REFERENCE_DIR defaults to ``$AIDLEDGER_REFERENCE`` or ``../shared/reference`` next to the checkout
(``kiel-ust-release29/weapons.csv``, ``kiel-ust-release29/data_explorer.csv``,
``oryx-donated/donated_vehicles.csv``); the script prints a note and exits 0 when they are absent.
Nothing of those files is copied into the repository.

Measured and printed:

* rows read, problems by code, rows matched to the catalog;
* donor x system pairs present in both trackers, matched three ways: by the exact name as written,
  by *cleaned* names (case, punctuation, spaces, calibre prefixes, footnote marks and plural ``s``
  dropped; a pair matches when one cleaned name contains the other), and through the catalog
  (family level). The first two count among the pairs the catalog finds in both;
* of the pairs in both, the share with equal counts (threshold 0, and among pairs where both
  counts are known);
* the distribution of likely reasons (``aidledger.trackers.compare.REASONS``);
* the names the catalog does not know (to feed ``aidledger/data/systems.csv``).

docs/reconciliation.md reports the figures of the last run.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

import polars as pl

from aidledger.trackers import kiel, name_candidates, oryx
from aidledger.trackers.compare import compare

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = Path(os.environ.get("AIDLEDGER_REFERENCE", ROOT.parent / "shared" / "reference"))
KIEL = Path("kiel-ust-release29")
ORYX = Path("oryx-donated")


def clean_keys(name: str) -> set[str]:
    """Case-, punctuation- and calibre-free forms of a name (the ``cleaned`` level)."""
    out = set()
    for cand in name_candidates(name):
        s = re.sub(r"\b\d+(?:[.,]\d+)?\s?mm\b", " ", cand.casefold())
        key = re.sub(r"[^0-9a-z]", "", s)
        if key:
            out.add(key)
    return out


def cleaned_match(kiel_names: list[str], oryx_names: list[str]) -> bool:
    ks = set().union(*(clean_keys(n) for n in kiel_names))
    os_ = set().union(*(clean_keys(n) for n in oryx_names))
    return any(a in b or b in a for a in ks for b in os_ if min(len(a), len(b)) >= 2)


def pct(a: int, b: int) -> str:
    return f"{a} / {b} ({100 * a / b:.0f} %)" if b else f"{a} / 0"


def main(argv: list[str]) -> int:
    ref = Path(argv[1]) if len(argv) > 1 else DEFAULT
    weapons, explorer = ref / KIEL / "weapons.csv", ref / KIEL / "data_explorer.csv"
    donated = ref / ORYX / "donated_vehicles.csv"
    if not (weapons.is_file() and donated.is_file()):
        print(f"reference files not found under {ref}; nothing to compare (skipped)")
        return 0

    t0 = time.perf_counter()
    k, kp = kiel.read_weapons(weapons)
    o, op = oryx.read_donated(donated)
    t_read = time.perf_counter() - t0
    print(f"reference: {ref}")
    print(f"Kiel weapons.csv:        {k.height} systems from {k['source_line'].n_unique()} category rows; "
          f"catalog matched {pct(k.filter(pl.col('family').is_not_null()).height, k.height)}; "
          f"problems {dict(Counter(p.code for p in kp))}")
    print(f"Oryx donated_vehicles:   {o.height} rows; catalog matched "
          f"{pct(o.filter(pl.col('family').is_not_null()).height, o.height)}; count unknown (0) "
          f"{o['count_unknown'].sum()}; suspect counts {o['suspect_count'].sum()}; duplicate rows "
          f"{o['duplicate_of'].is_not_null().sum()}; problems {dict(Counter(p.code for p in op))}")
    print(f"match kinds (Kiel):  {dict(Counter(k['match'].fill_null('none').to_list()))}")
    print(f"match kinds (Oryx):  {dict(Counter(o['match'].fill_null('none').to_list()))}")
    if explorer.is_file():
        m, mp = kiel.read_data_explorer(explorer)
        mil = m["military_amount"].sum()
        print(f"Kiel data_explorer.csv:  {m.height} donor-months, {m['donor'].n_unique()} donors, "
              f"military total EUR {float(mil) / 1e9:,.1f} bn; problems {len(mp)}")

    t1 = time.perf_counter()
    cmp = compare(None, k, o)
    t_cmp = time.perf_counter() - t1
    both = cmp.pairs.filter(pl.col("in_kiel") & pl.col("in_oryx"))
    ku = k.filter(pl.col("donor").is_not_null())
    ou = o.filter(pl.col("donor").is_not_null() & (pl.col("recipient") == "UKR")
                  & pl.col("duplicate_of").is_null())
    exact = cleaned = 0
    for donor, family in both.select("donor", "family").iter_rows():
        kn = ku.filter((pl.col("donor") == donor) & (pl.col("family") == family))["name"].to_list()
        on = ou.filter((pl.col("donor") == donor) & (pl.col("family") == family))["name"].to_list()
        exact += bool(set(kn) & set(on))
        cleaned += cleaned_match(kn, on)
    n = both.height
    print()
    print(f"donor x family pairs: Kiel {cmp.pairs['in_kiel'].sum()}, "
          f"Oryx (to Ukraine) {cmp.pairs['in_oryx'].sum()}, in both {n}")
    print(f"  matched by exact name:    {pct(exact, n)}")
    print(f"  matched by cleaned name:  {pct(cleaned, n)}")
    print(f"  need the catalog:         {pct(n - cleaned, n)}")
    known = both.filter(pl.col("kiel_count").is_not_null() & pl.col("oryx_count").is_not_null())
    equal = known.filter(pl.col("kiel_count") == pl.col("oryx_count")).height
    print(f"  equal counts:             {pct(equal, n)} of pairs in both; {pct(equal, known.height)} "
          f"where both counts are known")
    for th in (2, 5):
        near = known.filter((pl.col("kiel_count") - pl.col("oryx_count")).abs() <= th).height
        print(f"  within {th}:                 {pct(near, known.height)}")
    kd = cmp.differences.filter(pl.col("comparison") == "kiel~oryx")
    print()
    print("likely reasons (threshold 0):")
    print(f"  count differences ({kd.height}): "
          + ", ".join(f"{r} {c}" for r, c in Counter(kd["reason"].to_list()).most_common()))
    print("  every applicable reason:  "
          + ", ".join(f"{r} {c}" for r, c in Counter(
              x for rs in kd["reasons"].to_list() for x in rs.split("; ")).most_common()))
    for src in ("kiel", "oryx"):
        g = cmp.gaps.filter(pl.col("missing_from") == src)
        print(f"  gaps, missing from {src} ({g.height}): "
              + ", ".join(f"{r} {c}" for r, c in Counter(g["reason"].to_list()).most_common()))
    print()
    print("names the catalog does not know (tracker: name x rows):")
    un = (cmp.unmatched.filter(pl.col("why") == "system").group_by("tracker", "name")
          .agg(pl.len().alias("rows")).sort("tracker", "name"))
    for tracker, name, rows in un.iter_rows():
        print(f"  {tracker}: {name!r} x{rows}")
    print()
    print(f"time: read {t_read:.2f} s, compare {t_cmp:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
