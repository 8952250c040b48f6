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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    import polars as pl

    from aidledger.model import Problem

DEFAULT_DB = "aidledger.duckdb"  # the same as aidledger.store.DEFAULT_DB (kept here for a fast start)
EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2

class _OneLineErrors(TyperGroup):
    """The command group whose usage errors (an unknown option, a bad option value, a missing
    argument) are one line on stderr, ``aidledger: error: ...`` with exit 2, as every other error,
    instead of click's three-line usage block."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except typer.TyperException as exc:  # click's exceptions, as typer bundles them
            if type(exc).__name__ == "NoArgsIsHelpError":  # a bare group: its help, as click shows it
                typer.echo(exc.format_message(), err=True)
            elif exc.exit_code == EXIT_USAGE:  # UsageError and its kinds (BadParameter, NoSuchOption...)
                fail(usage_line(exc), EXIT_USAGE)
            else:
                fail(exc.format_message(), exc.exit_code)
            code = exc.exit_code
        except typer.Abort:
            fail("aborted")
            code = EXIT_ERRORS
        sys.exit(code if isinstance(code, int) else EXIT_OK)


def usage_line(exc: typer.TyperException) -> str:
    """A usage error in one line, with the command whose --help says more."""
    message = exc.format_message().replace("Value error, ", "").strip().rstrip(".")
    message = message[:1].lower() + message[1:]
    ctx = getattr(exc, "ctx", None)
    where = ctx.command_path if ctx is not None else "aidledger"
    return f"{message} (see '{where} --help')"


app = typer.Typer(
    cls=_OneLineErrors,
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
import_app = typer.Typer(help="Import another tracker's published file (Kiel, Oryx) into a database.",
                         no_args_is_help=True, rich_markup_mode=None)
app.add_typer(import_app, name="import")

F = TypeVar("F", bound=Callable[..., Any])


class By(StrEnum):
    donor = "donor"
    system = "system"
    category = "category"


class Kind(StrEnum):
    donor = "donor"
    system = "system"
    category = "category"
    timeline = "timeline"
    heatmap = "heatmap"
    money = "money"
    value = "value"


class Currency(StrEnum):
    EUR = "EUR"
    USD = "USD"


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
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
        from aidledger.errors import AidledgerError, OutputRefused, describe_failure

        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except OutputRefused as exc:
            raise fail(str(exc), EXIT_USAGE) from None
        except AidledgerError as exc:
            raise fail(str(exc)) from None
        except BrokenPipeError:  # the reader went away (``| head``): a normal end
            _quiet_stdout()
            raise typer.Exit(EXIT_OK) from None
        except OSError as exc:
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            raise fail(f"{where}{exc.strerror or exc}") from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        except Exception as exc:  # a database failure in words, else a bug: still one line, never a traceback
            said = describe_failure(exc)
            raise fail(said or f"internal error: {type(exc).__name__}: {exc}") from None

    return wrapper  # type: ignore[return-value]


def _quiet_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush to a closed pipe is silent."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no real file (a test runner's buffer)
        pass


ForceOption = Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")]


def parse_published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise fail(f"invalid value for --published: {value!r} is not a date YYYY-MM-DD", EXIT_USAGE) from None


def problem_dict(problem: Problem) -> dict[str, Any]:
    """A problem as a JSON object: code, message, doc_id, start, end, quote."""
    src = problem.source
    return {"code": problem.code, "message": problem.message, "doc_id": problem.doc_id,
            "start": src.start if src else None, "end": src.end if src else None,
            "quote": src.quote if src else None}


def report_problems(problems: Iterable[Problem], *, as_json: bool = False) -> bool:
    """Print problems on stderr as ``doc:start-end: CODE message`` (or one JSON object a line);
    True when any is an error."""
    from aidledger.errors import ERROR_CODES

    has_errors = False
    for problem in problems:
        line = json.dumps(problem_dict(problem), ensure_ascii=False) if as_json else problem.render()
        typer.echo(line, err=True)
        has_errors = has_errors or problem.code in ERROR_CODES
    return has_errors


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):  # NaN, inf: shown, never int()
            return str(value)
        if value == int(value) and abs(value) < 1e15:
            return f"{value:,.0f}"
        return f"{value:.4g}" if abs(value) < 100 else f"{value:,.2f}"
    if isinstance(value, Decimal):
        return f"{value:,}"
    if isinstance(value, dict) and set(value) == {"currency", "amount"}:
        return f"{value['currency']} {_cell(value['amount'])}"
    if isinstance(value, list):
        return ", ".join(map(_cell, value))
    return str(value)


#: The narrowest a column may become in a terminal before a wide frame is printed as records.
MIN_COLUMN = 8


class _Console:
    """rich's Console whose closed pipe is a normal end (rich would exit 1; see handle_errors)."""

    def __new__(cls, **options: Any) -> Any:
        from rich.console import Console

        class PipeSafe(Console):
            def on_broken_pipe(self) -> None:
                raise BrokenPipeError

        return PipeSafe(**options)


def print_frame(frame: pl.DataFrame, *, title: str | None = None, console: Any = None) -> None:
    """A frame as a rich table on stdout. In a terminal too narrow for its columns (the 25 of
    ``by_donor`` in 80 characters), each row is printed as a record, one ``column value`` line a
    field, rather than a table squashed to one character a column. A pipe or a file always gets
    the whole table, never squashed."""
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=False)
    numeric = {name for name, dtype in frame.schema.items() if dtype.is_numeric()}
    for name in frame.columns:
        table.add_column(name, justify="right" if name in numeric else "left", overflow="fold")
    for row in frame.iter_rows():
        table.add_row(*(_cell(v) for v in row))
    if frame.height == 0:
        table.caption = "(no rows)"
    console = console if console is not None else _Console()
    widths = [max([len(name), *(len(_cell(v)) for v in frame[name])]) + 3 for name in frame.columns]
    if not console.is_terminal:  # a pipe or a file: never squash columns to 80 characters
        console = _Console(width=max(80, sum(widths) + 1), file=console.file)
    elif (frame.height and sum(widths) + 1 > console.width
          and sum(min(w, MIN_COLUMN + 3) for w in widths) > console.width):
        _print_records(frame, title=title, console=console)
        return
    console.print(table)


def _print_records(frame: pl.DataFrame, *, title: str | None, console: Any) -> None:
    """Each row of ``frame`` as a two-column table (column, value), as ``psql``'s expanded display."""
    from rich import box
    from rich.table import Table

    if title:
        console.print(title, markup=False, highlight=False)
    for i, row in enumerate(frame.iter_rows(), start=1):
        record = Table(title=f"row {i} of {frame.height}", title_justify="left", show_header=False,
                       box=box.SIMPLE, padding=(0, 1))
        record.add_column("column", style="bold", no_wrap=True)
        record.add_column("value", overflow="fold")
        for name, value in zip(frame.columns, row, strict=True):
            record.add_row(name, _cell(value))
        console.print(record)


# ---------------------------------------------------------------------------------------------
# Commands


PublishedOption = Annotated[str | None, typer.Option(
    "--published", metavar="YYYY-MM-DD",
    help="Publication date for every document (overrides sidecars and JSONL fields).")]
PathsArgument = Annotated[list[Path], typer.Argument(metavar="PATH",
    help="Files or folders: .txt, .jsonl, .html, .pdf, RSS/Atom feeds, .zip/.tar.gz archives.", show_default=False)]
DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
JobsOption = Annotated[int, typer.Option("--jobs", "-j", min=0, metavar="N",
                                         help="Extract on N processes, 0 = one per core (the order of "
                                              "documents is kept).")]
SchedulerOption = Annotated[str | None, typer.Option(
    "--scheduler", metavar="ADDRESS",
    help="Extract on a Dask cluster: 'local' starts --jobs process workers here, else the address of a "
         "scheduler (tcp://host:8786). Same output; needs aidledger[distributed].", show_default=False)]


@app.command()
@handle_errors
def extract(
    paths: PathsArgument,
    published: PublishedOption = None,
    output: Annotated[Path | None, typer.Option("-o", "--output",
                                                help="Write JSON lines here instead of stdout.")] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="On stderr: each pledge with its quote, and each sentence with a number near an "
                          "item, donor or currency that gave no record (AL201), with the reason.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Problems on stderr as JSON lines.")] = False,
    jobs: JobsOption = 1,
    force: ForceOption = False,
    scheduler: SchedulerOption = None,
    progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress", help="Show a progress bar on stderr (default: with -o, when stderr is a "
                                         "terminal).", show_default=False)] = None,
) -> None:
    """Extract pledges and print one JSON object per pledge (Pledge.to_dict())."""
    from contextlib import nullcontext

    from aidledger import api, outputs
    from aidledger.model import Document, Pledge
    from aidledger.sources import count_documents, expand_paths

    date = parse_published(published)
    files = expand_paths(paths)
    inputs = [*paths, *files] if output else []
    show = (output is not None and sys.stderr.isatty()) if progress is None else progress
    has_errors, n, n_docs = False, 0, 0
    with (outputs.writing(output, inputs=inputs, force=force) if output else nullcontext() as tmp,
          _progress_bar(show, label="extract") as tick):
        total = count_documents(files) if tick else None
        out = tmp.open("x", encoding="utf-8") if tmp else sys.stdout
        try:
            for item in api.iter_extract(paths, published=date, explain=explain, jobs=jobs,
                                         scheduler=_scheduler(scheduler)):
                if isinstance(item, Document):
                    n_docs += 1
                    if tick:
                        tick(n_docs, max(total or 0, n_docs), final=False)
                elif isinstance(item, Pledge):
                    out.write(json.dumps(item.to_dict(), ensure_ascii=False, allow_nan=False) + "\n")
                    n += 1
                    if explain and not as_json:
                        _explain(item)
                elif not isinstance(item, Document):
                    has_errors = report_problems([item], as_json=as_json) or has_errors
        finally:
            if tmp:
                out.close()
    if output:
        typer.echo(f"{n} pledge(s) written to {output}", err=True)
    if has_errors:
        raise typer.Exit(EXIT_ERRORS)


def _scheduler(value: str | None) -> str | None:
    """``--scheduler``'s value, stripped (a blank value is a usage error)."""
    if value is not None and not value.strip():
        raise fail("invalid value for --scheduler: give 'local' or a scheduler address", EXIT_USAGE)
    return value.strip() if value else None


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
    jobs: JobsOption = 1,
    scheduler: SchedulerOption = None,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave the documents' texts out of the "
                                                            "database (only the quotes are kept).")] = False,
    progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress", help="Show a progress bar (default: when stderr is a terminal).",
        show_default=False)] = None,
) -> None:
    """Extract pledges and store them in a DuckDB database (re-ingesting replaces a document)."""
    from aidledger import api

    date = parse_published(published)
    show = sys.stderr.isatty() if progress is None else progress
    with _progress_bar(show) as callback:
        report = api.ingest(paths, db=db, published=date, progress=callback, jobs=jobs,
                            scheduler=_scheduler(scheduler), keep_text=not no_text)
    has_errors = report_problems(report.problems) or getattr(report, "n_errors", 0) > 0
    unchanged = getattr(report, "unchanged", 0)
    n_problems = getattr(report, "n_problems", len(report.problems))
    if n_problems > len(report.problems):
        typer.echo(f"({n_problems - len(report.problems)} more problem(s) in the problems table)", err=True)
    typer.echo(f"{report.db}: {report.documents} document(s) ({report.replaced} replaced"
               f"{f', {unchanged} unchanged' if unchanged else ''}), "
               f"{report.pledges} pledge(s), {n_problems} problem(s), "
               f"{report.skipped_lines} skipped line(s)")
    if has_errors:
        raise typer.Exit(EXIT_ERRORS)


@contextmanager
def _progress_bar(show: bool, *, label: str = "ingest") -> Iterator[Callable[..., None] | None]:
    """A rich progress bar on stderr fed by ``callback(done, total)``; None when not shown. When
    ``done`` reaches ``total`` the label turns to "publish" (an ingest's last step), unless
    ``final=False``."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
                  TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def callback(done: int, total: int | None, *, final: bool = True) -> None:
            # after the last document an ingest is published: events and totals refreshed (can take
            # a minute on a large ledger)
            last = final and total is not None and done >= total
            bar.update(task, completed=done, total=total, description="publish" if last else label)

        yield callback


@app.command(context_settings={"ignore_unknown_options": True})
@handle_errors
def sql(
    query: Annotated[str | None, typer.Argument(
        help="SQL (may begin with a -- comment); '-' or none with --file absent: read standard input.",
        show_default=False)] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the SQL from FILE.")] = None,
    db: DbOption = Path(DEFAULT_DB),
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
    write: Annotated[bool, typer.Option("--write", help="Open the database for writing (then refresh "
                                                        "events and totals).")] = False,
) -> None:
    """Run SQL on the database (read-only unless --write) and print the result of its last statement."""
    from aidledger import api

    if file is not None and query not in (None, "-"):
        raise fail("give the SQL once: as an argument or with --file, not both", EXIT_USAGE)
    if file is not None:
        text = _read_sql(file)
    elif query is None or query == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise fail("no SQL: give it as an argument, with --file FILE, or on standard input", EXIT_USAGE)
        text = _read_stdin_sql()
    else:
        text = query
    frame = api.query(text, db=db, write=write)
    write_frame(frame, fmt)


def _read_stdin_sql() -> str:
    """The SQL on standard input; bytes that are not UTF-8 are a one-line error."""
    from aidledger.errors import InputError

    try:
        text = sys.stdin.read()
        text.encode("utf-8")  # undecodable bytes read as lone surrogates (surrogateescape)
    except (UnicodeDecodeError, UnicodeEncodeError):
        raise InputError("standard input is not UTF-8 text; save the SQL as UTF-8") from None
    return text


def _read_sql(file: Path) -> str:
    """The SQL of ``--file``; a folder or bytes that are not UTF-8 are one-line errors."""
    from aidledger.errors import InputError

    if file.is_dir():
        raise InputError("is a folder, not an SQL file", path=str(file))
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start}); save the SQL as UTF-8", path=str(file)) from None


def _without_float_noise(frame: pl.DataFrame) -> pl.DataFrame:
    """Float columns with values of 100 or more rounded to cents (money: 300000000.0, never
    299999999.99999994); smaller values (ratios, shares) are left as they are."""
    import polars as pl

    floats = [n for n, t in frame.schema.items() if t in (pl.Float32, pl.Float64)]
    return frame.with_columns(
        pl.when(pl.col(n).abs() >= 100).then(pl.col(n).round(2)).otherwise(pl.col(n)).alias(n) for n in floats)


def write_frame(frame: pl.DataFrame, fmt: Format) -> None:
    import polars as pl

    frame = _without_float_noise(frame)
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
def describe(
    name: Annotated[str | None, typer.Argument(help="A view or table: list its columns.", show_default=False)] = None,
    db: DbOption = Path(DEFAULT_DB),
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
) -> None:
    """The views and tables a user reads, with what each holds; with NAME, its columns."""
    import polars as pl

    from aidledger import api

    frame = api.describe(db, name)
    if name is None:
        frame = frame.select("name", "kind", "comment", pl.col("columns").list.len().alias("n_columns"))
    write_frame(frame, fmt)


@app.command()
@handle_errors
def sources(
    donor: Annotated[str | None, typer.Option("--donor", help="Donor code (FRA, USA, EU...).")] = None,
    system: Annotated[str | None, typer.Option("--system", help="System or its catalog family.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="pledged, delivered, funded, ...")] = None,
    event: Annotated[str | None, typer.Option("--event", help="An event id (as in event_ids).")] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Where a number comes from: each event, its status and figure, and its sentences with outlet, date, url."""
    from aidledger import api
    from aidledger.model import STATUSES

    if status is not None and status.strip().lower() not in STATUSES:
        raise fail(f"invalid value for --status: {status!r} is not one of {', '.join(STATUSES)}", EXIT_USAGE)
    status = status.strip().lower() if status is not None else None
    frame = api.sources(db, donor=donor, system=system, status=status, event_id=event, paragraph=False)
    if frame.height == 0:
        typer.echo("no events match")
        return
    for (event_id,), rows in frame.group_by("event_id", maintain_order=True):
        e = rows.row(0, named=True)
        figure = (f"{_cell(e['quantity'])} {e['quantity_unit'] or ''}".strip() if e["quantity"] is not None
                  else f"{e['currency']} {_cell(e['amount'])}" if e["amount"] is not None else "no figure")
        flags = "".join([" (running total)" if e["is_running_total"] else "",
                         " (part of a package)" if e["is_component"] else ""])
        typer.echo(f"event {event_id}  {e['donor']} {e['event_system']} {e['status']} {figure}{flags}  "
                   f"{e['effective_date'] or 'undated'}, {e['n_mentions']} mention(s)")
        for r in rows.iter_rows(named=True):
            where = ", ".join(str(x) for x in (r["outlet"], r["published"], r["url"]) if x) or r["doc_id"]
            typer.echo(f"  {where} [{r['doc_id']}:{r['span_start']}-{r['span_end']}]: \u201c{r['quote']}\u201d")


@app.command()
@handle_errors
def plot(
    kind: Annotated[Kind | None, typer.Argument(
        help="donor (equipment and money by donor), system, category, timeline (cumulative by month), "
             "heatmap (donor x category), money (by donor, share of GDP) or value (money plus estimated "
             "value by donor, with its range). Default: donor.",
        show_default=False)] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Chart file: .png, .svg or .pdf.",
                                                show_default=False)] = None,
    by: Annotated[By | None, typer.Option("--by", help="Older name of KIND: donor, system or category.",
                                          show_default=False)] = None,
    db: DbOption = Path(DEFAULT_DB),
    currency: Annotated[Currency, typer.Option("--currency", help="Currency of money figures.")] = Currency.EUR,
    top: Annotated[int, typer.Option("--top", min=1, metavar="N", help="Bars (or heatmap rows) before 'others'.")] = 10,
    force: ForceOption = False,
) -> None:
    """Chart the ledger: totals by donor, system or category, timeline, heatmap or money."""
    from aidledger import api

    if output is None:
        raise fail("missing option -o / --output FILE.png|svg|pdf", EXIT_USAGE)
    path = api.plot(db=db, kind=kind.value if kind else None, by=by.value if by else None, out=output,
                    top=top, currency=currency.value, force=force)
    typer.echo(f"Chart: {path}")


@app.command()
@handle_errors
def export(
    name: Annotated[str, typer.Argument(help="A view or table (see docs/sql.md), e.g. by_donor_system.",
                                        show_default=False)],
    output: Annotated[Path, typer.Option("-o", "--output", help="The file to write.", show_default=False)],
    fmt: Annotated[ExportFormat | None, typer.Option(
        "--format", "-f", help="csv, parquet or json (default: the file's suffix).", show_default=False)] = None,
    db: DbOption = Path(DEFAULT_DB),
    force: ForceOption = False,
) -> None:
    """Write a view or table to a CSV, Parquet or JSON file."""
    from aidledger import api

    report = api.export(name, db=db, fmt=fmt.value if fmt else None, out=output, force=force)
    typer.echo(f"{report.path}: {report.rows} row(s) of {report.name} ({report.fmt})")


@app.command("eval")
@handle_errors
def eval_(
    docs: Annotated[Path, typer.Argument(help="Documents as JSON lines (id, text, published, ...).",
                                         show_default=False)],
    gold: Annotated[Path, typer.Option("--gold", help="Hand-checked gold records as JSON lines.",
                                       show_default=False)],
    details: Annotated[bool, typer.Option("--details", help="List every miss and every extra with its quote.")]
    = False,
) -> None:
    """Score the extractor against gold records: precision, recall, F1 (last line F1=...)."""
    from aidledger import api
    from aidledger.evaluate import format_record

    score = api.evaluate(gold, docs)
    if details:
        for title, records in (("miss", score.misses), ("extra", score.extras)):
            for record in records:
                typer.echo(f"{title}: {format_record(record)}")
    typer.echo(f"gold={score.gold} pred={score.pred} matched={score.matched}")
    typer.echo(f"P={score.precision:.3f} R={score.recall:.3f}")
    typer.echo(f"F1={score.f1:.3f}")


def _print_report(report: Any) -> bool:
    """Print an import report's counts on one line and its problems on stderr; True on errors."""
    import dataclasses

    fields = (dataclasses.asdict(report) if dataclasses.is_dataclass(report)
              else report._asdict() if hasattr(report, "_asdict") else vars(report))
    problems = fields.pop("problems", None) or []
    shown = ", ".join(f"{k}={v}" for k, v in fields.items() if isinstance(v, int | float | str | Path))
    has_errors = report_problems(getattr(report, "problems", problems))
    typer.echo(shown or str(report))
    return has_errors


def _import(tracker: str, file: Path, db: Path) -> None:
    from aidledger import api

    report = api.import_tracker(tracker, file, db=db)
    if _print_report(report):
        raise typer.Exit(EXIT_ERRORS)


FileArgument = Annotated[Path, typer.Argument(help="The tracker's CSV file.", show_default=False)]


@import_app.command("kiel")
@handle_errors
def import_kiel(file: FileArgument, db: DbOption = Path(DEFAULT_DB)) -> None:
    """Import the Kiel Ukraine Support Tracker's weapons.csv (heavy weapons committed)."""
    _import("kiel", file, db)


@import_app.command("oryx")
@handle_errors
def import_oryx(file: FileArgument, db: DbOption = Path(DEFAULT_DB)) -> None:
    """Import an Oryx-style donated_vehicles.csv (equipment seen delivered)."""
    _import("oryx", file, db)


@app.command()
@handle_errors
def compare(
    threshold: Annotated[float, typer.Option("--threshold", min=0, metavar="N",
                                             help="List differences larger than N items.")] = 0,
    db: DbOption = Path(DEFAULT_DB),
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    values: Annotated[bool, typer.Option(
        "--values", help="Value Kiel's own counts with the price table and set them beside Kiel's values "
                         "(last line: valued rows=N within 50%=K median ratio=R).")] = False,
    kiel: Annotated[Path | None, typer.Option(
        "--kiel", help="With --values: Kiel's weapons.csv to read (default: the rows imported into --db).")] = None,
    prices: Annotated[Path | None, typer.Option(
        "--prices", help="With --values: a price table like aidledger/data/prices.csv (default: the bundled one, "
                         "with its prices by analogy; a table of one's own is read without them).")]
    = None,
) -> None:
    """Set the ledger beside the imported Kiel and Oryx counts: totals, differences and gaps with reasons."""
    import polars as pl

    from aidledger import api

    if values:
        _compare_values(db=db, kiel=kiel, prices=prices, fmt=fmt)
        return
    if kiel is not None or prices is not None:
        raise fail("--kiel and --prices go with --values", EXIT_USAGE)
    frames = api.compare(db=db, threshold=threshold)
    shown = {"totals": frames["pairs"].select(COMPARE_TOTALS)}
    shown |= {k: frames[k] for k in ("differences", "gaps", "reasons") if k in frames}
    if fmt is Format.table:
        for name, frame in shown.items():
            print_frame(frame, title=name)
    elif fmt is Format.json:
        out = {name: frame.to_dicts() for name, frame in shown.items()}
        sys.stdout.write(json.dumps(out, default=str, ensure_ascii=False, indent=1) + "\n")
    else:
        parts = [f.with_columns(pl.lit(name).alias("section")).select("section", pl.exclude("section"))
                 for name, f in shown.items() if name != "reasons"]
        write_frame(pl.concat(parts, how="diagonal_relaxed") if parts else pl.DataFrame(), Format.csv)


#: The columns of the ``totals`` section of ``aidledger compare``: each source's count per donor x
#: family (the ledger's committed is what is committed by the rule of every total: Kiel's side).
COMPARE_TOTALS = ("donor", "family", "ledger_pledged", "ledger_delivered", "ledger_committed", "kiel_count",
                  "oryx_count", "oryx_delivered")


#: The columns ``aidledger value`` shows (EUR; the USD columns stay in the view).
VALUE_BY_DONOR_COLUMNS = ("donor", "n_events", "n_unvalued", "stated_eur", "estimated_eur", "estimated_low_eur",
                          "estimated_high_eur", "by_analogy_eur", "total_eur", "total_low_eur", "total_high_eur",
                          "share_valued")


@app.command()
@handle_errors
def value(
    constant_eur: Annotated[int | None, typer.Option(
        "--constant-eur", help="Give the sums in euros of this year (HICP, aidledger/data/hicp.csv) instead of "
                               "euros of each event's day.", show_default=False)] = None,
    db: DbOption = Path(DEFAULT_DB),
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
) -> None:
    """Money plus value per donor: stated money, estimated value with its low-high range, the total."""
    from aidledger import api

    if constant_eur is None:
        frame = api.frame(db, "value_by_donor").select(*VALUE_BY_DONOR_COLUMNS)
    else:
        frame = api.value_constant(db, base_year=constant_eur)
    write_frame(frame, fmt)


#: The columns ``compare --values`` shows as a table (every column in csv and json).
VALUE_COLUMNS = ("donor", "category", "systems", "kiel_eur", "ours_eur", "low_eur", "high_eur", "ratio", "reason",
                 "by_analogy", "unpriced", "other_unit")


def _compare_values(*, db: Path, kiel: Path | None, prices: Path | None, fmt: Format) -> None:
    import polars as pl

    from aidledger import api
    from aidledger.value.kiel import summary_line

    frame = api.compare_values(db=db, kiel=kiel, prices=prices)
    line = summary_line(frame)
    if fmt is Format.table:
        shown = frame.select(VALUE_COLUMNS).with_columns(
            (pl.col(c) / 1e6).round(1).alias(c.replace("_eur", "_eur_m")) for c in ("kiel_eur", "ours_eur",
                                                                                   "low_eur", "high_eur")
        ).drop("kiel_eur", "ours_eur", "low_eur", "high_eur").select(
            "donor", "category", "systems", "kiel_eur_m", "ours_eur_m", "low_eur_m", "high_eur_m", "ratio",
            "reason", "by_analogy", "unpriced", "other_unit").with_columns(pl.col("ratio").round(2))
        print_frame(shown, title="Kiel weapons.csv valued with the price table (EUR million)")
        typer.echo(f"kiel rows={frame.height} unvalued={frame['ours_eur'].null_count()}")
        typer.echo(line)
        return
    write_frame(frame, fmt)
    typer.echo(line, err=True)


@app.command()
@handle_errors
def migrate(db: DbOption = Path(DEFAULT_DB)) -> None:
    """Upgrade a database written by another version of aidledger (its tables, views and totals)."""
    from aidledger import api

    done = api.migrate(db)
    typer.echo(f"{db}: upgraded ({'; '.join(done)})" if done else f"{db}: already up to date")


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
    force: Annotated[bool, typer.Option("--force", help="Replace the database and chart of an earlier demo "
                                                        "in that folder.")] = False,
) -> None:
    """Extract the seed corpus, store it, print the donor and system views, and chart them."""
    from aidledger import api

    report = api.demo(out=out, force=force)
    has_errors = report_problems(report.ingest.problems)
    r = report.ingest
    typer.echo(f"Ingested {r.documents} document(s): {r.pledges} pledge(s), {len(r.problems)} problem(s).")
    titles = {"by_donor": "Totals by donor (view by_donor)",
              "by_donor_system": "Totals by donor and system (view by_donor_system)",
              "by_system": "Totals by system (view by_system)",
              "conversion_checks": "Conversions stated in the text (view conversion_checks)"}
    for name, frame in report.views.items():
        shown = [c for c in frame.columns if c not in DEMO_HIDDEN and (frame.height == 0 or not _blank(frame[c]))]
        print_frame(frame.select(shown), title=titles.get(name, name))
    typer.echo(f"Database: {report.db}")
    typer.echo(f"Chart: {report.chart}")
    typer.echo(f"Try: aidledger sql \"SELECT * FROM by_donor\" --db {report.db}")
    if has_errors:
        raise typer.Exit(EXIT_ERRORS)


#: Columns the demo leaves out of its tables (all still in the views), with the columns that are
#: empty or 0 in every row, so its tables fit a terminal.
DEMO_HIDDEN = {"n_documents", "first_date", "last_date", "quote", "doc_id", "pledge_id", "donors",
               "considering", "refused", "rounds", "event_ids"}


def _blank(column: pl.Series) -> bool:
    """Every value null, 0 in a numeric column, or an empty list."""
    import polars as pl

    if column.dtype.is_numeric():
        return bool(column.fill_null(0).eq(0).all())
    if isinstance(column.dtype, pl.List):
        return bool(column.list.len().fill_null(0).eq(0).all())
    return bool(column.is_null().all())


def main() -> None:
    """Entry point of the ``aidledger`` script."""
    try:
        app()
    finally:  # output still buffered when the reader has gone (``| head``): a normal end, said nothing
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _quiet_stdout()


if __name__ == "__main__":
    main()
