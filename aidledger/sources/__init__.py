"""Read sources as researchers keep them: one reader per format, each making ``Document`` records.

=========  ==================================  ==============================================
format     suffixes                            reader
=========  ==================================  ==============================================
text       ``.txt`` ``.text`` ``.md``          ``text`` (sidecar ``NAME.json`` or ``metadata.json``)
JSONL      ``.jsonl``                          ``jsonl`` (one document a line, streamed)
web page   ``.html`` ``.htm`` ``.xhtml``       ``html`` (trafilatura: main text and metadata)
PDF        ``.pdf``                            ``pdf`` (pdfminer.six: text in reading order, pages)
feed       ``.xml`` ``.rss`` ``.atom``         ``feed`` (feedparser: one document per entry)
archive    ``.zip`` ``.tar.gz`` ``.tgz`` ``.tar``  ``archive`` (members read in memory, within limits)
=========  ==================================  ==============================================

Folders are read recursively and may mix every format (other files, ``.json`` sidecars
included, are not documents). A file named on the command line with another suffix is recognised
by its first bytes (``%PDF``, ``<html``, ``<rss``, a zip or gzip header), else read as text.

Each reader yields ``Document`` records and ``Problem`` records for what it could not read, and
the others go on: bad input is one problem line naming the file, never an exception. Only a path
that does not exist, or a folder named on the command line that holds no document file, raises
``InputError``. Metadata precedence is in ``aidledger.sources.meta``.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from aidledger.errors import InputError
from aidledger.model import Document, Problem
from aidledger.sources import archive, feed, html, jsonl, pdf, text
from aidledger.sources.meta import escape, parse_date, sidecar

__all__ = ["SUFFIXES", "count_documents", "expand_paths", "format_of", "parse_date", "read_documents"]

#: Reader of each format that is read from bytes (JSONL is streamed, archives open their members).
READERS: dict[str, Callable[..., Iterator[Document | Problem]]] = {
    "txt": text.read, "html": html.read, "pdf": pdf.read, "feed": feed.read,
}
FORMATS: dict[str, tuple[str, ...]] = {
    "txt": text.SUFFIXES, "jsonl": jsonl.SUFFIXES, "html": html.SUFFIXES, "pdf": pdf.SUFFIXES,
    "feed": feed.SUFFIXES, "archive": archive.SUFFIXES,
}
#: Every suffix read inside a folder.
SUFFIXES = tuple(s for suffixes in FORMATS.values() for s in suffixes)
TEXT_SUFFIXES = text.SUFFIXES


def format_of(name: str) -> str | None:
    """The format a file name's suffix says (``txt``, ``jsonl``, ``html``, ``pdf``, ``feed``,
    ``archive``), or None."""
    lower = name.lower()
    for fmt, suffixes in FORMATS.items():
        if lower.endswith(suffixes):
            return fmt
    return None


def sniff(head: bytes) -> str:
    """The format of a file with an unknown suffix, from its first bytes (text when unsure)."""
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"\x1f\x8b")):
        return "archive"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"<?xml") or start.startswith((b"<rss", b"<feed", b"<rdf")):
        return "feed" if any(tag in start[:2048] for tag in (b"<rss", b"<feed", b"<rdf")) else "html"
    return "txt"


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, and the document files inside named folders (sorted)."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            inside = _walk(p)
            if not inside:  # a mistyped or empty folder: said, never a silent run over nothing
                raise InputError(f"folder holds no document to read (looked for {', '.join(SUFFIXES)})",
                                 path=str(p))
            files.extend(inside)
        elif p.exists():
            files.append(p)
        else:
            raise InputError("no such file or folder", path=str(p))
    return files


def _walk(folder: Path) -> list[Path]:
    """The document files under ``folder``, sorted. A folder that cannot be listed and a broken
    link are listed too, so that reading them gives their one problem line (AL110) rather than
    nothing. Links to folders are not followed (as ``Path.rglob``)."""
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        found.append(Path(exc.filename) if exc.filename else folder)

    for dirpath, _, filenames in os.walk(folder, onerror=unreadable):
        found.extend(Path(dirpath) / name for name in filenames if format_of(name))
    return sorted(found)


def count_documents(files: Iterable[Path]) -> int:
    """How many documents ``files`` may hold, for a progress bar's total: one per file, one per
    non-blank JSONL line, one per ``<item``/``<entry`` of a feed, one per document member of a zip
    (from its central directory). Reads bytes only; a file it cannot look into counts one."""
    n = 0
    for path in files:
        fmt = format_of(path.name)
        try:
            if fmt == "jsonl":
                with path.open("rb") as handle:
                    n += jsonl.count(handle)
            elif fmt == "feed":
                raw = path.read_bytes()
                n += max(1, raw.count(b"<item") + raw.count(b"<entry"))
            elif fmt == "archive" and path.name.lower().endswith(".zip"):
                import zipfile

                with zipfile.ZipFile(path) as archived:  # the central directory only
                    n += max(1, sum(1 for name in archived.namelist() if format_of(name) not in (None, "archive")))
            else:
                n += 1
        except Exception:  # noqa: BLE001 - an estimate: a file it cannot look into counts one (read reports it)
            n += 1
    return n


def read_documents(paths: Iterable[str | Path], *,
                   published: dt.date | None = None) -> Iterator[Document | Problem]:
    """Every document under ``paths`` (files or folders), with problems for what could not be read.

    ``published`` overrides the publication date of every document (the CLI's ``--published``).
    """
    cache: dict[Path, bytes | None] = {}
    for path in expand_paths(paths):
        yield from read_file(path, published=published, cache=cache)


def _lookup(folder: Path, cache: dict[Path, bytes | None]) -> Callable[[str], bytes | None]:
    """Reads a sidecar beside a file; a folder's ``metadata.json`` is read once per run."""
    def lookup(name: str) -> bytes | None:
        path = folder / name
        if name != "metadata.json":
            return path.read_bytes() if path.is_file() else None
        if path not in cache:
            cache[path] = path.read_bytes() if path.is_file() else None
        return cache[path]

    return lookup


def read_file(path: Path, *, published: dt.date | None = None,
              cache: dict[Path, bytes | None] | None = None) -> Iterator[Document | Problem]:
    """The documents of one file; an unreadable file is one problem (AL110), never an exception."""
    source = str(path)
    try:
        if path.is_dir():  # listed by _walk because it could not be listed
            with os.scandir(path):
                pass
            return
        fmt = format_of(path.name)
        if fmt is None:
            with path.open("rb") as handle:
                fmt = sniff(handle.read(4096))
        if fmt == "jsonl":
            with path.open("rb") as handle:
                yield from jsonl.read(handle, source=source, stem=path.stem, published=published)
        elif fmt == "archive":
            yield from _read_archive(path, published=published)
        else:
            meta, bad = sidecar(path.name, _lookup(path.parent, {} if cache is None else cache))
            if bad:
                yield Problem("AL111", f"{source}: skipped: {bad}", doc_id=path.stem)
                return
            yield from READERS[fmt](path.read_bytes(), source=source, stem=_stem(path.name), meta=meta,
                                    published=published)
    except OSError as exc:
        what = exc.strerror or str(exc)
        other = f" {exc.filename}" if exc.filename and str(exc.filename) != source else ""
        kind = "folder" if path.is_dir() else "file"
        yield Problem("AL110", f"{source}: {kind} cannot be read ({what}{other}); skipped", doc_id=path.stem)


def _stem(name: str) -> str:
    lower = name.lower()
    for suffix in archive.SUFFIXES:
        if lower.endswith(suffix):
            return name[:-len(suffix)]
    return name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name


def _read_archive(path: Path, *, published: dt.date | None) -> Iterator[Document | Problem]:
    def wanted(name: str) -> bool:
        return format_of(name) is not None

    for item in archive.members(path, wanted=wanted):
        if isinstance(item, Problem):
            yield item
            continue
        yield from _read_member(path, item, published=published)


def _read_member(path: Path, member: archive.Member, *, published: dt.date | None) -> Iterator[Document | Problem]:
    source = f"{path}!{member.name}"
    base = member.name.rsplit("/", 1)[-1]
    fmt = format_of(base)
    if fmt == "archive":
        yield Problem("AL116", f"{source}: archive inside an archive not read; refused", doc_id=_stem(base))
        return
    if fmt == "jsonl":
        yield from jsonl.read(io.BytesIO(member.data), source=source, stem=_stem(base), published=published)
        return
    meta: dict[str, Any]
    meta, bad = sidecar(base, member.lookup)
    if bad:
        yield Problem("AL111", f"{source}: skipped: {bad}", doc_id=_stem(base))
        return
    assert fmt is not None
    yield from READERS[fmt](member.data, source=source, stem=_stem(base), meta=meta, published=published)


def describe(doc: Document, offset: int | None = None) -> str:
    """Where a document's text (or the character at ``offset``) came from, for people:
    ``statement.pdf (pdf, page 2)``."""
    page = doc.page_at(offset) if offset is not None else None
    detail = ", ".join(x for x in (doc.format, f"page {page}" if page else None) if x)
    return escape(f"{doc.source or doc.id}" + (f" ({detail})" if detail else ""))
