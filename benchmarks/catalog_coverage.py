"""Coverage of the systems catalog against the reference trackers in ``../shared/reference/``.

Every distinct system named in the Kiel Ukraine Support Tracker's ``weapons.csv`` (column
``weapons_list``, packed as ``Name (n); Name (n)``) and in Oryx's donated list
(``donated_vehicles.csv``, column ``vehicle_name``) should be found by ``Catalog.get`` or
``Catalog.find``; names found only as generic items (``Catalog.find_generic``) are counted apart.
The reference files are read in place, never copied. Run::

    python benchmarks/catalog_coverage.py [--reference DIR] [--show-missing]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from aidledger.catalog import load_catalog

DEFAULT_REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference"


def kiel_names(path: Path) -> set[str]:
    names: set[str] = set()
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for part in (row.get("weapons_list") or "").split(";"):
                name = re.sub(r"\s*\(\d+\)\s*$", "", part.strip()).strip()
                if name:
                    names.add(name)
    return names


def oryx_names(path: Path) -> set[str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return {(row.get("vehicle_name") or "").strip() for row in csv.DictReader(fh)} - {""}


def check(names: set[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[str]]:
    """(named hits, generic-only hits, misses) with the catalog name found."""
    cat = load_catalog()
    named, generic, missing = [], [], []
    for name in sorted(names):
        s = cat.get(name)
        if s is None:
            found = cat.find(name)
            s = found[0].system if found else None
        if s is not None:
            named.append((name, s.name))
            continue
        g = cat.find_generic(name)
        if g:
            generic.append((name, g[0].system.name))
        else:
            missing.append(name)
    return named, generic, missing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    ap.add_argument("--show-missing", action="store_true", help="list the names not found")
    ap.add_argument("--show-all", action="store_true", help="list every name with what it maps to")
    args = ap.parse_args(argv)
    sources = {
        "Kiel weapons_list": (args.reference / "kiel-ust-release29" / "weapons.csv", kiel_names),
        "Oryx vehicle_name": (args.reference / "oryx-donated" / "donated_vehicles.csv", oryx_names),
    }
    present = {k: v for k, v in sources.items() if v[0].is_file()}
    if not present:
        print(f"skipped: no reference files under {args.reference}")
        return 0
    total = total_named = total_generic = 0
    for label, (path, reader) in present.items():
        names = reader(path)
        named, generic, missing = check(names)
        n = len(names)
        total += n
        total_named += len(named)
        total_generic += len(generic)
        print(f"{label}: {n} distinct names; named system {len(named)} ({len(named) / n:.1%}); "
              f"with generic items {len(named) + len(generic)} ({(len(named) + len(generic)) / n:.1%})")
        if args.show_all:
            for name, hit in named:
                print(f"    {name!r} -> {hit}")
            for name, hit in generic:
                print(f"    {name!r} -> generic {hit}")
        if args.show_missing or args.show_all:
            for name in missing:
                print(f"    missing: {name!r}")
    print(f"all: {total} names; named system {total_named / total:.1%}; "
          f"with generic items {(total_named + total_generic) / total:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
