"""Document metadata: strict dates, sidecar files, and the one rule of precedence.

Precedence, field by field (``id``, ``published``, ``url``, ``outlet``, ``title``):

1. the CLI's ``--published`` (the date only, for every document);
2. what the user wrote: the JSONL line's field, or the sidecar ``NAME.json`` / ``NAME.meta.json``
   / ``NAME.EXT.json`` beside the file, or the entry of the folder's ``metadata.json``;
3. what the source says about itself: a page's ``<meta>`` tags and JSON-LD, a feed entry's date
   and link, a PDF's ``CreationDate``;
4. nothing (``None``; a document without a date gets problem AL105).

A date the source states in several places that disagree is not guessed: it is left unknown and
reported (AL112). A date that is not a real date (``2023-01-31T25:99:00Z``, ``2023-01-31garbage``)
is refused (AL107), and a date more than ``FUTURE_DAYS`` days after today is dropped and flagged
(AL117), since it would otherwise become the ledger's as-of date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import json
import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from aidledger.model import Document, Problem, one_line

#: Metadata fields a sidecar or JSONL line may give.
FIELDS = ("id", "published", "url", "outlet", "title")
#: A publication date this many days after today (time zones, a feed dated tomorrow) is still accepted.
FUTURE_DAYS = 2

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def escape(value: object) -> str:
    r"""``value`` as one printable line: control characters and line separators as escapes (``\n``)."""
    return one_line(str(value))


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate (invalid Unicode, e.g. JSON ``"\\ud800"``) replaced by U+FFFD,
    one character for one, so offsets do not move; and how many were replaced."""
    if not _SURROGATE.search(text):
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


def parse_date(value: object) -> dt.date | None:
    """A date from user metadata: a ``date``, or an ISO string, ``2023-01-31`` or a full ISO
    timestamp (``2023-01-31T10:00:00Z``, ``2023-01-31 10:00+02:00``), whose calendar day is kept as
    written. Anything else raises ``ValueError`` (``2023-01-31garbage``, ``2023-01-31T25:99:00Z``)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    if _ISO_DAY.fullmatch(text):
        return dt.date.fromisoformat(text)
    if not _ISO_DAY.match(text) or len(text) < 11 or text[10] not in "Tt ":
        raise ValueError(f"not a date: {value!r}")
    try:
        return dt.datetime.fromisoformat(text[:10] + "T" + text[11:].replace("z", "Z")).date()
    except ValueError:
        raise ValueError(f"not a date: {value!r}") from None


def parse_page_date(value: str) -> dt.date | None:
    """A date as pages and feeds write it: ISO (as ``parse_date``) or RFC 2822
    (``Tue, 31 Jan 2023 10:00:00 GMT``); None when it is neither."""
    try:
        return parse_date(value)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        return None


class Stated(NamedTuple):
    """A date a source states, and where (``meta article:published_time``, ``JSON-LD datePublished``)."""

    date: dt.date
    where: str


def agree(dates: list[Stated]) -> tuple[dt.date | None, str | None]:
    """The one date several statements agree on, or (None, a message listing them) when they disagree."""
    days = sorted({s.date for s in dates})
    if len(days) <= 1:
        return (days[0] if days else None), None
    listed = "; ".join(f"{s.date.isoformat()} ({s.where})" for s in dates)
    return None, f"the page states different publication dates: {listed}; date left unknown"


def load_json_object(raw: bytes) -> dict[str, Any]:
    """A sidecar's JSON object; ``ValueError`` with a one-line reason when it is not one."""
    try:
        meta = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ValueError(json_error(exc)) from None
    if not isinstance(meta, dict):
        raise ValueError(f"expected a JSON object, found {type(meta).__name__}")
    return meta


def json_error(exc: json.JSONDecodeError) -> str:
    """A JSON parse error in full, one line: what, and where (``line 1 column 12``)."""
    what = exc.msg.removesuffix(" at")
    if what.startswith("Invalid control character") and 0 <= exc.pos < len(exc.doc):
        what = f"invalid control character {exc.doc[exc.pos]!r} (escape it inside a JSON string)"
    return f"{what} at line {exc.lineno} column {exc.colno}"


#: Finds a sidecar: ``lookup(file name in the same folder)`` -> its bytes, or None when absent.
Lookup = Callable[[str], bytes | None]


def sidecar(name: str, lookup: Lookup) -> tuple[dict[str, Any], str | None]:
    """The user's metadata for the file called ``name`` (base name) and, when a metadata file
    exists but is malformed, the reason (the caller skips the document: its id and date are
    unknown). ``NAME.json``, ``NAME.meta.json`` and ``NAME.EXT.json`` beside it come first, then the
    entry for ``NAME.EXT`` or ``NAME`` in the folder's ``metadata.json``."""
    stem = name.split(".")[0] if name.startswith(".") else name.rsplit(".", 1)[0]
    for candidate in dict.fromkeys((f"{stem}.json", f"{stem}.meta.json", f"{name}.json")):
        if candidate == name:
            continue
        raw = lookup(candidate)
        if raw is not None:
            try:
                return load_json_object(raw), None
            except ValueError as exc:
                return {}, f"sidecar {candidate} is malformed ({exc})"
    raw = lookup("metadata.json")
    if raw is not None:
        try:
            folder = _folder_metadata(raw)
        except ValueError as exc:
            return {}, f"metadata.json is malformed ({exc})"
        entry = folder.get(name) or folder.get(stem)
        if entry is not None and not isinstance(entry, dict):
            return {}, f"metadata.json: the entry for {name} is not a JSON object"
        return entry or {}, None
    return {}, None


@functools.lru_cache(maxsize=4)
def _folder_metadata(raw: bytes) -> dict[str, Any]:
    """A folder's ``metadata.json``, parsed once for all the files it describes (read only)."""
    return load_json_object(raw)


def _text_field(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def make_document(text: str, *, doc_id: str, source: str, fmt: str, user: Mapping[str, Any] | None = None,
                  found: Mapping[str, Any] | None = None, published: dt.date | None = None,
                  pages: tuple[int, ...] = (), today: dt.date | None = None) -> tuple[Document, list[Problem]]:
    """The document of ``text`` with its metadata by precedence: ``published`` (the CLI option), then
    ``user`` (JSONL fields or sidecar), then ``found`` (what the source says: ``published`` as a
    date, or ``dates``: a list of ``Stated`` that must agree), then nothing. Problems: AL107 for a
    user date that is not a date, AL112 for disagreeing stated dates, AL117 for a future date,
    AL105 when no date is known, AL118 for lone surrogates replaced."""
    user, found = dict(user or {}), dict(found or {})
    problems: list[Problem] = []
    given = next((user[k] for k in ("id", "doc_id") if user.get(k) not in (None, "")), None)
    doc_id = clean_id(doc_id if given is None else str(given))
    text, bad = replace_surrogates(text)
    if bad:
        problems.append(Problem("AL118", f"{source}: {bad} lone surrogate(s) (invalid Unicode) replaced by U+FFFD",
                                doc_id=doc_id))
    date = published
    user_date = user.get("published") not in (None, "")
    if date is None and user_date:
        try:
            date = parse_date(user.get("published"))
        except (ValueError, TypeError):
            problems.append(Problem("AL107", f"{source}: invalid published date {escape(repr(user.get('published')))}"
                                             "; expected YYYY-MM-DD or an ISO timestamp", doc_id=doc_id))
    if date is None and published is None and not user_date:
        date = found.get("published")
        if date is None and found.get("dates"):
            date, disagreement = agree(found["dates"])
            if disagreement:
                problems.append(Problem("AL112", f"{source}: {disagreement}", doc_id=doc_id))
    if date is not None and published is None:
        latest = (today or dt.date.today()) + dt.timedelta(days=FUTURE_DAYS)
        if date > latest:
            problems.append(Problem("AL117", f"{source}: publication date {date.isoformat()} is in the future; "
                                             "left unknown", doc_id=doc_id))
            date = None
    fields = {}
    for key in ("url", "outlet", "title"):
        value = _text_field(user.get(key)) or _text_field(found.get(key))
        fields[key] = replace_surrogates(value)[0] if value else None
    doc = Document(id=doc_id, text=text, published=date, source=source, format=fmt, pages=pages, **fields)
    if date is None:
        problems.append(Problem("AL105", f"{source}: no publication date; relative dates left unresolved",
                                doc_id=doc_id))
    return doc, problems


def clean_id(doc_id: str) -> str:
    """A document id as it is kept: lone surrogates replaced (they cannot be stored as UTF-8)."""
    return replace_surrogates(doc_id)[0]
