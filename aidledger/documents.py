"""Kept for code written before ``aidledger.sources``: the same functions, imported from there."""

from aidledger.sources import count_documents, expand_paths, read_documents
from aidledger.sources.jsonl import read as _read_jsonl
from aidledger.sources.meta import parse_date
from aidledger.sources.text import SUFFIXES as TEXT_SUFFIXES

__all__ = ["TEXT_SUFFIXES", "count_documents", "expand_paths", "parse_date", "read_documents", "read_jsonl"]


def read_jsonl(path, *, published=None):  # noqa: ANN001, ANN201 - the old signature
    """Documents from a JSONL file (see ``aidledger.sources.jsonl``)."""
    from pathlib import Path

    path = Path(path)
    with path.open("rb") as handle:
        yield from _read_jsonl(handle, source=str(path), stem=path.stem, published=published)
