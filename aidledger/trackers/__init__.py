"""Other aid trackers: import adapters and the comparison of the ledger with them.

Two published trackers count the same donations in their own way, and this package reads them
into frames shaped like each other so they can be set side by side with the ledger:

- ``aidledger.trackers.kiel``: the Kiel Institute Ukraine Support Tracker, ``weapons.csv``
  (heavy weapons *committed*, one row per donor and Kiel category, the systems packed as
  ``Name (n); Name (n)``) and ``data_explorer.csv`` (money per donor and month, EUR billion).
- ``aidledger.trackers.oryx``: Oryx-style lists of donated equipment (``donated_vehicles.csv``
  of a scraper; mostly *confirmed deliveries*, count 0 = unknown).
- ``aidledger.trackers.compare``: donor x catalog family, the ledger against both trackers, with
  a likely reason for every difference from a fixed vocabulary (``compare.REASONS``).

Every reader is ``read_*(path, *, catalog=None) -> (polars.DataFrame, list[Problem])``: a row of
the file that cannot be used becomes a ``Problem`` whose ``doc_id`` is ``file:line``; only a file
that is missing or is not in the format at all raises ``InputError``. System names are matched
through the systems catalog (``aidledger.catalog``, the only place for aliases); this module
only strips the trackers' own formatting noise (quote marks, footnote stars, calibre prefixes).

The plain functions below are what the CLI calls (``aidledger import kiel FILE``,
``aidledger import oryx FILE``, ``aidledger compare``).
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import polars as pl

from aidledger.errors import InputError
from aidledger.model import Problem

if TYPE_CHECKING:
    from aidledger.trackers.compare import Comparison

MONEY = pl.Decimal(38, 2)

#: Columns every tracker frame has (each reader adds its own after these).
TRACKER_COLUMNS: dict[str, Any] = {
    "tracker": pl.String,          # "kiel" or "oryx"
    "donor": pl.String,            # ISO 3166-1 alpha-3, EU or NATO; null when not recognised
    "donor_name": pl.String,       # the donor as the file writes it
    "recipient": pl.String,        # ISO 3166-1 alpha-3 (UKR)
    "name": pl.String,             # the system as the file writes it
    "count": pl.Int64,             # how many; null when unknown
    "tracker_category": pl.String,  # the file's own category (not trusted for ours)
    "system": pl.String,           # catalog name; null when matched at family level only or not at all
    "family": pl.String,           # catalog family
    "category": pl.String,         # catalog category (aidledger.model.CATEGORIES)
    "counting_unit": pl.String,    # what one counted item is, from the catalog (unit, battery...)
    "match": pl.String,            # how the name was matched: exact, cleaned, find, family, fuzzy
    "source_file": pl.String,
    "source_line": pl.Int64,       # line of the record in source_file (1 = header)
}


# ---------------------------------------------------------------------------------------------
# Problems and CSV reading


def problem(code: str, path: str | Path, line: int | None, message: str) -> Problem:
    """A problem about one line of an imported file; ``doc_id`` is ``file:line``."""
    where = str(path) if line is None else f"{path}:{line}"
    return Problem(code, message, doc_id=where)


def read_rows(path: str | Path, required: tuple[str, ...],
              problems: list[Problem]) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line, row)`` for each record of a CSV file with a header naming ``required`` columns.

    A record with the wrong number of fields is a problem (AL103) and is skipped. A missing
    file, or a header without the required columns, raises ``InputError``; an empty file is
    a problem (AL101). ``line`` is the line the record starts on.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError("no such file", path=str(path))
    raw = p.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append(problem("AL102", path, raw[:exc.start].count(b"\n") + 1,
                                f"not valid UTF-8 (byte {exc.start}); bytes replaced"))
        text = raw.decode("utf-8-sig", errors="replace")
    if not text.strip():
        problems.append(problem("AL101", path, None, "file is empty"))
        return
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as exc:
        raise InputError(f"unreadable CSV header ({exc})", path=str(path), line=1) from exc
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(f"not a tracker file of this format: header lacks {', '.join(missing)}",
                         path=str(path), line=1)
    start = reader.line_num + 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problems.append(problem("AL103", path, start, f"unreadable CSV record ({exc}); skipped"))
            start = reader.line_num + 1
            continue
        line, start = start, reader.line_num + 1
        if not fields or all(not f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            problems.append(problem("AL103", path, line,
                                    f"{len(fields)} fields where the header has {len(header)}; skipped"))
            continue
        yield line, dict(zip(header, fields, strict=True))


def parse_int(text: str) -> int | None:
    """An integer written as ``12``, ``1,200``, ``12.0`` or ``""`` (None); ValueError otherwise."""
    t = text.strip().replace(",", "").replace("_", "")
    if not t:
        return None
    if re.fullmatch(r"[+-]?\d+(?:\.0*)?", t):
        return int(t.split(".")[0])
    raise ValueError(f"not a whole number: {text!r}")


def parse_bool(text: str) -> bool | None:
    t = text.strip().lower()
    if t in ("true", "1", "yes", "y", "t"):
        return True
    if t in ("false", "0", "no", "n", "f"):
        return False
    if not t:
        return None
    raise ValueError(f"not true/false: {text!r}")


# ---------------------------------------------------------------------------------------------
# Donors and currencies


@functools.lru_cache(maxsize=1024)
def resolve_donor(name: str) -> str | None:
    """ISO alpha-3 (``EU``, ``NATO``) of a donor named in a tracker file, or None.

    Uses the project's donor lexicon (``data/donors.csv`` plus pycountry), so "Czech Republic",
    "Turkiye", "Macedonia" and "EU (Commission and Council)" resolve; a name that mentions two
    different donors does not.

    >>> resolve_donor("Czech Republic"), resolve_donor("EU (Commission and Council)")
    ('CZE', 'EU')
    """
    from aidledger.mentions.donors import find_donors

    text = name.strip()
    if not text:
        return None
    codes = {m.code for m in find_donors(text, fuzzy=False)}
    if len(codes) == 1:
        return codes.pop()
    if codes:
        return None
    import pycountry

    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        return None


def known_currency(code: str) -> bool:
    """True for an ISO 4217 code (pycountry's list)."""
    import pycountry

    return len(code) == 3 and pycountry.currencies.get(alpha_3=code.upper()) is not None


def valid_donor_code(code: str) -> bool:
    import pycountry

    return code in ("EU", "NATO") or (len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None)


# ---------------------------------------------------------------------------------------------
# Systems


class SystemMatch(NamedTuple):
    """What the catalog makes of a tracker's system name.

    Attributes:
        system: canonical name; None when only the family is known (several variants named).
        family, category, counting_unit: from the catalog.
        match: ``exact`` (the name as written), ``cleaned`` (after removing the tracker's
            formatting noise), ``find`` (a catalog name found inside a longer name),
            ``family`` (several variants of one family found), ``fuzzy`` (misspelling).
    """

    system: str | None
    family: str | None
    category: str | None
    counting_unit: str | None
    match: str


NO_MATCH = SystemMatch(None, None, None, None, "")

_QUOTES = re.compile(r"^[\s'\"‘’“”]+|[\s'\"‘’“”*]+$")
_CALIBRE = re.compile(r"^\d+(?:[.,]\d+)?\s?mm(?:\s?/\s?\d+(?:[.,]\d+)?\s?mm)?\s+", re.IGNORECASE)
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")


def name_candidates(name: str) -> list[str]:
    """The name without the trackers' formatting noise, most literal first.

    Quote marks and footnote stars (``M-55S'``, ``''Mamba''``, ``RCH-155s*``), a calibre prefix
    (``155mm M777``), a trailing parenthesis (``M270 weapon system (Norway)``) and an English
    plural ``s`` (``TRF1s``) — formatting, not aliases, which live only in the catalog.

    >>> name_candidates("155mm TRF1s*")
    ['155mm TRF1s*', '155mm TRF1s', 'TRF1s', 'TRF1']
    """
    out: list[str] = []

    def add(s: str) -> None:
        s = re.sub(r"\s+", " ", s).strip()
        if s and s not in out:
            out.append(s)

    add(name)
    s = _QUOTES.sub("", name)
    add(s)
    s = _CALIBRE.sub("", s)
    add(s)
    bare = _TRAILING_PAREN.sub("", s)
    add(bare)
    for base in dict.fromkeys((s, bare)):
        if re.search(r"[A-Za-z0-9]{2,}s$", base) and not base.endswith("ss"):
            add(base[:-1])
    return out


@functools.lru_cache(maxsize=1)
def default_catalog() -> Any:
    """The project's systems catalog (``aidledger.catalog.load_catalog()``)."""
    from aidledger.catalog import load_catalog

    return load_catalog()


def _as_match(system: Any, match: str) -> SystemMatch:
    return SystemMatch(system.name, system.family, system.category,
                       getattr(system, "counting_unit", None) or None, match)


def _fuzzy_one(catalog: Any, token: str) -> Any:
    fuzzy = getattr(catalog, "fuzzy", None)
    if fuzzy is None:
        return None
    hit = fuzzy(token, min_score=90)
    if isinstance(hit, list | tuple) and hit and not hasattr(hit, "name"):
        hit = hit[0]
    if isinstance(hit, tuple) and not hasattr(hit, "name"):
        hit = hit[0]
    if not hasattr(hit, "family"):
        return None
    # A misspelling keeps its numbers: "M50" is not "M101", "Anti-Aircraft Guns" not "Zastava M55".
    digits = re.findall(r"\d+", token)
    if not any(re.findall(r"\d+", n) == digits for n in getattr(hit, "all_names", (hit.name,))):
        return None
    return hit


def match_system(name: str, catalog: Any = None) -> SystemMatch:
    """Map a tracker's system name to the catalog (``NO_MATCH`` when it is not known).

    Tried in order: the name as written, the cleaned names (``name_candidates``), catalog
    names found inside the name (one system, or several variants of one family), then a
    fuzzy match of the cleaned name (misspellings with dropped letters, ``2S1 Go dzik``).
    """
    cat = catalog if catalog is not None else default_catalog()
    candidates = name_candidates(name)
    for i, cand in enumerate(candidates):
        hit = cat.get(cand)
        if hit is not None:
            return _as_match(hit, "exact" if i == 0 else "cleaned")
    found = [m.system for m in cat.find(candidates[0])] if hasattr(cat, "find") else []
    if not found and len(candidates) > 1:
        found = [m.system for m in cat.find(candidates[-1])]
    if found:
        names = list(dict.fromkeys(s.name for s in found))
        families = {s.family for s in found}
        if len(names) == 1:
            return _as_match(found[0], "find")
        # A generic family row plus one variant ("Modified T-72 tank (T-72A)") counts as the variant.
        specific = [s for s in found if s.name != s.family]
        if len(families) == 1:
            if len({s.name for s in specific}) == 1:
                return _as_match(specific[0], "find")
            fam = found[0].family
            head = cat.get(fam)
            return SystemMatch(None, fam, found[0].category,
                               (getattr(head, "counting_unit", None) if head else None)
                               or getattr(found[0], "counting_unit", None), "family")
        # Several families: the longest name found wins only when it covers most of the name.
        best = max(found, key=lambda s: len(s.name))
        if len(best.name) >= 0.6 * len(candidates[-1]):
            return _as_match(best, "find")
        return NO_MATCH
    for cand in candidates[1:] or candidates:
        hit = _fuzzy_one(cat, cand)
        if hit is not None:
            return _as_match(hit, "fuzzy")
    return NO_MATCH


# ---------------------------------------------------------------------------------------------
# What the CLI calls


def import_kiel(path: str | Path, *, catalog: Any = None) -> tuple[pl.DataFrame, list[Problem]]:
    """Read a Kiel ``weapons.csv`` (``aidledger import kiel FILE``); see ``kiel.read_weapons``."""
    from aidledger.trackers import kiel

    return kiel.read_weapons(path, catalog=catalog)


def import_kiel_money(path: str | Path) -> tuple[pl.DataFrame, list[Problem]]:
    """Read a Kiel ``data_explorer.csv``; see ``kiel.read_data_explorer``."""
    from aidledger.trackers import kiel

    return kiel.read_data_explorer(path)


def import_oryx(path: str | Path, *, catalog: Any = None) -> tuple[pl.DataFrame, list[Problem]]:
    """Read an Oryx-style ``donated_vehicles.csv`` (``aidledger import oryx FILE``)."""
    from aidledger.trackers import oryx

    return oryx.read_donated(path, catalog=catalog)


def compare_frames(ledger: pl.DataFrame | None = None, kiel: pl.DataFrame | None = None,
                   oryx: pl.DataFrame | None = None, *, threshold: int = 0,
                   catalog: Any = None) -> Comparison:
    """Compare the ledger with the trackers (``aidledger compare [--threshold N]``).

    Any of the three frames may be None or empty; see ``compare.compare``.
    """
    from aidledger.trackers.compare import compare

    return compare(ledger, kiel, oryx, threshold=threshold, catalog=catalog)


__all__ = [
    "TRACKER_COLUMNS", "SystemMatch", "compare_frames", "import_kiel", "import_kiel_money", "import_oryx",
    "match_system", "name_candidates", "problem", "resolve_donor",
]
