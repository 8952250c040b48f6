"""The ``aidledger`` command line: thin, each command makes one call into ``aidledger.api``.

The only module that imports typer. Heavy libraries (polars, duckdb, matplotlib, pint) are
imported inside the commands, so ``aidledger --help`` starts fast.

Exit codes: 0 ok; 1 input problems that are errors (codes in ``aidledger.errors.ERROR_CODES``)
or unusable input (a missing file, a missing database, an SQL error); 2 usage errors (an unknown
option, a bad option value such as ``--published 2023-13-01``).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable
from decimal import Decimal
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

if TYPE_CHECKING:
    import polars as pl

    from aidledger.model import Problem

DEFAULT_DB = "aidledger.duckdb"  # the same as aidledger.store.DEFAULT_DB (kept here for a fast start)
EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="aidledger",
    help="Extract military-aid pledges from news text into a ledger you query with SQL, "
         "analyse with polars and plot.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rates_app = typer.Typer(help="Manage the ECB exchange rates held in a database.", no_args_is_help=True,
                        rich_markup_mode=None)
app.add_typer(rates_app, name="rates")

F = TypeVar("F", bound=Callable[..., Any])


class By(StrEnum):
    donor = "donor"
    system = "system"
    category = "category"


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def fail(message: str, code: int = EXIT_ERRORS) -> typer.Exit:
    """Print a one-line error on stderr; the ``typer.Exit`` to raise."""
    one_line = " ".join(str(message).split())
    typer.echo(f"aidledger: error: {one_line}", err=True)
    return typer.Exit(code)


def handle_errors(func: F) -> F:
    """Turn expected failures into one line on stderr and exit 1 (never a traceback)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from aidledger.errors import AidledgerError

        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except AidledgerError as exc:
            raise fail(str(exc)) from None
        except OSError as exc:
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            raise fail(f"{where}{exc.strerror or exc}") from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None

    return wrapper  # type: ignore[return-value]


def parse_published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise fail(f"invalid value for --published: {value!r} is not a date YYYY-MM-DD", EXIT_USAGE) from None


def report_problems(problems: Iterable[Problem]) -> bool:
    """Print problems on stderr as ``doc:start-end: CODE message``; True when any is an error."""
    from aidledger.errors import ERROR_CODES

    has_errors = False
    for problem in problems:
        typer.echo(problem.render(), err=True)
        has_errors = has_errors or problem.code in ERROR_CODES
    return has_errors


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value == int(value) and abs(value) < 1e15:
            return f"{value:,.0f}"
        return f"{value:.4g}" if abs(value) < 100 else f"{value:,.2f}"
    if isinstance(value, Decimal):
        return f"{value:,}"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def print_frame(frame: pl.DataFrame, *, title: str | None = None) -> None:
    """A frame as a rich table on stdout."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=False)
    numeric = {name for name, dtype in frame.schema.items() if dtype.is_numeric()}
    for name in frame.columns:
        table.add_column(name, justify="right" if name in numeric else "left", overflow="fold")
    for row in frame.iter_rows():
        table.add_row(*(_cell(v) for v in row))
    if frame.height == 0:
        table.caption = "(no rows)"
    console = Console()
    if not console.is_terminal:  # a pipe or a file: never squash columns to 80 characters
        widths = [max([len(name), *(len(_cell(v)) for v in frame[name])]) + 3 for name in frame.columns]
        console = Console(width=max(80, sum(widths) + 1))
    console.print(table)


# ---------------------------------------------------------------------------------------------
# Commands


PublishedOption = Annotated[str | None, typer.Option(
    "--published", metavar="YYYY-MM-DD",
    help="Publication date for every document (overrides sidecars and JSONL fields).")]
PathsArgument = Annotated[list[Path], typer.Argument(help=".txt files, folders or .jsonl files.",
                                                     show_default=False)]
DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]


@app.command()
@handle_errors
def extract(
    paths: PathsArgument,
    published: PublishedOption = None,
    output: Annotated[Path | None, typer.Option("-o", "--output",
                                                help="Write JSON lines here instead of stdout.")] = None,
    explain: Annotated[bool, typer.Option("--explain",
                                          help="Also show each pledge with its quote on stderr.")] = False,
) -> None:
    """Extract pledges and print one JSON object per pledge (Pledge.to_dict())."""
    from aidledger import api
    from aidledger.model import Document, Pledge

    date = parse_published(published)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    has_errors, n = False, 0
    try:
        for item in api.iter_extract(paths, published=date):
            if isinstance(item, Pledge):
                out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                n += 1
                if explain:
                    _explain(item)
            elif not isinstance(item, Document):
                has_errors = report_problems([item]) or has_errors
    finally:
        if output:
            out.close()
    if output:
        typer.echo(f"{n} pledge(s) written to {output}", err=True)
    if has_errors:
        raise typer.Exit(EXIT_ERRORS)


def _explain(pledge: Any) -> None:
    q = pledge.quantity_value
    what = f"{q:g} {pledge.quantity_unit}" if q is not None else ""
    if pledge.amount is not None:
        what = (what + " " if what else "") + f"{pledge.amount:,} {pledge.currency}"
    notes = f" [{', '.join(pledge.notes)}]" if pledge.notes else ""
    typer.echo(f"{pledge.doc_id}:{pledge.source.start}-{pledge.source.end}: {pledge.donor} {pledge.status} "
               f"{what} {pledge.system} ({pledge.category}) date={pledge.date or '-'}{notes}\n"
               f"    \"{pledge.source.quote}\"", err=True)


@app.command()
@handle_errors
def ingest(
    paths: PathsArgument,
    db: DbOption = Path(DEFAULT_DB),
    published: PublishedOption = None,
) -> None:
    """Extract pledges and store them in a DuckDB database (re-ingesting replaces a document)."""
    from aidledger import api

    date = parse_published(published)
    report = api.ingest(paths, db=db, published=date)
    has_errors = report_problems(report.problems)
    typer.echo(f"{report.db}: {report.documents} document(s) ({report.replaced} replaced), "
               f"{report.pledges} pledge(s), {len(report.problems)} problem(s), "
               f"{report.skipped_lines} skipped line(s)")
    if has_errors:
        raise typer.Exit(EXIT_ERRORS)


@app.command()
@handle_errors
def sql(
    query: Annotated[str, typer.Argument(help="One SQL statement.", show_default=False)],
    db: DbOption = Path(DEFAULT_DB),
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    write: Annotated[bool, typer.Option("--write", help="Open the database for writing.")] = False,
) -> None:
    """Run SQL on the database (read-only unless --write) and print the result."""
    from aidledger import api

    frame = api.query(query, db=db, write=write)
    write_frame(frame, fmt)


def write_frame(frame: pl.DataFrame, fmt: Format) -> None:
    import polars as pl

    if fmt is Format.table:
        print_frame(frame)
        return
    nested = [n for n, t in frame.schema.items() if isinstance(t, pl.List | pl.Array | pl.Struct)]
    if fmt is Format.csv:
        flat = frame.with_columns(pl.col(n).cast(pl.List(pl.String)).list.join(", ") for n in nested)
        sys.stdout.write(flat.write_csv())
    else:
        sys.stdout.write(json.dumps(frame.to_dicts(), default=str, ensure_ascii=False, indent=1) + "\n")


@app.command()
@handle_errors
def plot(
    output: Annotated[Path, typer.Option("-o", "--output", help="Chart file: .png, .svg or .pdf.",
                                         show_default=False)],
    by: Annotated[By, typer.Option("--by", help="What the bars are.")] = By.donor,
    db: DbOption = Path(DEFAULT_DB),
    top: Annotated[int, typer.Option("--top", min=1, help="Bars before 'others'.")] = 10,
) -> None:
    """Chart equipment and money totals by donor, system or category."""
    from aidledger import api

    path = api.plot(db=db, by=by.value, out=output, top=top)
    typer.echo(f"Chart: {path}")


@rates_app.command("update")
@handle_errors
def rates_update(
    file: Annotated[Path, typer.Argument(help="The ECB's eurofxref-hist.csv or eurofxref-hist.zip.",
                                         show_default=False)],
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Load a newer ECB history file into the fx_rates table."""
    from aidledger import api

    report = api.update_rates(file, db=db)
    typer.echo(f"{db}: {report.n_rates} rates for {report.currencies} currencies "
               f"from {report.first_date} to {report.last_date} ({report.source})")


@app.command()
@handle_errors
def demo(
    out: Annotated[Path, typer.Option("--out", help="Folder for the database and the chart.")]
    = Path("aidledger-demo"),
) -> None:
    """Extract the seed corpus, store it, print the donor and system views, and chart them."""
    from aidledger import api

    report = api.demo(out=out)
    has_errors = report_problems(report.ingest.problems)
    r = report.ingest
    typer.echo(f"Ingested {r.documents} document(s): {r.pledges} pledge(s), {len(r.problems)} problem(s).")
    titles = {"by_donor": "Totals by donor (view by_donor)",
              "by_donor_system": "Totals by donor and system (view by_donor_system)",
              "by_system": "Totals by system (view by_system)",
              "conversion_checks": "Conversions stated in the text (view conversion_checks)"}
    for name, frame in report.views.items():
        shown = [c for c in frame.columns
                 if c not in DEMO_HIDDEN and (frame.height == 0 or not frame[c].is_null().all())]
        print_frame(frame.select(shown), title=titles.get(name, name))
    typer.echo(f"Database: {report.db}")
    typer.echo(f"Chart: {report.chart}")
    typer.echo(f"Try: aidledger sql \"SELECT * FROM by_donor\" --db {report.db}")
    if has_errors:
        raise typer.Exit(EXIT_ERRORS)


#: Columns the demo leaves out of its tables (all still in the views).
DEMO_HIDDEN = {"n_documents", "first_date", "last_date", "quote", "doc_id", "pledge_id", "donors",
               "considering", "refused", "rounds"}


def main() -> None:
    """Entry point of the ``aidledger`` script."""
    app()


if __name__ == "__main__":
    main()
