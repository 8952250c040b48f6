"""Rank the catalog's systems by how often a corpus names them (the price table's coverage target).

Usage:
    python scripts/system_frequency.py DOCS.jsonl [--oryx donated_vehicles.csv] [--top 100] [-o FILE.csv]

The measure, reproducible from the files alone: for every catalog system (generic items left
out), the number of *documents* of the corpus whose text names it (any alias, as the extractor
matches them: ``Catalog.find``), then the number of rows of an Oryx-style donated-equipment list
naming it (``--oryx``; duplicates dropped; this ranks the systems the corpus never names), then the
number of mentions in the corpus, then the name. A family and its variants count
apart ("Leopard 2A4" and "Leopard 2"): a price row for the family also prices its variants.
Prints ``rank,system,family,category,documents,oryx_rows,mentions,priced_by`` (CSV), then on stderr how many of the
top N have a price in ``aidledger/data/prices.csv`` (own row or family row) and which of them are
priced by analogy (``aidledger/data/price_analogies.csv``). Only counts leave the corpus: no text
is copied.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path


def oryx_rows(path: Path | None) -> Counter[str]:
    """Rows per catalog system of an Oryx-style list (duplicates dropped)."""
    if path is None:
        return Counter()
    from aidledger.trackers import oryx

    frame, _ = oryx.read_donated(path)
    rows = frame.filter(frame["duplicate_of"].is_null() & frame["system"].is_not_null())
    return Counter(rows["system"].to_list())


def rank(docs: Path, oryx: Counter[str] | None = None) -> list[tuple[str, int, int, int]]:
    """[(system, documents, oryx rows, mentions)] best first."""
    oryx = oryx or Counter()
    from aidledger.catalog import load_catalog

    catalog = load_catalog()
    n_docs: Counter[str] = Counter()
    n_mentions: Counter[str] = Counter()
    with docs.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            text = json.loads(line).get("text") or ""
            names = [m.system.name for m in catalog.find(text) if not getattr(m.system, "generic", False)]
            n_mentions.update(names)
            n_docs.update(set(names))
    names = set(n_docs) | set(oryx)
    return sorted(((s, n_docs[s], oryx[s], n_mentions[s]) for s in names),
                  key=lambda r: (-r[1], -r[2], -r[3], r[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", type=Path, help="a JSONL corpus with a 'text' field")
    parser.add_argument("--oryx", type=Path, help="an Oryx-style donated_vehicles.csv (second key)")
    parser.add_argument("--top", type=int, default=100)
    parser.add_argument("-o", "--out", type=Path, help="CSV file (default: stdout)")
    args = parser.parse_args(argv)
    for path in (args.docs, args.oryx):
        if path is not None and not path.is_file():
            print(f"system_frequency: error: {path}: no such file", file=sys.stderr)
            return 1

    from aidledger.catalog import load_catalog
    from aidledger.value.prices import price_for, read_prices

    catalog, prices = load_catalog(), read_prices()
    ranked = rank(args.docs, oryx_rows(args.oryx))[: args.top]
    out = args.out.open("w", encoding="utf-8", newline="") if args.out else sys.stdout
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["rank", "system", "family", "category", "documents", "oryx_rows", "mentions", "priced_by"])
    missing, by_analogy = [], []
    for i, (name, n_doc, n_oryx, n_men) in enumerate(ranked, start=1):
        s = catalog.get(name)
        p = price_for(prices, name, catalog=catalog)
        priced_by = "" if p is None else p.system
        if p is not None and p.basis == "analogy":
            priced_by = f"{p.system} ~ {p.analog} (analogy)"
            by_analogy.append(name)
        writer.writerow([i, name, s.family, s.category, n_doc, n_oryx, n_men, priced_by])
        if p is None:
            missing.append(name)
    if args.out:
        out.close()
    print(f"top {len(ranked)}: priced {len(ranked) - len(missing)}, unpriced {len(missing)}"
          + (f": {'; '.join(missing)}" if missing else ""), file=sys.stderr)
    print(f"of the priced, by analogy with a comparable system: {len(by_analogy)}"
          + (f": {'; '.join(by_analogy)}" if by_analogy else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
