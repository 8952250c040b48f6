"""Read source documents: ``.txt`` files (with an optional metadata sidecar), folders, and JSONL.

- A ``.txt`` file's sidecar is ``NAME.json`` (or ``NAME.meta.json``) beside it, with any of
  ``id``, ``published`` (YYYY-MM-DD), ``url``, ``outlet``, ``title``. A folder may instead hold one
  ``metadata.json`` mapping file names (or stems) to such objects.
- A ``.jsonl`` file holds one document a line: ``{"id", "text", "published"?, "url"?, "outlet"?,
  "title"?}``. Lines are streamed, so a large corpus is read in bounded memory.

Documents are yielded one at a time together with ``Problem`` records for what could not be read
(empty file, bytes that are not UTF-8, a malformed JSONL line). A path that does not exist raises
``InputError``: it is unusable input, not a doubt.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from aidledger.errors import InputError
from aidledger.model import Document, Problem

TEXT_SUFFIXES = (".txt", ".text", ".md")


def parse_date(value: object) -> dt.date | None:
    """A date from metadata: ``date`` objects, ISO strings (``2023-01-31``, ``2023-01-31T10:00Z``)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip()[:10])
    raise ValueError(f"not a date: {value!r}")


def _decode(raw: bytes, source: str, doc_id: str) -> tuple[str, list[Problem]]:
    if b"\x00" in raw[:4096]:
        return "", [Problem("AL106", f"{source}: binary file skipped", doc_id=doc_id)]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        return raw.decode("utf-8", errors="replace"), [Problem(
            "AL102", f"{source}: not valid UTF-8 at byte {exc.start}; undecodable bytes replaced by U+FFFD",
            doc_id=doc_id)]


def _sidecar(path: Path) -> dict:
    for candidate in (path.with_suffix(".json"), path.with_suffix(".meta.json"),
                      path.parent / (path.name + ".json")):
        if candidate.is_file():
            try:
                meta = json.loads(candidate.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise InputError(f"sidecar is not valid JSON ({exc})", path=str(candidate)) from None
            if not isinstance(meta, dict):
                raise InputError("sidecar must hold a JSON object", path=str(candidate))
            return meta
    folder_meta = path.parent / "metadata.json"
    if folder_meta.is_file():
        try:
            meta = json.loads(folder_meta.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"metadata is not valid JSON ({exc})", path=str(folder_meta)) from None
        entry = meta.get(path.name) or meta.get(path.stem)
        if isinstance(entry, dict):
            return entry
    return {}


def _make(meta: dict, *, doc_id: str, text: str, source: str,
          published: dt.date | None) -> tuple[Document, list[Problem]]:
    problems: list[Problem] = []
    date = published
    if date is None:
        try:
            date = parse_date(meta.get("published"))
        except (ValueError, TypeError):
            problems.append(Problem("AL107", f"{source}: invalid published date {meta.get('published')!r}",
                                    doc_id=doc_id))
    doc = Document(id=doc_id, text=text, published=date, url=meta.get("url"), outlet=meta.get("outlet"),
                   title=meta.get("title"), source=source)
    if date is None:
        problems.append(Problem("AL105", f"{source}: no publication date; relative dates left unresolved",
                                doc_id=doc_id))
    return doc, problems


def read_text_file(path: Path, *, published: dt.date | None = None) -> Iterator[Document | Problem]:
    """One ``.txt`` document and its sidecar metadata."""
    meta = _sidecar(path)
    doc_id = str(meta.get("id") or path.stem)
    raw = path.read_bytes()
    if not raw.strip():
        yield Problem("AL101", f"{path}: file is empty", doc_id=doc_id)
        return
    text, problems = _decode(raw, str(path), doc_id)
    yield from problems
    if not text:
        return
    doc, problems = _make(meta, doc_id=doc_id, text=text, source=str(path), published=published)
    yield from problems
    yield doc


def read_jsonl(path: Path, *, published: dt.date | None = None) -> Iterator[Document | Problem]:
    """Documents from a JSONL file, streamed line by line; bad lines become problems.

    Each problem about a line names ``file:line`` (AL103 malformed, AL104 no text); the other
    lines are still read. A file whose first 4 KiB hold NUL bytes is binary (AL106), skipped.
    """
    with path.open("rb") as handle:
        if b"\x00" in handle.read(4096):
            yield Problem("AL106", f"{path}: binary file skipped")
            return
        handle.seek(0)
        empty = True
        for lineno, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            empty = False
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield Problem("AL103", f"{where}: line is not valid UTF-8 (byte {exc.start}); line skipped")
                continue
            except json.JSONDecodeError as exc:
                yield Problem("AL103", f"{where}: malformed JSON ({exc.msg}); line skipped")
                continue
            if not isinstance(obj, dict):
                yield Problem("AL103", f"{where}: expected a JSON object; line skipped")
                continue
            text = obj.get("text")
            doc_id = str(obj.get("id") or obj.get("doc_id") or f"{path.stem}:{lineno}")
            if not isinstance(text, str) or not text.strip():
                yield Problem("AL104", f"{where}: document {doc_id!r} has no text; line skipped", doc_id=doc_id)
                continue
            doc, problems = _make(obj, doc_id=doc_id, text=text, source=where, published=published)
            yield from problems
            yield doc
        if empty:
            yield Problem("AL101", f"{path}: file is empty")


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, and the ``.txt``/``.jsonl`` files inside named folders (sorted)."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*")
                                if f.is_file() and (f.suffix in TEXT_SUFFIXES or f.suffix == ".jsonl")))
        elif p.is_file():
            files.append(p)
        else:
            raise InputError("no such file or folder", path=str(p))
    return files


def count_documents(files: Iterable[Path]) -> int:
    """How many documents ``files`` may hold: one per text file, one per non-blank JSONL line.
    Reads bytes only (no decoding), for a progress bar's total."""
    n = 0
    for path in files:
        if path.suffix != ".jsonl":
            n += 1
            continue
        with path.open("rb") as handle:
            n += sum(1 for raw in handle if raw.strip())
    return n


def read_documents(paths: Iterable[str | Path], *,
                   published: dt.date | None = None) -> Iterator[Document | Problem]:
    """Every document under ``paths`` (files or folders), with problems for what could not be read.

    ``published`` overrides the publication date of every document (the CLI's ``--published``).
    """
    for path in expand_paths(paths):
        if path.suffix == ".jsonl":
            yield from read_jsonl(path, published=published)
        else:
            yield from read_text_file(path, published=published)
