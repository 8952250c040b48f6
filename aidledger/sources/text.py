"""Plain text files (``.txt``, ``.text``, ``.md``): UTF-8 (a BOM is dropped), bytes that are not
UTF-8 replaced by U+FFFD (AL102), a file with NUL bytes skipped as binary (AL106)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from aidledger.model import Document, Problem
from aidledger.sources.meta import make_document

SUFFIXES = (".txt", ".text", ".md")


def decode(raw: bytes, source: str, doc_id: str) -> tuple[str, list[Problem]]:
    """Text of ``raw``: UTF-8, or ("", AL106) when binary, or replaced bytes with AL102."""
    if b"\x00" in raw[:4096]:
        return "", [Problem("AL106", f"{source}: binary file skipped", doc_id=doc_id)]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        return raw.decode("utf-8", errors="replace"), [Problem(
            "AL102", f"{source}: not valid UTF-8 at byte {exc.start}; undecodable bytes replaced by U+FFFD",
            doc_id=doc_id)]


def read(raw: bytes, *, source: str, stem: str, meta: dict[str, Any],
         published: dt.date | None = None) -> Iterator[Document | Problem]:
    """One text document with the user's metadata ``meta`` (sidecar)."""
    doc_id = str(meta.get("id") or stem)
    if not raw.strip():
        yield Problem("AL101", f"{source}: file is empty", doc_id=doc_id)
        return
    text, problems = decode(raw, source, doc_id)
    yield from problems
    if not text:
        return
    doc, problems = make_document(text, doc_id=stem, source=source, fmt="txt", user=meta, published=published)
    yield from problems
    yield doc
