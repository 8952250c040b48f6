"""The Python API: one function per task, each what one CLI command calls.

>>> import aidledger
>>> with aidledger.open_ledger() as ledger:        # in memory; a path gives a DuckDB file
...     sorted(ledger.views())[:3]
['by_category', 'by_donor', 'by_donor_system']

Functions here take keyword-only options, return records or polars frames, and raise
``InputError`` / ``StoreError`` (both ``AidledgerError``) for input they cannot use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aidledger.errors import ERROR_CODES, InputError
from aidledger.model import Document, Pledge, Problem
from aidledger.store import DEFAULT_DB, IngestReport, Ledger, RatesReport, extract_safely, open_ledger

if TYPE_CHECKING:
    import polars as pl

__all__ = [
    "DEFAULT_DB", "PLOT_FORMATS", "VIEWS_BY", "DemoReport", "ExtractResult", "IngestReport", "Ledger",
    "RatesReport", "demo", "extract", "extract_paths", "iter_extract", "ingest", "open_ledger",
    "parse_date_option", "plot", "query", "seeds_dir", "update_rates",
]

PLOT_FORMATS = (".png", ".svg", ".pdf")
VIEWS_BY = {"donor": "by_donor", "system": "by_system", "category": "by_category"}


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


def iter_extract(paths: Iterable[str | Path], *,
                 published: dt.date | None = None) -> Iterator[Document | Pledge | Problem]:
    """Stream documents, their pledges and problems from files or folders, document by document."""
    from aidledger.documents import expand_paths, read_documents

    paths = list(paths)
    expand_paths(paths)  # a missing path fails before any output
    for item in read_documents(paths, published=published):
        if isinstance(item, Problem):
            yield item
            continue
        yield item
        pledges, problems = extract_safely(item)
        yield from problems
        yield from pledges


def extract_paths(paths: Iterable[str | Path], *, published: dt.date | None = None) -> ExtractResult:
    """Every pledge and problem in ``paths`` (``.txt`` files, folders, ``.jsonl``)."""
    result = ExtractResult()
    for item in iter_extract(paths, published=published):
        if isinstance(item, Document):
            result.documents.append(item)
        elif isinstance(item, Pledge):
            result.pledges.append(item)
        else:
            result.problems.append(item)
    return result


def ingest(paths: Iterable[str | Path], *, db: str | Path = DEFAULT_DB,
           published: dt.date | None = None) -> IngestReport:
    """Extract and store ``paths`` into the database ``db`` (created when missing)."""
    paths = list(paths)
    from aidledger.documents import expand_paths

    expand_paths(paths)  # fail before creating a database for nothing
    with open_ledger(db) as ledger:
        return ledger.ingest(paths, published=published)


def query(sql: str, *, db: str | Path = DEFAULT_DB, write: bool = False,
          params: dict[str, Any] | Sequence[Any] | None = None) -> pl.DataFrame:
    """Run one SQL statement on ``db``; read-only unless ``write``."""
    if not sql.strip():
        raise InputError("empty SQL statement")
    with open_ledger(db, read_only=not write) as ledger:
        return ledger.sql(sql, params)


def update_rates(file: str | Path, *, db: str | Path = DEFAULT_DB) -> RatesReport:
    """Load a newer ECB history (``eurofxref-hist.csv`` or ``.zip``) into ``db``'s fx_rates."""
    from aidledger import rates

    table = rates.read_ecb_file(file)  # check the file before touching the database
    with open_ledger(db) as ledger:
        return ledger.load_rates(table, source=Path(file).name)


def _plot_figure(ledger: Ledger, *, by: str, title: str | None = None, top: int = 10) -> Any:
    from aidledger import plot as plot_mod

    if by not in VIEWS_BY:
        raise InputError(f"cannot plot by {by!r}: choose one of {', '.join(VIEWS_BY)}")
    frame = ledger.pledges(fx=True)
    return plot_mod.plot_overview(frame, by=by, as_of=ledger.as_of(), title=title, top=top)


def _check_plot_path(out: str | Path) -> Path:
    out = Path(out)
    if out.suffix.lower() not in PLOT_FORMATS:
        raise InputError(f"cannot write {out.suffix or 'a file without suffix'}: "
                         f"use one of {', '.join(PLOT_FORMATS)}", path=str(out))
    if not out.parent.exists():
        raise InputError("folder does not exist", path=str(out.parent))
    return out


def plot(*, db: str | Path = DEFAULT_DB, by: str = "donor", out: str | Path, top: int = 10) -> Path:
    """Chart the totals of ``db`` by donor, system or category into ``out`` (.png, .svg, .pdf)."""
    from aidledger import plot as plot_mod

    out = _check_plot_path(out)
    with open_ledger(db, read_only=True) as ledger:
        fig = _plot_figure(ledger, by=by, top=top)
    plot_mod.save(fig, out)
    return out


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


def demo(*, out: str | Path = "aidledger-demo", paths: Sequence[str | Path] | None = None) -> DemoReport:
    """Extract the seed corpus into ``out/aidledger.duckdb`` (rebuilt from scratch), and chart it."""
    from aidledger import plot as plot_mod

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError("not a folder", path=str(out))
    out.mkdir(parents=True, exist_ok=True)
    db = out / "aidledger.duckdb"
    chart = out / "aid-by-donor.png"
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    sources = list(paths) if paths else [seeds_dir()]
    with open_ledger(db) as ledger:
        report = ledger.ingest(sources)
        views = {name: ledger.view(name) for name in ("by_donor", "by_donor_system", "by_system")}
        views["conversion_checks"] = ledger.view("conversion_checks")
        fig = _plot_figure(ledger, by="donor", title="Military aid to Ukraine in the demo corpus")
    plot_mod.save(fig, chart)
    return DemoReport(db=db, chart=chart, ingest=report, views=views)
