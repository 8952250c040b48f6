"""JSON lines: one document a line, ``{"id", "text", "published"?, "url"?, "outlet"?, "title"?}``.

Streamed line by line, so a large corpus is read in bounded memory. Each problem about a line
names ``file:line`` and what is wrong in full (AL103 malformed, AL104 no text); the other lines
are still read. A lone surrogate (``"\\ud800"``) is replaced by U+FFFD, one character for one, so
every offset stays exact (AL118).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import BinaryIO

from aidledger.model import Document, Problem
from aidledger.sources.meta import escape, json_error, make_document

SUFFIXES = (".jsonl",)


def read(stream: BinaryIO, *, source: str, stem: str,
         published: dt.date | None = None) -> Iterator[Document | Problem]:
    """Documents from an open JSONL stream called ``source``; bad lines become problems."""
    first = stream.read(4096)
    if b"\x00" in first:
        yield Problem("AL106", f"{source}: binary file skipped")
        return
    lines = _lines(first, stream)
    empty = True
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        empty = False
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield Problem("AL103", f"{where}: line is not valid UTF-8 (byte {exc.start}); line skipped")
            continue
        except json.JSONDecodeError as exc:
            reason = json_error(exc).replace(" at line 1 column", " at column")
            yield Problem("AL103", f"{where}: malformed JSON: {reason}; line skipped")
            continue
        if not isinstance(obj, dict):
            yield Problem("AL103", f"{where}: expected a JSON object, found {type(obj).__name__}; line skipped")
            continue
        text = obj.get("text")
        doc_id = str(obj.get("id") or obj.get("doc_id") or f"{stem}:{lineno}")
        if not isinstance(text, str) or not text.strip():
            yield Problem("AL104", f"{where}: document {escape(repr(doc_id))} has no text; line skipped",
                          doc_id=doc_id)
            continue
        doc, problems = make_document(text, doc_id=doc_id, source=where, fmt="jsonl", user=obj, published=published)
        yield from problems
        yield doc
    if empty:
        yield Problem("AL101", f"{source}: file is empty")


def _lines(first: bytes, stream: BinaryIO) -> Iterator[bytes]:
    """The lines of ``first`` followed by the rest of ``stream``."""
    head = first.split(b"\n")
    tail = head.pop()
    for line in head:
        yield line
    for line in stream:
        if tail:
            line, tail = tail + line, b""
        yield line
    if tail:
        yield tail


def count(stream: BinaryIO) -> int:
    """Non-blank lines (one document each at most), reading bytes only."""
    return sum(1 for raw in stream if raw.strip())
