"""The DuckDB store: the only module that imports duckdb.

A ``Ledger`` wraps one DuckDB connection. Opening a database for writing applies the numbered
``sql/*.sql`` files in order (each recorded with its sha256 in ``_aidledger_migrations`` and
applied again only when its text changes; every statement is idempotent), loads the bundled ECB
rates when ``fx_rates`` is empty and the systems catalog when it can be imported. Every other
query Python runs is a named block of ``sql/queries/store.sql``.

Data crosses between DuckDB and polars as Arrow tables: frames are registered and inserted
with ``INSERT ... BY NAME SELECT``, and results come back with ``.pl()``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from aidledger import ledger as ledger_mod
from aidledger.batch import SEGMENT_CHARS, chunked, extract_safely, segments
from aidledger.errors import ERROR_CODES, InputError, StoreError
from aidledger.model import Document, Pledge, Problem
from aidledger.resources import sql_dir, sql_files

DEFAULT_DB = "aidledger.duckdb"
#: The storage format a new database file is written in: that of DuckDB 1.1, so that every DuckDB
#: client from 1.1 on (Python, R, the duckdb CLI) opens the file (docs/sql.md, tests/test_citable.py).
STORAGE_VERSION = "v1.1.0"
MIGRATIONS_TABLE = "_aidledger_migrations"
SKIPPED_LINE_CODES = frozenset({"AL103", "AL104"})
#: An IngestReport keeps the first this many problems (and the first of every other code); all
#: of them are in the ``problems`` table, and counted in ``IngestReport.problem_counts``.
REPORT_PROBLEMS = 1000
#: DuckDB's memory limit while an ingest into a database file runs (it spills to disk beyond it),
#: so that the ingest's peak memory stays bounded whatever the size of the ledger.
INGEST_MEMORY_LIMIT = "512MB"
# A write whose new mentions are more than this share of the ledger's recomputes every event (the
# full refresh runs fewer, larger steps); a smaller one groups again only what it touched.
SCOPED_REFRESH_SHARE = 0.25

__all__ = ["DEFAULT_DB", "SEGMENT_CHARS", "ImportReport", "IngestReport", "Ledger", "RatesReport", "extract_safely",
           "open_ledger", "segments"]
_CREATED_RE = re.compile(r"CREATE (?:OR REPLACE )?(?:TABLE|VIEW)(?: IF NOT EXISTS)? (\w+)")
_NAME_RE = re.compile(r"^--\s*name:\s*([A-Za-z_][A-Za-z0-9_]*)([!#$^*]*)\s*$")


# ---------------------------------------------------------------------------------------------
# Named queries


@dataclass(frozen=True, slots=True)
class Query:
    """One named SQL block.

    Attributes:
        name: identifier after ``-- name:``.
        op: suffix: ``""`` rows, ``"!"`` a write, ``"#"`` a script of several statements.
        doc: the comment lines under the header.
        sql: the SQL text.
        path: the file it comes from; line: the line of its header.
    """

    name: str
    op: str
    doc: str
    sql: str
    path: str
    line: int


def parse_queries(text: str, *, path: str = "<sql>") -> dict[str, Query]:
    """Named blocks of a SQL file (text before the first ``-- name:`` is the file's header)."""
    queries: dict[str, Query] = {}
    current: tuple[str, str, int] | None = None
    doc: list[str] = []
    body: list[str] = []

    def close() -> None:
        if current is not None:
            name, op, line = current
            sql = "\n".join(body).strip()
            if not sql:
                raise StoreError(f"{path}:{line}: query {name} has no SQL")
            queries[name] = Query(name, op, "\n".join(doc).strip(), sql, path, line)

    for lineno, raw in enumerate(text.splitlines(), start=1):
        m = _NAME_RE.match(raw.strip())
        if m:
            close()
            if m.group(1) in queries:
                raise StoreError(f"{path}:{lineno}: query {m.group(1)} defined twice")
            current, doc, body = (m.group(1), m.group(2), lineno), [], []
        elif current is not None:
            if not body and raw.strip().startswith("--"):
                doc.append(raw.strip()[2:].strip())
            else:
                body.append(raw)
    close()
    return queries


@cache
def queries() -> dict[str, Query]:
    """Every named query of ``sql/queries/*.sql``."""
    found: dict[str, Query] = {}
    for path in sorted((sql_dir() / "queries").glob("*.sql")):
        found.update(parse_queries(path.read_text(encoding="utf-8"), path=str(path)))
    return found


# ---------------------------------------------------------------------------------------------
# Reports


@dataclass(slots=True)
class IngestReport:
    """What an ingest did.

    Attributes:
        db: the database path (``:memory:`` for an in-memory one).
        documents: documents written; replaced: how many of them replaced earlier rows (the
            document changed: other text or publication date).
        unchanged: documents already stored with the same content hash and publication date,
            skipped (their rows are left exactly as they were).
        pledges: pledge records (mentions) written.
        problems: the first ``REPORT_PROBLEMS`` problems found (reading and extracting), and the
            first one of every other code; all of them are stored in the ``problems`` table.
        problem_counts: every problem found, counted by code.
        skipped_lines: JSONL lines skipped (codes AL103, AL104).
        run_id: the id of the run (its rows were staged under it, then published).
    """

    db: str
    documents: int = 0
    replaced: int = 0
    pledges: int = 0
    problems: list[Problem] = field(default_factory=list)
    skipped_lines: int = 0
    unchanged: int = 0
    problem_counts: dict[str, int] = field(default_factory=dict)
    run_id: str = ""

    @property
    def errors(self) -> list[Problem]:
        """The errors among ``problems`` (``n_errors`` counts them all)."""
        return [p for p in self.problems if p.code in ERROR_CODES]

    @property
    def n_problems(self) -> int:
        """Every problem found (``problems`` may hold only the first ones)."""
        return sum(self.problem_counts.values())

    @property
    def n_errors(self) -> int:
        return sum(n for code, n in self.problem_counts.items() if code in ERROR_CODES)

    def note(self, problem: Problem) -> None:
        """Count a problem; keep it when fewer than ``REPORT_PROBLEMS`` are kept or its code is new."""
        seen = problem.code in self.problem_counts
        self.problem_counts[problem.code] = self.problem_counts.get(problem.code, 0) + 1
        if len(self.problems) < REPORT_PROBLEMS or not seen:
            self.problems.append(problem)
        if problem.code in SKIPPED_LINE_CODES:
            self.skipped_lines += 1


@dataclass(slots=True)
class ImportReport:
    """What a tracker import did (``Ledger.import_kiel``, ``Ledger.import_oryx``).

    Attributes:
        source: ``kiel`` (weapons.csv), ``kiel-money`` (data_explorer.csv) or ``oryx``.
        path: the file imported.
        table: the table written (``tracker_items`` or ``tracker_money``).
        rows: rows written; replaced: rows of an earlier import of the same source removed.
        problems: every problem about the file (``doc_id`` is ``file:line``), also stored in
            the ``problems`` table.
    """

    source: str
    path: str
    table: str
    rows: int = 0
    replaced: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.code in ERROR_CODES]


#: ``progress(done, total)``: documents done so far, and the total when it is known.
Progress = Callable[[int, "int | None"], None]


@dataclass(frozen=True, slots=True)
class RatesReport:
    """The rate file loaded into ``fx_rates``.

    Attributes:
        source: file name; n_rates: rows in fx_rates (EUR rows included);
        first_date, last_date: the range of ECB days; currencies: number of currencies.
    """

    source: str
    n_rates: int
    first_date: dt.date | None
    last_date: dt.date | None
    currencies: int


# ---------------------------------------------------------------------------------------------
# The ledger


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _problem_doc(problem: Problem) -> str | None:
    return problem.source.doc_id if problem.source else problem.doc_id


class Ledger:
    """A DuckDB database with the aidledger tables and views.

    Open one with ``Ledger.open(path)`` (or ``aidledger.open_ledger``); ``path=None`` gives an
    in-memory database. Use it as a context manager, or call ``close()``.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, *, path: str, read_only: bool):
        self.con = con
        self.path = path
        self.read_only = read_only

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False,
             load_rates: bool = True) -> Ledger:
        """Open (and, unless read-only, create or upgrade) the database at ``path``.

        Raises ``StoreError`` when a read-only database does not exist, the file is not a DuckDB
        database, or it holds other tables but is not an aidledger database (code AL401).
        """
        target = ":memory:" if path is None or str(path) == ":memory:" else str(path)
        if target != ":memory:":
            p = Path(target)
            if p.is_dir():
                raise StoreError(f"{target}: is a folder, not a database file")
            if read_only and not p.is_file():
                raise StoreError(f"{target}: no such database (run `aidledger ingest` first)")
        config = {} if read_only or target == ":memory:" else {"storage_compatibility_version": STORAGE_VERSION}
        try:
            con = duckdb.connect(target, read_only=read_only and target != ":memory:", config=config)
        except (duckdb.IOException, duckdb.InvalidInputException, duckdb.SerializationException,
                duckdb.CatalogException) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            if "lock" in first.lower():
                pid = re.search(r"\(PID (\d+)\)", str(exc))
                holder = f" (process {pid.group(1)})" if pid else ""
                raise StoreError(f"{target}: in use by another process{holder} that is writing to it; "
                                 "try again when it is done (readers never lock each other out)") from None
            raise StoreError(f"{target}: cannot open as a DuckDB database ({first})") from None
        self = cls(con, path=target, read_only=read_only)
        try:
            self._use_internal_schema()
            names = set(self._relations())
            if read_only:
                if MIGRATIONS_TABLE not in names:
                    raise StoreError(f"{target}: AL401 not an aidledger database (no {MIGRATIONS_TABLE})")
            else:
                if names and MIGRATIONS_TABLE not in names:
                    raise StoreError(f"{target}: AL401 not an aidledger database (it has other tables)")
                migrated = self.migrate()
                self._use_internal_schema()
                if self._scalar("staging_rows"):
                    self._exec("clear_staging")  # left by a killed ingest
                if load_rates and self._scalar("fx_rates_loaded") == 0:
                    from aidledger import rates

                    self.load_rates(rates.read_bundled(), source=rates.BUNDLED_NAME)
                if self._scalar_sql("SELECT count(*) FROM systems") == 0:
                    self.load_systems()
                n_pledges, n_mentions, _ = self._run("derived_rows").fetchall()[0]
                if n_pledges != n_mentions or (migrated and n_pledges):
                    with self.transaction():  # written by another client, or a new schema
                        self.refresh_events()
        except BaseException:
            con.close()
            raise
        return self

    def _use_internal_schema(self) -> None:
        """Let unqualified names reach the plumbing of the schema ``internal`` (``compute_by_donor``)
        as well as the user's views of ``main``; the SQL files always qualify them."""
        try:
            self.con.execute("SET search_path = 'main,internal'").fetchall()
        except duckdb.Error:
            pass  # a database written before the schema existed, opened read-only

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Ledger({self.path!r}, read_only={self.read_only})"

    # -- low level ---------------------------------------------------------------------------

    def _run(self, name: str, params: dict[str, Any] | None = None) -> duckdb.DuckDBPyConnection:
        q = queries()[name]
        return self.con.execute(q.sql, params) if params else self.con.execute(q.sql)

    def _exec(self, name: str, params: dict[str, Any] | None = None) -> None:
        """Run a named statement or script to completion, discarding its result."""
        self._run(name, params).fetchall()

    def _scalar(self, name: str, params: dict[str, Any] | None = None) -> Any:
        rows = self._run(name, params).fetchall()
        return rows[0][0] if rows else None

    def _scalar_sql(self, sql: str) -> Any:
        rows = self.con.execute(sql).fetchall()
        return rows[0][0] if rows else None

    def _relations(self) -> dict[str, str]:
        return dict(self._run("list_relations").fetchall())

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: commit at the end, roll back on any exception."""
        self.con.execute("BEGIN TRANSACTION").fetchall()
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK").fetchall()
            raise
        self.con.execute("COMMIT").fetchall()

    @contextmanager
    def _registered(self, **tables: Any) -> Iterator[None]:
        for name, table in tables.items():
            self.con.register(name, table)
        try:
            yield
        finally:
            for name in tables:
                self.con.unregister(name)

    # -- schema ------------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply the ``sql/*.sql`` files not applied yet (or changed since); their names."""
        self._exec("create_migrations_table")
        applied = dict(self._run("applied_migrations").fetchall())
        if self._missing_relations():
            applied = {}  # a view or table was dropped behind the store: apply every file again
        done = []
        for path in sql_files():
            text = path.read_text(encoding="utf-8")
            digest = _sha256(text)
            if applied.get(path.name) == digest:
                continue
            try:
                self.con.execute(text).fetchall()
            except duckdb.Error as exc:
                raise StoreError(f"{path}: cannot apply ({exc})") from exc
            self._exec("record_migration", {"name": path.name, "sha256": digest})
            done.append(path.name)
        if self._scalar("pledges_primary_key"):
            # created before pledge_id lost its PRIMARY KEY (the index did not fit an ingest's
            # memory limit): the same table without it
            with self.transaction():
                self._exec("set_aside_keyed_pledges")
                tables = next(p for p in sql_files() if p.name == "010_tables.sql")
                self.con.execute(tables.read_text(encoding="utf-8")).fetchall()
                self._exec("restore_keyed_pledges")
            done.append("pledges without PRIMARY KEY")
        return done

    def _missing_relations(self) -> set[str]:
        """Tables and views the ``sql/*.sql`` files create that the database lacks."""
        wanted: set[str] = set()
        for path in sql_files():
            wanted |= set(_CREATED_RE.findall(path.read_text(encoding="utf-8")))
        return wanted - set(self._relations())

    def lock_down(self) -> None:
        """Make this read-only connection truly read-only (named query ``lock_down``): no file
        outside the database read or written, no other database attached, no extension installed
        or loaded, no setting changed from now on."""
        if not self.read_only:
            raise StoreError(f"{self.path}: lock_down is for a connection opened read-only")
        self._exec("lock_down")

    def refresh_all(self) -> None:
        """After SQL of one's own wrote to the ledger (``aidledger sql --write``): restore any
        view or table it dropped, and refresh FX problems, events and totals, in one transaction."""
        self._require_write()
        self.migrate()
        with self.transaction():
            self.refresh_fx_problems()
            self.refresh_events()

    def tables(self) -> list[str]:
        return sorted(n for n, kind in self._relations().items() if "table" in kind)

    def views(self) -> list[str]:
        return sorted(n for n, kind in self._relations().items() if kind == "view")

    # -- reading -----------------------------------------------------------------------------

    def sql(self, query: str, params: dict[str, Any] | Sequence[Any] | None = None) -> pl.DataFrame:
        """Run one SQL statement; its result as a polars frame (empty for statements without one)."""
        try:
            rel = self.con.sql(query, params=params) if params else self.con.sql(query)
            return pl.DataFrame() if rel is None else rel.pl()
        except duckdb.Error as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise InputError(f"SQL error: {message}") from None

    def view(self, name: str) -> pl.DataFrame:
        """Every row of a view (or table) by name."""
        relations = self._relations()
        if name not in relations:
            raise InputError(f"no view or table named {name!r}; views: {', '.join(self.views())}")
        return self.con.sql(f'SELECT * FROM "{name}"').pl()

    def pledges(self, *, fx: bool = False) -> pl.DataFrame:
        """The ledger (``LEDGER_SCHEMA``); with ``fx=True`` the ``pledges_fx`` view instead."""
        name = "pledges_fx" if fx else "pledges"
        return self.con.sql(f"SELECT * FROM {name} ORDER BY doc_id, span_start, pledge_id").pl()

    def documents(self) -> pl.DataFrame:
        return self.con.sql("SELECT * FROM documents ORDER BY doc_id").pl()

    def problems(self) -> pl.DataFrame:
        return self.con.sql("SELECT * FROM problems ORDER BY doc_id, span_start, code").pl()

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, pledges, problems, fx_rates."""
        frame = self.con.sql(queries()["counts"].sql).pl()
        return {k: int(v) for k, v in frame.row(0, named=True).items()}

    def as_of(self) -> dt.date | None:
        """The latest publication date among the documents (the ledger's as-of date)."""
        return self._scalar("as_of")

    # -- writing -----------------------------------------------------------------------------

    def _require_write(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")

    def write(self, documents: Sequence[Document], pledges: Sequence[Pledge],
              problems: Sequence[Problem] = (), *, ingested_at: dt.datetime | None = None) -> int:
        """Write documents with their pledges and problems, replacing earlier rows of the same
        documents; returns how many documents replaced earlier rows. Runs in the caller's
        transaction (see ``add`` for a self-contained one)."""
        self._require_write()
        published = {d.id: d.published for d in documents}
        docs = ledger_mod.documents_frame(documents, ingested_at=ingested_at).to_arrow()
        rows = ledger_mod.to_frame(pledges, published=published).to_arrow()
        probs = ledger_mod.problems_frame(problems).to_arrow()
        with self._registered(incoming_documents=docs, incoming_pledges=rows, incoming_problems=probs):
            replaced = self._scalar_sql(
                "SELECT count(*) FROM documents WHERE doc_id IN (SELECT doc_id FROM incoming_documents)")
            self._exec("delete_incoming_documents")
            if self._scalar("pledges_already_stored"):
                raise StoreError("pledge ids already stored in another document, or given twice "
                                 "(write the whole document again instead)")
            self._exec("insert_incoming")
        return int(replaced or 0)

    def add(self, pledges: Iterable[Pledge], *, documents: Iterable[Document] = (),
            problems: Iterable[Problem] = ()) -> int:
        """Store pledge records built elsewhere (with their documents) in one transaction, and
        refresh the events and totals in it."""
        documents, pledges = list(documents), list(pledges)
        with self.transaction():
            in_sync = self._events_in_sync()
            replaced = self.write(documents, pledges, list(problems))
            doc_ids = sorted({d.id for d in documents} | {p.doc_id for p in pledges})
            self._refresh_after_write(doc_ids, in_sync=in_sync, n_new=len(pledges))
            return replaced

    def refresh_events(self) -> None:
        """Recompute the materialised events and totals (tables ``mention_events``, ``events``,
        ``totals_by_*``; named query ``refresh_events``) from ``pledges``, ``systems`` and
        ``fx_rates``. Every write of the store does it in its own transaction; call it after
        writing to ``pledges`` with SQL of your own. Runs in the caller's transaction, if any."""
        self._require_write()
        n_pledges, n_mentions, n_events = self._run("derived_rows").fetchall()[0]
        if n_pledges or n_mentions or n_events:
            self._exec("refresh_events")
            self._exec("refresh_totals")
            self._exec("clear_refresh_groups")

    def _events_in_sync(self) -> bool:
        """Whether ``mention_events`` has a row per pledge (nobody wrote to ``pledges`` without a
        refresh), so that a write may refresh only what it touched."""
        n_pledges, n_mentions, _ = self._run("derived_rows").fetchall()[0]
        return bool(n_pledges == n_mentions)

    def _refresh_after_write(self, doc_ids: Sequence[str] | None, *, in_sync: bool, n_new: int) -> None:
        """Refresh FX problems, events and totals after the pledges of ``doc_ids`` were written or
        deleted (None: the documents already in ``refresh_docs``). Only the keys and documents they
        touch are refreshed (named queries ``refresh_fx_problems_scoped``,
        ``refresh_events_scoped``, ``refresh_totals_scoped``) when the events were in sync before
        the write and the write is small next to the ledger (``SCOPED_REFRESH_SHARE``); otherwise
        everything is recomputed. Both give the same tables (tests/test_refresh.py)."""
        n_mentions = self._run("derived_rows").fetchall()[0][1]
        if doc_ids is not None:
            self._exec("clear_refresh_docs")
            with self._registered(incoming_refresh_docs=pl.DataFrame(
                    {"doc_id": list(doc_ids)}, schema={"doc_id": pl.String}).to_arrow()):
                self._exec("add_refresh_docs")
        if in_sync and n_mentions and n_new <= SCOPED_REFRESH_SHARE * n_mentions:
            self._exec("refresh_fx_problems_scoped")
            self._exec("refresh_events_scoped")
            self._exec("refresh_totals_scoped")
        else:
            self._exec("clear_refresh_docs")
            self.refresh_fx_problems()
            self.refresh_events()

    def ingest(self, paths: Iterable[str | Path], *, published: dt.date | None = None,
               batch_size: int = 500, force: bool = False, progress: Progress | None = None,
               jobs: int = 1, keep_text: bool = True) -> IngestReport:
        """Read, extract and store every document under ``paths``; publish them at the end.

        Idempotent: a document already stored with the same id, content hash and publication
        date is skipped (``unchanged``) and its rows stay as they are, ``ingested_at``
        included; ``force=True`` extracts and writes it again (after an extractor upgrade). A
        changed document has its rows replaced. A document id seen twice in one run is kept
        once (problem AL108). Raises ``InputError`` for a path that does not exist, before
        anything is written.

        Atomic and in bounded memory: documents are streamed, extracted (``jobs`` worker
        processes when above 1, 0 = one per core; ``aidledger.batch.extract_many``) and appended
        every ``batch_size`` documents to the staging tables under this run's id, each batch
        committed. At the end one short transaction publishes the run: the replaced documents'
        rows deleted, the staged rows inserted, the staging rows deleted, FX problems, events and
        totals refreshed. An exception deletes the run's staging rows; a killed process leaves
        only staging rows, never read by any view, which the next open for writing deletes. Either
        way the ledger stays as it was before the call. The report keeps counts and the first
        ``REPORT_PROBLEMS`` problems; every problem is stored in ``problems``.

        ``progress(done, total)`` is called after each document (``total``: the number of
        documents and JSONL lines, counted before the run). ``keep_text=False`` leaves the
        documents' texts out of ``documents.text`` (only their quotes are kept).
        """
        from aidledger.documents import count_documents, expand_paths, read_documents

        self._require_write()
        if jobs < 0:
            raise InputError(f"jobs must be 0 (one per core) or more, not {jobs}")
        paths = list(paths)
        files = expand_paths(paths)  # fail fast on a missing path
        report = IngestReport(db=self.path, run_id=uuid.uuid4().hex)
        total = count_documents(files) if progress is not None else None
        now = dt.datetime.now(dt.UTC)
        seen: set[str] = set()
        skipped: set[str] = set()  # unchanged documents: their stored problems are left be
        done = 0
        buffer: tuple[list[Document], list[Pledge], list[Problem]] = ([], [], [])

        def classified() -> Iterator[tuple[str, Document | Problem]]:
            """("problem" | "extract" | "done", item) in input order; one look-up per batch."""
            for batch in chunked(read_documents(paths, published=published), batch_size):
                incoming = [d for d in batch if isinstance(d, Document)]
                stored = {} if force else self._stored_documents([d.id for d in incoming])
                out: list[tuple[str, Document | Problem]] = []
                for item in batch:
                    if isinstance(item, Problem):
                        out.append(("problem", item))
                    elif item.id in seen:
                        out.append(("problem", Problem("AL108", f"{item.source}: duplicate document id "
                                                       f"{item.id!r}; first one kept", doc_id=item.id)))
                        out.append(("done", item))
                    elif stored.get(item.id) == (item.content_hash, item.published):
                        seen.add(item.id)
                        skipped.add(item.id)
                        report.unchanged += 1
                        out.append(("done", item))
                    else:
                        seen.add(item.id)
                        out.append(("extract", item))
                yield from out

        def flush(last: bool = False) -> None:
            docs, pledges, problems = buffer
            if (last and (docs or problems)) or len(docs) >= batch_size or len(problems) >= batch_size:
                self._stage(report.run_id, docs, pledges, problems, ingested_at=now, keep_text=keep_text)
                report.documents += len(docs)
                report.pledges += len(pledges)
                for items in buffer:
                    items.clear()

        def handle(kind: str, item: Document | Problem, found: Sequence[Pledge] = (),
                   doubts: Sequence[Problem] = ()) -> None:
            nonlocal done
            if isinstance(item, Problem):
                report.note(item)
                if _problem_doc(item) not in skipped:
                    buffer[2].append(item)
                flush()
                return
            if kind == "extract":
                buffer[0].append(item)
                buffer[1].extend(found)
                for doubt in doubts:
                    report.note(doubt)
                buffer[2].extend(doubts)
            done += 1
            if progress is not None:
                progress(done, total)
            flush()

        limit = self._limit_memory()
        try:
            if jobs == 1:
                for kind, item in classified():
                    if kind == "extract":
                        assert isinstance(item, Document)
                        handle(kind, item, *extract_safely(item))
                    else:
                        handle(kind, item)
            else:
                from aidledger.batch import extract_many

                pending: deque[tuple[str, Document | Problem]] = deque()

                def to_extract() -> Iterator[Document]:
                    for kind, item in classified():
                        if kind == "extract":
                            assert isinstance(item, Document)
                            yield item
                        else:
                            pending.append((kind, item))

                for doc, found, doubts in extract_many(to_extract(), jobs=jobs):
                    while pending:
                        handle(*pending.popleft())
                    handle("extract", doc, found, doubts)
                while pending:
                    handle(*pending.popleft())
            flush(True)
            try:
                report.replaced = self._publish(report.run_id, changed=report.documents > 0)
            except duckdb.OutOfMemoryException:
                if limit is None:
                    raise
                # Rolled back: rather than lose the run, publish again without the memory limit.
                warnings.warn(f"aidledger: the publish of the ingest needed more than {INGEST_MEMORY_LIMIT}; "
                              "retried without the memory limit", stacklevel=2)
                self._restore_memory(limit)
                limit = None
                report.replaced = self._publish(report.run_id, changed=report.documents > 0)
        except BaseException:
            self._drop_run(report.run_id)
            raise
        finally:
            self._restore_memory(limit)
        return report

    def _stage(self, run_id: str, documents: Sequence[Document], pledges: Sequence[Pledge],
               problems: Sequence[Problem], *, ingested_at: dt.datetime, keep_text: bool = True) -> None:
        """Append one batch to the staging tables under ``run_id``, in its own transaction."""
        published = {d.id: d.published for d in documents}
        run = pl.lit(run_id, dtype=pl.String).alias("run_id")
        docs = ledger_mod.documents_frame(documents, ingested_at=ingested_at,
                                          keep_text=keep_text).with_columns(run).to_arrow()
        rows = ledger_mod.to_frame(pledges, published=published).with_columns(run).to_arrow()
        probs = ledger_mod.problems_frame(problems).with_columns(run).to_arrow()
        with self._registered(incoming_documents=docs, incoming_pledges=rows, incoming_problems=probs), \
                self.transaction():
            self._exec("stage_incoming")

    def _publish(self, run_id: str, *, changed: bool) -> int:
        """Publish a staged run in one transaction; how many stored documents it replaced."""
        run = pl.DataFrame({"run_id": [run_id]}).to_arrow()
        systems = systems_frame()
        tables: dict[str, Any] = {"incoming_run": run}
        if systems is not None:
            tables["incoming_systems"] = systems.to_arrow()
        # registered outside the transaction: unregistering inside an aborted one would fail
        with self._registered(**tables), self.transaction():
            replaced = int(self._scalar("staged_replaced") or 0)
            in_sync = self._events_in_sync()
            n_new = int(self._scalar("staged_pledges") or 0)
            self._exec("publish_run")  # fills refresh_docs with the run's documents
            if systems is not None and self._scalar("systems_differ"):
                self._exec("replace_systems")
                changed, in_sync = True, False  # families may change anywhere: refresh everything
            if changed:
                self._refresh_after_write(None, in_sync=in_sync, n_new=n_new)
            else:
                self._exec("clear_refresh_docs")
        return replaced

    def _drop_run(self, run_id: str) -> None:
        """Delete the staging rows of a failed run (best effort: the next open clears them too)."""
        try:
            with self._registered(incoming_run=pl.DataFrame({"run_id": [run_id]}).to_arrow()):
                self._exec("drop_run")
        except duckdb.Error:
            pass

    def _limit_memory(self) -> tuple[str, str] | None:
        """Lower DuckDB's memory limit to INGEST_MEMORY_LIMIT, on one thread, for a database file
        (it spills to the file's temporary folder; with more threads, the per-thread states of
        the event refresh do not fit in that limit); the previous settings, to restore."""
        if self.path == ":memory:":
            return None
        previous = self.con.execute(
            "SELECT current_setting('memory_limit'), current_setting('threads')").fetchall()[0]
        self.con.execute(f"SET memory_limit = '{INGEST_MEMORY_LIMIT}'").fetchall()
        self.con.execute("SET threads = 1").fetchall()
        return str(previous[0]), str(previous[1])

    def _restore_memory(self, previous: tuple[str, str] | None) -> None:
        if previous is not None:
            try:
                self.con.execute(f"SET memory_limit = '{previous[0]}'").fetchall()
                self.con.execute(f"SET threads = {int(previous[1])}").fetchall()
            except duckdb.Error:
                pass

    def _stored_documents(self, ids: Sequence[str]) -> dict[str, tuple[str, dt.date | None]]:
        """doc_id -> (content_hash, published) of those of ``ids`` already stored."""
        if not ids:
            return {}
        rows = self._run("stored_documents", {"ids": list(ids)}).fetchall()
        return {doc_id: (digest, published) for doc_id, digest, published in rows}

    def refresh_fx_problems(self) -> int:
        """Recompute the FX problems of every pledge into ``problems``: AL301 (a conversion stated
        in the text differs from the ECB rate of the day by more than 5 %, view
        ``conversion_checks``) and AL302 (no rate for the currency and date, ``pledges_fx``).
        Runs in the caller's transaction; returns how many there are."""
        self._require_write()
        self._exec("refresh_fx_problems")
        return int(self._scalar_sql("SELECT count(*) FROM problems WHERE code IN ('AL301', 'AL302')") or 0)

    # -- other trackers ----------------------------------------------------------------------

    def _import_tracker(self, source: str, path: str | Path, frame: pl.DataFrame,
                        problems: list[Problem], *, table: str, tracker: str) -> ImportReport:
        self._require_write()
        report = ImportReport(source=source, path=str(path), table=table, problems=list(problems))
        query = "replace_tracker_items" if table == "tracker_items" else "replace_tracker_money"
        args = pl.DataFrame({"tracker": [tracker], "source_file": [str(path)]})
        with self._registered(incoming_tracker=frame.to_arrow(), incoming_args=args.to_arrow(),
                              incoming_problems=ledger_mod.problems_frame(problems).to_arrow()), \
                self.transaction():
            report.replaced = int(self._scalar_sql(
                f"SELECT count(*) FROM {table} WHERE tracker = '{tracker}'") or 0)
            self._exec(query)
        report.rows = frame.height
        return report

    def import_kiel(self, path: str | Path) -> ImportReport:
        """Import a Kiel Ukraine Support Tracker file: ``weapons.csv`` into ``tracker_items``, or
        ``data_explorer.csv`` (money per donor and month; told apart by its header) into
        ``tracker_money``. An import replaces every row of the earlier Kiel import of the same
        kind (one release at a time, so counts are never doubled), and its problems. Raises
        ``InputError`` for a missing file or one in neither format."""
        from aidledger.trackers import kiel

        if _csv_header(path) >= {"country", "year", "month", "total"}:
            frame, problems = kiel.read_data_explorer(path)
            return self._import_tracker("kiel-money", path, frame, problems, table="tracker_money",
                                        tracker="kiel")
        frame, problems = kiel.read_weapons(path)
        return self._import_tracker("kiel", path, frame, problems, table="tracker_items", tracker="kiel")

    def import_oryx(self, path: str | Path) -> ImportReport:
        """Import an Oryx-style ``donated_vehicles.csv`` into ``tracker_items`` (replacing the
        rows and problems of the earlier Oryx import)."""
        from aidledger.trackers import oryx

        frame, problems = oryx.read_donated(path)
        return self._import_tracker("oryx", path, frame, problems, table="tracker_items", tracker="oryx")

    def tracker_frame(self, tracker: str) -> pl.DataFrame:
        """The ``tracker_items`` rows of one tracker, as the frame its reader gives."""
        from aidledger.trackers import kiel, oryx

        schema = {"kiel": kiel.WEAPONS_SCHEMA, "oryx": oryx.DONATED_SCHEMA}[tracker]
        cols = ", ".join(f'"{c}"' for c in schema)
        frame = self.con.sql(
            f"SELECT {cols} FROM tracker_items WHERE tracker = $t ORDER BY source_file, source_line, item",
            params={"t": tracker}).pl()
        return frame.cast(schema)  # type: ignore[arg-type]

    def compare(self, *, threshold: float = 0) -> dict[str, pl.DataFrame]:
        """The ledger beside the imported Kiel and Oryx rows, per donor x catalog family.

        The ledger side is ``pledge_events`` (each pledge counted once; running totals left
        out). Keys: ``pairs``, ``differences``, ``gaps``, ``unmatched``, ``reasons`` (see
        ``aidledger.trackers.compare``)."""
        from aidledger.trackers import compare_frames

        events = self.con.sql(queries()["events_for_compare"].sql).pl()
        result = compare_frames(events, self.tracker_frame("kiel"), self.tracker_frame("oryx"),
                                threshold=threshold)  # type: ignore[arg-type]
        return dict(result._asdict())

    def load_rates(self, table: Any, *, source: str) -> RatesReport:
        """Replace ``fx_rates`` with a wide ECB Arrow table (see ``aidledger.rates``)."""
        self._require_write()
        with self._registered(ecb_wide=table), self.transaction():
            self._exec("load_ecb_rates")
            self._exec("record_fx_source", {"source": source})
            self._exec("refresh_fx_problems")
            self.refresh_events()  # events carry amounts converted at their first mention
        n, first, last, currencies = self.con.execute(
            "SELECT count(*), min(date), max(date), count(DISTINCT currency) FROM fx_rates").fetchall()[0]
        return RatesReport(source, n, first, last, currencies)

    def update_rates(self, path: str | Path) -> RatesReport:
        """Load a newer ECB history file (``eurofxref-hist.csv`` or ``.zip``) into ``fx_rates``."""
        from aidledger import rates

        return self.load_rates(rates.read_ecb_file(path), source=Path(path).name)

    def load_systems(self) -> int:
        """Replace ``systems`` with the catalog (and refresh the events, which group variants by
        family) in one transaction; 0 (and no change) when the catalog is unavailable."""
        self._require_write()
        frame = systems_frame()
        if frame is None:
            return 0
        with self._registered(incoming_systems=frame.to_arrow()), self.transaction():
            self._exec("replace_systems")
            self.refresh_events()
        return frame.height


def _csv_header(path: str | Path) -> set[str]:
    """The column names of a CSV file's first line (empty when unreadable)."""
    import csv

    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
            return {h.strip() for h in next(csv.reader(handle), [])}
    except OSError:
        return set()


SYSTEMS_SCHEMA = pl.Schema({
    "name": pl.String, "family": pl.String, "category": pl.String, "origin": pl.List(pl.String),
    "manufacturer": pl.String, "operators": pl.List(pl.String), "aliases": pl.List(pl.String),
    "calibre_mm": pl.Float64, "range_km": pl.Float64, "quantity_unit": pl.String, "generic": pl.Boolean,
    "source": pl.String,
})


def _codes(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _magnitude(value: Any, unit: str) -> float | None:
    if value is None:
        return None
    if hasattr(value, "to"):
        return float(value.to(unit).magnitude)
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and value.strip():
        from aidledger.units import Q_

        return float(Q_(value).to(unit).magnitude)
    return None


def systems_frame() -> pl.DataFrame | None:
    """The catalog as a ``systems`` frame, or None when ``aidledger.catalog`` is not available."""
    try:
        from aidledger.catalog import load_catalog
    except ImportError:
        return None
    try:
        systems = list(load_catalog().systems)
        rows: dict[str, list[Any]] = {name: [] for name in SYSTEMS_SCHEMA}
        seen: set[str] = set()
        for s in systems:
            name = str(s.name)
            if name in seen:
                continue
            seen.add(name)
            rows["name"].append(name)
            for attr in ("family", "category", "manufacturer", "quantity_unit", "source"):
                rows[attr].append(_text(getattr(s, attr, None)))
            for attr in ("origin", "operators", "aliases"):
                rows[attr].append(_codes(getattr(s, attr, None)))
            rows["generic"].append(bool(getattr(s, "generic", False)))
            rows["calibre_mm"].append(_magnitude(getattr(s, "calibre", None), "mm"))
            rows["range_km"].append(_magnitude(getattr(s, "range", None), "km"))
        return pl.DataFrame(rows, schema=SYSTEMS_SCHEMA)
    except Exception as exc:  # the catalog is optional here: warn, keep the old table
        warnings.warn(f"aidledger: systems catalog not loaded ({type(exc).__name__}: {exc})", stacklevel=2)
        return None


def open_ledger(path: str | Path | None = None, *, read_only: bool = False) -> Ledger:
    """Open the ledger database at ``path`` (``None``: in memory), creating it if needed."""
    return Ledger.open(path, read_only=read_only)
