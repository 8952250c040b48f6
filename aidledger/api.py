"""The Python API: one function per task, each what one CLI command calls.

>>> import aidledger
>>> with aidledger.open_ledger() as ledger:        # in memory; a path gives a DuckDB file
...     sorted(ledger.views())[:3]
['by_category', 'by_donor', 'by_donor_category']

For analysis (every function takes an open ``Ledger`` or the path of a database file):

- ``pledges(source, donor=, system=, category=, status=, since=, until=, currency=, lazy=)``:
  the pledge records with money in EUR and USD, filtered; a polars DataFrame (or LazyFrame).
  Re-exported as ``aidledger.pledge_frame`` (``aidledger.pledges`` is the extractor module).
- ``frame(source, name, **filters)``: any view or table, filtered the same way.
- ``describe(source)``: every view and table with its columns.
- ``figure(source, kind)`` / ``plot(db=, kind=, out=)``: charts; ``export(name, db=, fmt=, out=)``.

Functions here take keyword-only options, return records or polars frames, and raise
``InputError`` / ``StoreError`` (both ``AidledgerError``) for input they cannot use.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aidledger.batch import extract_safely
from aidledger.errors import ERROR_CODES, InputError
from aidledger.model import Document, Pledge, Problem
from aidledger.store import DEFAULT_DB, IngestReport, Ledger, RatesReport, open_ledger

if TYPE_CHECKING:
    import polars as pl

__all__ = [
    "DEFAULT_DB", "EXPORT_FORMATS", "PLOT_FORMATS", "PLOT_KINDS", "VIEWS_BY", "DemoReport", "ExportReport",
    "ExtractResult", "IngestReport", "Ledger", "RatesReport", "compare", "demo", "describe", "evaluate",
    "export", "extract", "extract_paths", "figure", "frame", "import_tracker", "iter_extract", "ingest",
    "open_ledger", "parse_date_option", "pledge_frame", "pledges", "plot", "query", "seeds_dir", "sources",
    "update_rates", "value_constant",
]

PLOT_FORMATS = (".png", ".svg", ".pdf")
PLOT_KINDS = ("donor", "system", "category", "timeline", "heatmap", "money", "value")
EXPORT_FORMATS = ("csv", "parquet", "json")
VIEWS_BY = {"donor": "by_donor", "system": "by_system", "category": "by_category"}
CURRENCIES = ("EUR", "USD")
TRACKERS = ("kiel", "oryx")


def parse_date_option(value: str | dt.date | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` option value as a date; ``InputError`` when it is not one."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"invalid date {value!r}: expected YYYY-MM-DD") from None


def extract(text: str, *, published: dt.date | None = None, doc_id: str = "text") -> list[Pledge]:
    """The pledges in one text (see ``aidledger.pledges.extract``)."""
    from aidledger import pledges

    return pledges.extract(text, published=published, doc_id=doc_id)


@dataclass(slots=True)
class ExtractResult:
    """Pledges and problems from a set of files.

    Attributes:
        documents: the documents read; pledges: every record; problems: every problem.
    """

    documents: list[Document] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.code in ERROR_CODES]


def _extract_explained(doc: Document) -> tuple[list[Pledge], list[Problem]]:
    """``extract_document(doc, explain=True)``, a crash turned into problem AL205."""
    from aidledger.pledges import extract_document

    try:
        found, problems = extract_document(doc, explain=True)
    except Exception as exc:  # a crashing stage is one more problem
        return [], [Problem("AL205", f"extractor failed: {type(exc).__name__}: {exc}", doc_id=doc.id)]
    return list(found), list(problems)


def _jobs(jobs: int) -> int:
    """Worker processes: ``jobs``, or one per core for 0."""
    import os

    if jobs < 0:
        raise InputError(f"--jobs must be 0 (one per core) or more, not {jobs}")
    return jobs or os.cpu_count() or 1


def iter_extract(paths: Iterable[str | Path], *, published: dt.date | None = None, explain: bool = False,
                 jobs: int = 1, scheduler: str | None = None) -> Iterator[Document | Pledge | Problem]:
    """Stream documents, their pledges and problems from files or folders, document by document.

    ``explain`` adds a problem AL201 for each sentence that carries a number near an item, donor
    or currency but gave no record, with the reason and its span. ``jobs`` > 1 extracts on that
    many processes (``aidledger.batch``; 0 = one per core), keeping the order of the documents;
    ``scheduler`` on a Dask cluster (``"local"``: ``jobs`` process workers here; else an address).
    """
    from aidledger.sources import expand_paths, read_documents

    paths = list(paths)
    expand_paths(paths)  # a missing path fails before any output
    jobs = _jobs(jobs)
    items = read_documents(paths, published=published)
    if jobs > 1 or scheduler is not None:
        from aidledger.batch import extract_many

        read_problems: list[Problem] = []
        before: deque[list[Problem]] = deque()  # the reading problems met before each document

        def documents() -> Iterator[Document]:
            for item in items:
                if isinstance(item, Problem):
                    read_problems.append(item)
                else:
                    before.append(read_problems[:])
                    read_problems.clear()
                    yield item

        options: dict[str, Any] = {"scheduler": scheduler} if scheduler is not None else {}
        if explain:
            options["extract"] = _extract_explained
        for doc, found, problems in extract_many(documents(), jobs=jobs, **options):
            yield from before.popleft()  # the same order as in one process
            yield doc
            yield from problems
            yield from found
        yield from read_problems
        return
    extract_one = _extract_explained if explain else extract_safely
    for item in items:
        if isinstance(item, Problem):
            yield item
            continue
        yield item
        found, problems = extract_one(item)
        yield from problems
        yield from found


def extract_paths(paths: Iterable[str | Path], *, published: dt.date | None = None) -> ExtractResult:
    """Every pledge and problem in ``paths`` (files of any format in ``aidledger.sources``, folders)."""
    result = ExtractResult()
    for item in iter_extract(paths, published=published):
        if isinstance(item, Document):
            result.documents.append(item)
        elif isinstance(item, Pledge):
            result.pledges.append(item)
        else:
            result.problems.append(item)
    return result


def ingest(paths: Iterable[str | Path], *, db: str | Path = DEFAULT_DB, published: dt.date | None = None,
           progress: Any = None, jobs: int = 1, scheduler: str | None = None,
           keep_text: bool = True) -> IngestReport:
    """Extract and store ``paths`` into the database ``db`` (created when missing).

    ``progress(done, total)`` is called as documents are stored (``total`` may be None);
    ``jobs`` > 1 extracts on that many processes (0 = one per core); ``scheduler`` extracts on a
    Dask cluster (``"local"`` or an address), the same records. ``keep_text=False`` leaves the
    documents' texts out of the ledger (only their quotes are kept).
    """
    paths = list(paths)
    from aidledger import outputs
    from aidledger.sources import expand_paths

    jobs = _jobs(jobs)
    files = expand_paths(paths)  # fail before creating a database for nothing
    _check_db_folder(db)
    outputs.check_not_input(db, [*paths, *files])
    with open_ledger(db) as ledger:
        return ledger.ingest(paths, published=published, progress=progress, jobs=jobs, scheduler=scheduler,
                             keep_text=keep_text)


def query(sql: str, *, db: str | Path = DEFAULT_DB, write: bool = False,
          params: dict[str, Any] | Sequence[Any] | None = None) -> pl.DataFrame:
    """Run SQL on ``db`` (the result of its last statement).

    Read-only unless ``write``: the connection is opened read-only and locked down with DuckDB's
    own settings (``Ledger.lock_down``: no file read or written outside the ledger, no database
    attached, no extension loaded, no setting changed). With ``write``, what the statement changed
    is refreshed afterwards (events, totals, FX problems; a dropped view is created again).
    """
    if not sql.strip() or not _has_statement(sql):
        raise InputError("empty SQL statement")
    with open_ledger(db, read_only=not write) as ledger:
        if not write:
            ledger.lock_down()
            return ledger.sql(sql, params)
        result = ledger.sql(sql, params)
        ledger.refresh_all()
        return result


def _has_statement(sql: str) -> bool:
    """Whether ``sql`` holds anything besides comments and blanks."""
    import re

    return bool(re.sub(r"--[^\n]*|/\*.*?\*/|;", " ", sql, flags=re.S).strip())


def update_rates(file: str | Path, *, db: str | Path = DEFAULT_DB) -> RatesReport:
    """Load a newer ECB history (``eurofxref-hist.csv`` or ``.zip``) into ``db``'s fx_rates."""
    from aidledger import rates

    _not_a_folder(file, "an ECB rate file")
    table = rates.read_ecb_file(file)  # check the file before touching the database
    _check_db_folder(db)
    with open_ledger(db) as ledger:
        return ledger.load_rates(table, source=Path(file).name)


def migrate(db: str | Path = DEFAULT_DB) -> list[str]:
    """Upgrade ``db``, written by another version of aidledger, to this version's tables, views
    and totals (``aidledger migrate``): the ``sql/*.sql`` files it has not applied, the columns
    added since (``pledges.is_additional`` filled from each row's words), then events and totals
    recomputed. What was done (empty when it was up to date). A read-only open of such a
    database is refused (``StoreError``, AL402) until this has run."""
    from aidledger.errors import StoreError

    if str(db) == ":memory:" or not Path(db).is_file():
        if Path(db).is_dir():
            raise StoreError(f"{db}: is a folder, not a database file")
        raise StoreError(f"{db}: no such database (nothing to migrate)")
    with open_ledger(db) as ledger:
        return list(ledger.migrated)


def _not_a_folder(path: str | Path | None, what: str) -> None:
    """A folder given where a file is read: one line that says so (not "no such file")."""
    if path is not None and Path(path).is_dir():
        raise InputError(f"is a folder, not {what}", path=str(path))


def _check_db_folder(db: str | Path | None) -> None:
    """A database to create in a folder that does not exist: one line, before any work."""
    if db is None or str(db) == ":memory:":
        return
    folder = Path(db).parent
    if not folder.is_dir():
        raise InputError("folder does not exist: create it first, or give another --db", path=str(folder))


def _plot_figure(ledger: Ledger, *, by: str, title: str | None = None, top: int = 10) -> Any:
    from aidledger import plot as plot_mod

    if by not in VIEWS_BY:
        raise InputError(f"cannot plot by {by!r}: choose one of {', '.join(VIEWS_BY)}")
    frame = ledger.pledges(fx=True)
    return plot_mod.plot_overview(frame, by=by, as_of=ledger.as_of(), title=title, top=top)


def _check_currency(currency: str | None) -> str | None:
    if currency is None:
        return None
    code = str(currency).strip().upper()
    if code not in CURRENCIES:
        raise InputError(f"cannot report in {currency!r}: choose one of {', '.join(CURRENCIES)}")
    return code


def figure(source: Ledger | str | Path, kind: str = "donor", *, currency: str = "EUR", top: int = 10,
           title: str | None = None) -> Any:
    """The matplotlib Figure of ``aidledger plot KIND`` for a ledger (or a database path).

    ``kind``: donor (equipment and money by donor, stacked by status), system, category,
    timeline (cumulative by month), heatmap (donor x category), money (by donor, with the
    share of GDP) or value (money plus estimated value by donor, with its range). ``currency``:
    EUR or USD.
    """
    from aidledger import plot as plot_mod

    if kind not in PLOT_KINDS:
        raise InputError(f"cannot plot {kind!r}: choose one of {', '.join(PLOT_KINDS)}")
    if top < 1:
        raise InputError(f"--top must be 1 or more, not {top}")
    code = _check_currency(currency) or "EUR"
    with _opened(source) as ledger:
        if kind == "value":
            data = _relation(ledger, "value_by_donor")
        else:
            data = _relation(ledger, "counted_pledges" if "counted_pledges" in ledger.views() else "pledges_fx")
        gdp = None
        if kind == "money" and "gdp" in ledger.tables():
            gdp = ledger.gdp_eur()
        as_of = ledger.as_of()
    return plot_mod.plot_kind(kind, data, currency=code, top=top, as_of=as_of, gdp=gdp, title=title)


def _check_plot_path(out: str | Path) -> Path:
    out = Path(out)
    if out.suffix.lower() not in PLOT_FORMATS:
        raise InputError(f"cannot write {out.suffix or 'a file without suffix'}: "
                         f"use one of {', '.join(PLOT_FORMATS)}", path=str(out))
    return out


def plot(*, db: str | Path = DEFAULT_DB, kind: str | None = None, by: str | None = None, out: str | Path,
         top: int = 10, currency: str = "EUR", force: bool = False) -> Path:
    """Draw the chart ``kind`` of ``db`` into ``out`` (.png, .svg, .pdf); see ``figure``.

    ``by`` (donor, system, category) is the older name of ``kind`` and is still accepted.
    ``out`` is written by ``aidledger.outputs.writing``: never the database, an existing file
    only with ``force``, all or nothing.
    """
    from aidledger import outputs
    from aidledger import plot as plot_mod

    if kind is not None and by is not None and kind != by:
        raise InputError(f"give the chart once: KIND {kind!r} and --by {by!r} disagree")
    kind = kind or by or "donor"
    if by is not None and by not in VIEWS_BY:
        raise InputError(f"cannot plot by {by!r}: choose one of {', '.join(VIEWS_BY)}")
    outputs.check_output(out, inputs=outputs.protected(db=db), force=force)  # before the suffix: exit 2
    out = _check_plot_path(out)
    with outputs.writing(out, inputs=outputs.protected(db=db), force=force) as tmp:
        with open_ledger(db, read_only=True) as ledger:
            fig = figure(ledger, kind, currency=currency, top=top)
        plot_mod.save(fig, tmp)
    return out


# ---------------------------------------------------------------------------------------------
# Analysis: views and pledges as polars frames


@contextmanager
def _opened(source: Ledger | str | Path) -> Iterator[Ledger]:
    """An open ledger: ``source`` itself, or the database file ``source`` opened read-only."""
    if isinstance(source, Ledger):
        yield source
        return
    with open_ledger(source, read_only=True) as ledger:
        yield ledger


def _relation(ledger: Ledger, name: str, *, lazy: bool = False) -> Any:
    rel = ledger.relation(name)  # Arrow, no Python rows
    return rel.pl(lazy=True) if lazy else rel.pl()


def _as_list(value: str | Iterable[str] | None, *, upper: bool = False) -> list[str] | None:
    if value is None:
        return None
    values = [value] if isinstance(value, str) else list(value)
    return [str(v).strip().upper() if upper else str(v).strip() for v in values]


FILTER_COLUMNS = {"donor": "donor", "system": "system", "category": "category", "status": "status"}


def _filters(columns: Sequence[str], *, donor: Any = None, system: Any = None, category: Any = None,
             status: Any = None, since: Any = None, until: Any = None) -> list[pl.Expr]:
    import polars as pl

    wanted = {"donor": _as_list(donor, upper=True), "system": _as_list(system),
              "category": _as_list(category), "status": _as_list(status)}
    exprs = []
    for key, values in wanted.items():
        if values is None:
            continue
        if key not in columns:
            raise InputError(f"cannot filter by {key}: the frame has no column {key!r}")
        exprs.append(pl.col(key).is_in(values))
    since_d, until_d = parse_date_option(since), parse_date_option(until)
    if since_d is not None or until_d is not None:
        dates = [c for c in ("effective_date", "date", "published", "month") if c in columns]
        if not dates:
            raise InputError("cannot filter by date: the frame has no date column")
        when = pl.coalesce([pl.col(c) for c in dates])
        if since_d is not None:
            exprs.append(when >= since_d)
        if until_d is not None:
            exprs.append(when <= until_d)
    return exprs


def frame(source: Ledger | str | Path, name: str, *, lazy: bool = False, donor: str | Iterable[str] | None = None,
          system: str | Iterable[str] | None = None, category: str | Iterable[str] | None = None,
          status: str | Iterable[str] | None = None, since: str | dt.date | None = None,
          until: str | dt.date | None = None) -> pl.DataFrame | pl.LazyFrame:
    """A view or table of ``source`` (an open ``Ledger`` or a database path) as a polars frame.

    Filters keep the rows whose column is one of the values given (a string or a list);
    ``since``/``until`` (``YYYY-MM-DD`` or dates, inclusive) apply to the announcement date, or the
    publication date when the text gives none. ``lazy=True`` gives a LazyFrame whose filters
    DuckDB runs (valid while the ledger is open; from a path it is read first).

    >>> import aidledger
    >>> with aidledger.open_ledger() as ledger:
    ...     aidledger.frame(ledger, "money_by_donor").columns[:4]
    ['donor', 'n_events', 'pledged_eur', 'delivered_eur']
    """
    with _opened(source) as ledger:
        lf = _relation(ledger, name, lazy=True)
        exprs = _filters(lf.collect_schema().names(), donor=donor, system=system, category=category,
                         status=status, since=since, until=until)
        if exprs:
            lf = lf.filter(*exprs)
        if lazy and isinstance(source, Ledger):
            return lf
        result = lf.collect()
    return result.lazy() if lazy else result


def pledges(source: Ledger | str | Path, *, donor: str | Iterable[str] | None = None,
            system: str | Iterable[str] | None = None, category: str | Iterable[str] | None = None,
            status: str | Iterable[str] | None = None, since: str | dt.date | None = None,
            until: str | dt.date | None = None, currency: str | None = None,
            lazy: bool = False) -> pl.DataFrame | pl.LazyFrame:
    """Pledge records (view ``pledges_fx``: each record with ``amount_eur`` and ``amount_usd`` at
    the ECB rate of its date), filtered as in ``frame``, sorted by document and position.

    ``currency="EUR"`` or ``"USD"`` adds ``report_amount`` (the money in that currency) and
    ``report_currency``.

    >>> import aidledger
    >>> from aidledger.model import Document
    >>> with aidledger.open_ledger() as ledger:
    ...     doc = Document(id="d1", text="France will send 12 Caesar howitzers to Ukraine.")
    ...     _ = ledger.add(aidledger.extract(doc.text, doc_id="d1"), documents=[doc])
    ...     aidledger.pledge_frame(ledger, donor="FRA").select("donor", "system", "quantity", "status").rows()
    [('FRA', 'Caesar', 12.0, 'pledged')]
    """
    import polars as pl

    code = _check_currency(currency)
    with _opened(source) as ledger:
        lf = frame(ledger, "pledges_fx", lazy=True, donor=donor, system=system, category=category,
                   status=status, since=since, until=until)
        lf = lf.sort("doc_id", "span_start", "pledge_id")
        if code is not None:
            lf = lf.with_columns(pl.col(f"amount_{code.lower()}").alias("report_amount"),
                                 pl.lit(code).alias("report_currency"))
        if lazy and isinstance(source, Ledger):
            return lf
        result = lf.collect()
    return result.lazy() if lazy else result


def pledge_frame(source: Ledger | str | Path, **filters: Any) -> pl.DataFrame | pl.LazyFrame:
    """``pledges`` (the name ``aidledger.pledges`` belongs to the extractor module)."""
    return pledges(source, **filters)


def describe(source: Ledger | str | Path, name: str | None = None) -> pl.DataFrame:
    """Every view and table a user reads (the main schema): ``name``, ``kind`` (view, table),
    ``comment`` (its ``COMMENT ON``, sql/900_comments.sql) and ``columns`` (``name: type``);
    with ``name``, that relation's columns instead: ``column``, ``type``, ``comment``.

    >>> import aidledger
    >>> with aidledger.open_ledger() as ledger:
    ...     d = aidledger.describe(ledger)
    ...     d.filter(d["name"] == "money_share_gdp")["kind"].to_list()
    ['view']
    """
    import polars as pl

    with _opened(source) as ledger:
        if name is not None:
            if name not in set(ledger.views()) | set(ledger.tables()):
                raise InputError(f"no view or table named {name!r}; views: {', '.join(ledger.views())}")
            return ledger.comments(name)
        comments = ledger.comments()
        notes = dict(zip(comments["name"].to_list(), comments["comment"].to_list(), strict=True))
        names = [(n, "view") for n in ledger.views()] + [(n, "table") for n in ledger.tables()]
        rows = []
        for rel, kind in sorted(names):
            schema = _relation(ledger, rel, lazy=True).collect_schema()
            rows.append({"name": rel, "kind": kind, "comment": notes.get(rel),
                         "columns": [f"{col}: {dtype}" for col, dtype in schema.items()]})
    return pl.DataFrame(rows, schema={"name": pl.String, "kind": pl.String, "comment": pl.String,
                                      "columns": pl.List(pl.String)})


# ---------------------------------------------------------------------------------------------
# Exports


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What ``export`` wrote.

    Attributes:
        name: the view or table; path: the file; fmt: csv, parquet or json; rows: rows written.
    """

    name: str
    path: Path
    fmt: str
    rows: int


def export(name: str, *, db: str | Path = DEFAULT_DB, fmt: str | None = None, out: str | Path,
           force: bool = False) -> ExportReport:
    """Write the view or table ``name`` of ``db`` to ``out`` as csv, parquet or json.

    ``fmt`` defaults to the file's suffix. Parquet keeps every type (a polars read gives the
    same frame back); CSV joins list columns with ``", "``; JSON is an array of objects.
    ``out`` is written by ``aidledger.outputs.writing``: never the database, an existing file
    only with ``force``, all or nothing.
    """
    import polars as pl

    from aidledger import outputs

    out = Path(out)
    outputs.check_output(out, inputs=outputs.protected(db=db), force=force)  # before the format: exit 2
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"cannot export as {fmt or 'a file without suffix'!r}: "
                         f"use --format {' or '.join(EXPORT_FORMATS)}", path=str(out))
    with outputs.writing(out, inputs=outputs.protected(db=db), force=force) as tmp:
        with open_ledger(db, read_only=True) as ledger:
            data = _relation(ledger, name)
        if fmt == "parquet":
            data.write_parquet(tmp)
        elif fmt == "csv":
            nested = [n for n, d in data.schema.items() if isinstance(d, pl.List | pl.Array)]
            flat = data.with_columns(pl.col(n).cast(pl.List(pl.String)).list.join(", ") for n in nested)
            flat.write_csv(tmp)
        else:
            import json

            # JSON has no Infinity or NaN: a float that is not finite is written as null
            floats = [n for n, d in data.schema.items() if d in (pl.Float32, pl.Float64)]
            finite = data.with_columns(pl.when(pl.col(n).is_finite()).then(pl.col(n)).alias(n) for n in floats)
            tmp.write_text(json.dumps(finite.to_dicts(), default=str, ensure_ascii=False, indent=1,
                                      allow_nan=False) + "\n", encoding="utf-8")
    return ExportReport(name=name, path=out, fmt=fmt, rows=data.height)


# ---------------------------------------------------------------------------------------------
# Evaluation and other trackers


def evaluate(gold: str | Path, docs: str | Path) -> Any:
    """Extract the documents of ``docs`` (JSONL) and score them against ``gold`` (JSONL):
    an ``aidledger.evaluate.Score`` (precision, recall, F1, misses and extras)."""
    from aidledger import evaluate as evaluate_mod

    for path, what in ((gold, "a gold JSONL file"), (docs, "a documents JSONL file")):
        _not_a_folder(path, what)
        if not Path(path).is_file():
            raise InputError("no such file", path=str(path))
    try:
        return evaluate_mod.evaluate(gold, docs)
    except InputError:  # a bad gold line, named file:line
        raise
    except (ValueError, KeyError) as exc:  # a malformed gold line
        raise InputError(f"cannot score: {type(exc).__name__}: {exc}", path=str(gold)) from None


def import_tracker(tracker: str, path: str | Path, *, db: str | Path = DEFAULT_DB) -> Any:
    """Import a Kiel (``weapons.csv``) or Oryx (``donated_vehicles.csv``) file into ``db``:
    ``Ledger.import_kiel`` / ``Ledger.import_oryx``; their ImportReport."""
    if tracker not in TRACKERS:
        raise InputError(f"cannot import {tracker!r}: choose one of {', '.join(TRACKERS)}")
    _not_a_folder(path, "a tracker file")
    if not Path(path).is_file():
        raise InputError("no such file", path=str(path))
    _check_db_folder(db)
    created = not Path(db).exists()
    report = None
    try:
        with open_ledger(db) as ledger:
            report = ledger.import_kiel(path) if tracker == "kiel" else ledger.import_oryx(path)
    finally:
        if created and getattr(report, "rows", 0) == 0:  # nothing imported: no new, empty database left behind
            for leftover in (Path(db), Path(f"{db}.wal")):
                leftover.unlink(missing_ok=True)
    return report


def compare(*, db: str | Path = DEFAULT_DB, threshold: float = 0) -> dict[str, pl.DataFrame]:
    """The ledger beside the imported Kiel and Oryx counts (``Ledger.compare``): frames
    ``pairs``, ``differences``, ``gaps``, ``unmatched`` and ``reasons``."""
    if threshold < 0:
        raise InputError(f"--threshold must be 0 or more, not {threshold}")
    with open_ledger(db, read_only=True) as ledger:
        return ledger.compare(threshold=threshold)


def compare_values(*, db: str | Path | None = DEFAULT_DB, kiel: str | Path | None = None,
                   prices: str | Path | None = None) -> pl.DataFrame:
    """Kiel's own counts valued with the price table beside Kiel's values, one row per donor x
    category of Kiel's ``weapons.csv`` (``aidledger.value.kiel.VALUES_SCHEMA``).

    ``kiel``: the ``weapons.csv`` to read; without it, the Kiel rows imported into ``db``
    (``aidledger import kiel``). ``prices``: a price table in the format of
    ``aidledger/data/prices.csv`` (default: the bundled one, with the bundled prices by analogy;
    a table of one's own is read without analogies). Our values are in euros of
    ``aidledger.value.kiel.BASE_YEAR`` (every price brought from its year with the HICP series).
    A system Kiel counts in another unit than its price's (``aidledger/data/kiel_count_units.csv``)
    is named in ``other_unit`` and its row is not valued. ``aidledger.value.kiel.summary_line`` gives
    the closing line
    ``valued rows=N within 50%=K median ratio=R``."""
    from aidledger.trackers import kiel as kiel_mod
    from aidledger.value import kiel as value_kiel
    from aidledger.value.prices import read_prices

    _not_a_folder(prices, "a price table")
    _not_a_folder(kiel, "Kiel's weapons.csv")
    table = read_prices(prices)
    if kiel is not None:
        if not Path(kiel).is_file():
            raise InputError("no such file", path=str(kiel))
        weapons, _ = kiel_mod.read_weapons(kiel)
    else:
        with open_ledger(db if db is not None else DEFAULT_DB, read_only=True) as ledger:
            weapons = ledger.tracker_frame("kiel")
        if weapons.height == 0:
            raise InputError(f"{db}: no Kiel weapons rows: run `aidledger import kiel weapons.csv` first, "
                             "or give --kiel FILE")
    return value_kiel.value_weapons(weapons, table)


def value_constant(source: Ledger | str | Path = DEFAULT_DB, *, base_year: int) -> pl.DataFrame:
    """Money plus value per donor (the EUR sums of ``value_by_donor``) in constant euros of
    ``base_year``: each event's value x HICP index of ``base_year`` / index of the event's year
    (``value_by_donor_constant`` of ``sql/420_constant_eur.sql``; the series in
    ``aidledger/data/hicp.csv``). Events of a year the series lacks, or undated, are left out of
    the sums and counted in ``n_not_deflated``. ``InputError`` for a base year outside the series."""
    from aidledger.value.deflator import years

    first, last = years()
    if not isinstance(base_year, int) or isinstance(base_year, bool) or not first <= base_year <= last:
        raise InputError(f"no price index for {base_year!r}: choose a base year from {first} to {last} "
                         "(aidledger/data/hicp.csv)")
    with _opened(source) as ledger:
        return ledger.value_constant(base_year)


def seeds_dir() -> Path:
    """The demo corpus: ``seeds/`` of the checkout, or the copy inside the installed package."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "seeds", here / "seeds"):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    raise InputError("cannot find the seeds/ folder of the demo corpus")


@dataclass(slots=True)
class DemoReport:
    """What ``demo`` made.

    Attributes:
        db: the database file; chart: the PNG chart; ingest: the ingest report;
        views: view name -> frame, for printing.
    """

    db: Path
    chart: Path
    ingest: IngestReport
    views: dict[str, Any]


def demo(*, out: str | Path = "aidledger-demo", paths: Sequence[str | Path] | None = None,
         force: bool = False) -> DemoReport:
    """Extract the seed corpus into ``out/aidledger.duckdb`` (rebuilt from scratch), and chart it.

    Both files are written by ``aidledger.outputs.writing``: existing ones are replaced only with
    ``force``, never when they are an input, and a failed run leaves the old ones.
    """
    from aidledger import outputs
    from aidledger import plot as plot_mod
    from aidledger.sources import expand_paths

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError("not a folder", path=str(out))
    db = out / "aidledger.duckdb"
    chart = out / "aid-by-donor.png"
    sources = list(paths) if paths else [seeds_dir()]
    inputs = [*sources, *expand_paths(sources)]
    for target in (db, chart):  # refuse before anything is made
        if out.is_dir():
            outputs.check_output(target, inputs=inputs, force=force, database=target == db)
    out.mkdir(parents=True, exist_ok=True)
    with outputs.writing(db, inputs=inputs, force=force, database=True) as tmp_db, \
            outputs.writing(chart, inputs=inputs, force=force) as tmp_chart:
        with open_ledger(tmp_db) as ledger:
            report = ledger.ingest(sources)
            views = {name: ledger.view(name) for name in ("by_donor", "by_donor_system", "by_system")}
            views["conversion_checks"] = ledger.view("conversion_checks")
            fig = figure(ledger, "donor", title="Military aid to Ukraine in the demo corpus")
        plot_mod.save(fig, tmp_chart)
    db.with_name(db.name + ".wal").unlink(missing_ok=True)  # an old log must not replay into the new file
    return DemoReport(db=db, chart=chart, ingest=report, views=views)


def sources(source: Ledger | str | Path, *, donor: str | Iterable[str] | None = None,
            system: str | Iterable[str] | None = None, category: str | Iterable[str] | None = None,
            status: str | Iterable[str] | None = None, event_id: str | Iterable[str] | None = None,
            paragraph: bool = True) -> pl.DataFrame:
    """Where a number comes from: the mentions behind the events of ``donor`` / ``system`` (the
    system's catalog family matches too) / ``category`` / ``status`` / ``event_id``: each with its
    event's status and figure, the sentence (``quote``) and the document's outlet, date and url
    (view ``event_sources``). ``paragraph`` adds the paragraph around the quote when the
    document's text is stored.

    >>> import aidledger
    >>> from aidledger.model import Document
    >>> with aidledger.open_ledger() as ledger:
    ...     doc = Document(id="d1", text="France will send 12 Caesar howitzers to Ukraine.", outlet="AFP")
    ...     _ = ledger.add(aidledger.extract(doc.text, doc_id="d1"), documents=[doc])
    ...     aidledger.api.sources(ledger, donor="FRA", system="Caesar").select("status", "quantity", "outlet").rows()
    [('pledged', 12.0, 'AFP')]
    """
    import polars as pl

    with _opened(source) as ledger:
        lf = _relation(ledger, "event_sources", lazy=True)
        exprs = _filters(lf.collect_schema().names(), donor=donor, category=category, status=status)
        systems = _as_list(system)
        if systems is not None:
            exprs.append(pl.col("system").is_in(systems) | pl.col("family").is_in(systems)
                         | pl.col("event_system").is_in(systems))
        ids = _as_list(event_id)
        if ids is not None:
            exprs.append(pl.col("event_id").is_in(ids))
        result = (lf.filter(*exprs) if exprs else lf).collect()
        if paragraph:
            by_id = ledger.document_texts(result["doc_id"].unique().to_list())
            result = result.with_columns(pl.Series("paragraph", [
                _paragraph(by_id.get(d), s, e)
                for d, s, e in zip(result["doc_id"], result["span_start"], result["span_end"], strict=True)],
                dtype=pl.String))
    return result


def _paragraph(text: str | None, start: int, end: int) -> str | None:
    """The paragraph (between blank-line or line breaks) of ``text`` holding ``[start, end)``."""
    if text is None:
        return None
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first:last if last >= 0 else len(text)].strip()
