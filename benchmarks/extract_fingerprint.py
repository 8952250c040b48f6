"""A digest of everything the extractor gives on the eval dev and check texts and the seed articles.

usage: python benchmarks/extract_fingerprint.py [--explain] [--save FILE] [--against FILE]

Run it before and after a change that should not change behaviour (a speed-up): the digests must be
equal. Each document's records (``Pledge.to_dict()``) and problems are written as sorted JSON, one
line per document, and hashed (SHA-256); nothing of the texts themselves is printed. The texts are
read at run time from ``../shared/eval/{dev,check}/docs.jsonl`` (missing sets are skipped) and
``seeds/*.txt``; the documents are extracted in one process, one at a time, in that order, so the
caches of the recognisers carry over from one document to the next as they do in a real run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def documents() -> list:
    """The documents of the dev and check sets (read as ``aidledger evaluate`` reads them), then the
    seed articles."""
    from aidledger.model import Document
    from aidledger.sources import read_documents

    paths = [EVAL / name / "docs.jsonl" for name in ("dev", "check")]
    paths = [p for p in paths if p.is_file()] + sorted((ROOT / "seeds").glob("*.txt"))
    return [d for d in read_documents(paths) if isinstance(d, Document)]


def fingerprint(explain: bool = False, keep: list | None = None) -> tuple[int, int, str]:
    """(documents, records, SHA-256 hex digest) of the extractor's output on ``documents()``; with
    ``keep``, each record is appended to it as one sorted JSON string."""
    from aidledger.pledges import extract_document

    h = hashlib.sha256()
    n_docs = n_records = 0
    for doc in documents():
        pledges, problems = extract_document(doc, explain=explain)
        records = [p.to_dict() for p in pledges]
        if keep is not None:
            keep.extend(json.dumps(r, sort_keys=True, default=str) for r in records)
        h.update(json.dumps({"doc": doc.id, "records": records, "problems": [repr(x) for x in problems]},
                            sort_keys=True, default=str).encode("utf-8"))
        h.update(b"\n")
        n_docs += 1
        n_records += len(records)
    return n_docs, n_records, h.hexdigest()


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--explain", action="store_true", help="extract with explain=True")
    ap.add_argument("--save", type=Path, help="write the records to FILE (one JSON line each)")
    ap.add_argument("--against", type=Path, help="count the records gone and new against a --save FILE")
    args = ap.parse_args(argv)
    kept: list[str] = []
    n_docs, n_records, digest = fingerprint(args.explain, kept)
    print(f"{n_docs} documents, {n_records} records, sha256 {digest}")
    if args.save:
        args.save.write_text("".join(r + "\n" for r in kept), encoding="utf-8")
    if args.against:
        try:
            before = Counter(args.against.read_text(encoding="utf-8").splitlines())
        except OSError as exc:
            sys.exit(f"cannot read {args.against}: {exc.strerror}")
        now = Counter(kept)
        print(f"against {args.against}: {sum((before - now).values())} records gone, "
              f"{sum((now - before).values())} new")


if __name__ == "__main__":
    main(sys.argv[1:])
