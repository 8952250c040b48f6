"""Exceptions for programming and configuration faults, and the catalog of problem codes.

Bad *input* is reported as ``aidledger.model.Problem`` records with a stable code from ``CODES``;
exceptions are for unusable input (a missing file) and for bugs. Every exception subclasses
``AidledgerError`` and the matching built-in, so callers can catch either.

Exit codes of the ``aidledger`` command (``docs/errors.md`` has the full table):

====  ========================================================================================
0     success; doubts (codes not in ``ERROR_CODES``: AL105, AL109, AL2xx, AL301...) may be printed
1     errors: a problem whose code is in ``ERROR_CODES`` (the other documents are still stored),
      or unusable input (``InputError``: a missing file; ``StoreError``: a missing or foreign
      database, code AL401; one written by another version, read before ``aidledger migrate``, AL402)
2     usage errors (an unknown option, a bad option value)
130   interrupted (Ctrl-C); an interrupted ingest leaves the database as it was before it
====  ========================================================================================
"""

from __future__ import annotations

import re

#: Stable problem codes. AL1xx: reading input; AL2xx: assembling pledges; AL3xx: units and money;
#: AL4xx: the store. Tests assert on codes, not messages.
CODES: dict[str, str] = {
    "AL101": "file is empty",
    "AL102": "file is not valid UTF-8 text (bytes replaced)",
    "AL103": "malformed line skipped (JSONL document or tracker CSV record)",
    "AL104": "document has no text",
    "AL105": "document has no publication date: relative dates left unresolved",
    "AL106": "binary file skipped",
    "AL107": "invalid publication date in metadata",
    "AL108": "duplicate document id",
    "AL109": "very large document extracted in segments (context does not cross a cut)",
    "AL110": "file cannot be read (permissions, I/O error): skipped",
    "AL111": "sidecar NAME.json or metadata.json is malformed: its document skipped",
    "AL112": "the page states publication dates that disagree: date left unknown",
    "AL113": "PDF without a text layer (a scan): run OCR first",
    "AL114": "encrypted PDF: skipped",
    "AL115": "file cannot be parsed as its format (PDF, feed, HTML, archive): skipped",
    "AL116": "archive entry refused (escapes its folder, link, zip bomb, nested archive)",
    "AL117": "publication date in the future: left unknown",
    "AL118": "lone surrogates (invalid Unicode) replaced by U+FFFD",
    "AL150": "text is not English (the language is named): extracted as English, records may be missing",
    "AL201": "number near an aid item but no pledge recorded",
    "AL202": "donor not recognised",
    "AL203": "item not recognised",
    "AL204": "status unclear",
    "AL205": "extractor stage failed on this document",
    "AL301": "stated conversion differs from the ECB rate of the day by more than 5 %",
    "AL302": "no exchange rate for this currency and date",
    "AL303": "currency ambiguous; resolved by the donor's own currency",
    "AL304": "unknown currency code",
    "AL305": "number beyond any plausible quantity or amount: no record",
    "AL401": "database is not an aidledger database",
    "AL402": "database written by another version of aidledger, opened read-only: run aidledger migrate",
}

#: Codes that make a command exit non-zero (errors rather than doubts).
ERROR_CODES = frozenset({"AL101", "AL102", "AL103", "AL104", "AL106", "AL107", "AL110", "AL111", "AL113",
                         "AL114", "AL115", "AL116", "AL118", "AL304", "AL305", "AL401", "AL402"})


class AidledgerError(Exception):
    """Base class of every exception raised on purpose by aidledger."""


class InputError(AidledgerError, ValueError):
    """Input that cannot be used at all (a missing file, an unknown option value)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path, self.line, self.message = path, line, message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class OutputRefused(InputError):
    """An output file that would destroy something: one of the command's inputs, its database, or
    an existing file without ``--force`` (exit 2, a usage error; see ``aidledger.outputs``)."""


class StoreError(AidledgerError, RuntimeError):
    """The database cannot be opened or is not an aidledger database."""


def describe_failure(exc: BaseException) -> str | None:
    """What a database failure means for the user, in one line; None for anything else (a bug).

    DuckDB reports a full disk, a damaged file or a lock held by another process as exceptions
    whose names say little (``TransactionException``, ``FatalException``) or whose text adds a
    hint meant for DuckDB's own command line. aidledger writes every change in one transaction,
    so a failed write changed nothing; these lines say so. The exception is recognised by its
    class names and message, so this module needs no DuckDB import (only the store has one).
    """
    names = {cls.__name__ for cls in type(exc).__mro__}
    if not names & {"Error", "DatabaseError", "IOException", "TransactionException", "FatalException",
                    "InternalException", "OutOfMemoryException"} or "duckdb" not in type(exc).__module__:
        return None
    text = " ".join(str(exc).split())
    low = text.lower()
    if "no space left" in low or "disk full" in low or "not enough space" in low or "file too large" in low:
        return ("the disk is full (or the file reached its size limit): the database could not be written; "
                "the change was rolled back and the ledger is as it was before (free some space and run "
                "the command again)")
    if "corrupt database" in low or "checksum" in low:
        return (f"the database file is damaged ({_first_clause(text)}); aidledger did not change it: "
                "restore it from a copy, or ingest the corpus into a new file")
    if "not a valid duckdb database" in low:
        return ("cannot open as a DuckDB database: it is not one, or its header is damaged; aidledger did "
                "not change it (give another --db, or restore the file from a copy)")
    lock = _LOCK.search(text)
    if lock:
        holder = f" ({lock.group('who').rsplit('/', 1)[-1]}, PID {lock.group('pid')})" if lock.group("who") else ""
        return (f"the database is in use by another process{holder}: nothing was changed; "
                "run the command again when that process has finished")
    if "OutOfMemoryException" in names:
        return ("out of memory: the change was rolled back and the ledger is as it was before "
                "(run it on fewer documents at a time)")
    if names & {"TransactionException", "FatalException"}:
        return (f"the database could not complete the write ({_first_clause(text)}); the change was rolled "
                "back and the ledger is as it was before")
    return None


def _first_clause(text: str) -> str:
    """DuckDB's message without its error-class prefix and its documentation hints."""
    text = _HINT.sub("", text)
    return _PREFIX.sub("", text).strip().rstrip(".")


_LOCK = re.compile(r"Could not set lock on file(?:.*?Conflicting lock is held in (?P<who>\S+) \(PID (?P<pid>\d+)\))?",
                   re.IGNORECASE)
_HINT = re.compile(r"\s*(?:However, you would be able to open this database in read-only mode.*?\.|See also \S+)",
                   re.IGNORECASE)
_PREFIX = re.compile(r"^(?:[A-Za-z]+ Error: )+")
