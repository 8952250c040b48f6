"""Bad input on the command line, as a demanding user gives it: each ends with one line on stderr,
``aidledger: error: ...``, and a non-zero exit code; no traceback, no stray file, no silent run."""

from __future__ import annotations

import pytest
from conftest import SEEDS
from test_cli import invoke, one_line_error

ROOT = SEEDS.parent
KIEL = ROOT / "tests" / "data" / "trackers" / "weapons.csv"


# Usage errors: one line and exit 2 (click's own usage block is three lines, with "Value error,")


@pytest.mark.parametrize(("args", "said"), [
    (["sql", "SELECT 1", "--format", "xml"], "invalid value for '--format': 'xml' is not one of"),
    (["plot", "pie", "-o", "x.png"], "invalid value for 'kind': 'pie' is not one of"),
    (["plot", "--currency", "GBP", "-o", "x.png"], "invalid value for '--currency'"),
    (["plot", "--top", "0", "-o", "x.png"], "invalid value for '--top'"),
    (["extract"], "missing argument"),
    (["extract", "seeds", "--colour"], "no such option: --colour"),
    (["nope"], "no such command 'nope'"),
    (["import", "nope"], "no such command 'nope'"),
    (["rates", "update"], "missing argument"),
])
def test_usage_errors_are_one_line_exit_2(args, said):
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    line = one_line_error(result)
    assert said in line and "Value error" not in line
    assert line.endswith("--help')")  # names the help to read
    assert result.stdout == ""


def test_a_bare_group_still_shows_its_help():
    result = invoke("import")
    assert result.exit_code == 2
    assert "Usage:" in result.stderr and "kiel" in result.stderr


def test_help_is_unchanged():
    result = invoke("sql", "--help")
    assert result.exit_code == 0 and "Usage:" in result.stdout and result.stderr == ""


def test_sources_unknown_status_is_a_usage_error(seeded_db):
    result = invoke("sources", "--status", "promised", "--db", seeded_db)
    assert result.exit_code == 2
    assert "pledged, delivered, funded, considering, refused" in one_line_error(result)
    ok = invoke("sources", "--status", "Pledged", "--db", seeded_db)  # any case
    assert ok.exit_code == 0 and "pledged" in ok.stdout


# Files that are not what the command reads


def test_sql_file_not_utf8_is_one_line(seeded_db, tmp_path):
    bad = tmp_path / "q.sql"
    bad.write_bytes(b"SELECT '\xff'")
    result = invoke("sql", "-f", bad, "--db", seeded_db)
    assert result.exit_code == 1
    line = one_line_error(result)
    assert "not UTF-8" in line and "internal error" not in line


def test_sql_file_that_is_a_folder(seeded_db, tmp_path):
    result = invoke("sql", "-f", tmp_path, "--db", seeded_db)
    assert result.exit_code == 1 and "is a folder" in one_line_error(result)


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_an_empty_folder_is_an_error_not_a_silent_run(command, tmp_path):
    empty = tmp_path / "corpus"
    empty.mkdir()
    (empty / "notes.docx").write_bytes(b"PK")  # not a format read
    db = tmp_path / "aid.duckdb"
    result = invoke(command, empty, *(["--db", db] if command == "ingest" else []))
    assert result.exit_code == 1
    line = one_line_error(result)
    assert "holds no document" in line and ".jsonl" in line
    assert not db.exists()  # no database created for nothing


@pytest.mark.parametrize("args", [
    ["import", "kiel", "{dir}"],
    ["import", "oryx", "{dir}"],
    ["rates", "update", "{dir}"],
    ["eval", "--gold", "{dir}", "{dir}"],
    ["compare", "--values", "--kiel", "{dir}"],
    ["compare", "--values", "--prices", "{dir}"],
])
def test_a_folder_where_a_file_is_read_says_so(args, tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    result = invoke(*[a.format(dir=folder) for a in args], "--db", tmp_path / "a.duckdb") if args[0] != "eval" \
        else invoke(*[a.format(dir=folder) for a in args])
    assert result.exit_code == 1
    assert "is a folder" in one_line_error(result)


# Databases: never a stray file, a missing folder said plainly


@pytest.mark.parametrize("content", [b"", b"a,b\n1,2\n"])
def test_import_of_a_bad_file_leaves_no_new_database(tmp_path, content):
    bad = tmp_path / "weapons.csv"
    bad.write_bytes(content)
    db = tmp_path / "new.duckdb"
    result = invoke("import", "kiel", bad, "--db", db)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert not db.exists() and not (tmp_path / "new.duckdb.wal").exists()


def test_import_into_a_new_database_still_creates_it(tmp_path):
    db = tmp_path / "new.duckdb"
    invoke("import", "kiel", KIEL, "--db", db)  # the test file carries bad rows on purpose: exit 1
    assert db.exists()


def test_import_of_a_bad_file_keeps_an_existing_database(seeded_db, tmp_path):
    bad = tmp_path / "weapons.csv"
    bad.write_text("a,b\n1,2\n")
    assert invoke("import", "kiel", bad, "--db", seeded_db).exit_code == 1
    assert seeded_db.exists()
    assert "FRA" in invoke("sql", "SELECT donor FROM by_donor", "--db", seeded_db).stdout


@pytest.mark.parametrize("args", [
    ["ingest", str(SEEDS)],
    ["import", "kiel", str(KIEL)],
])
def test_database_in_a_missing_folder_is_one_line(args, tmp_path):
    result = invoke(*args, "--db", tmp_path / "nowhere" / "aid.duckdb")
    assert result.exit_code == 1
    line = one_line_error(result)
    assert "folder does not exist" in line and "IO Error" not in line


# Progress on long work


def test_extract_feeds_a_progress_bar(tmp_path, fake_extractor, monkeypatch):
    from contextlib import contextmanager

    import aidledger.cli as cli

    ticks: list[tuple[int, int | None]] = []
    shown: list[bool] = []

    @contextmanager
    def recorder(show, *, label="ingest"):
        shown.append(show)
        yield (lambda done, total, final=True: ticks.append((done, total))) if show else None

    monkeypatch.setattr(cli, "_progress_bar", recorder)
    out = tmp_path / "p.jsonl"
    result = invoke("extract", SEEDS, "-o", out, "--progress")
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and len(out.read_text().splitlines()) == 4
    assert ticks == [(1, 1)]  # one document of one
    invoke("extract", SEEDS, "-o", tmp_path / "q.jsonl")  # default: only when stderr is a terminal
    assert shown == [True, False]


# Tables in a terminal


def _terminal(width: int):
    import io

    from rich.console import Console

    return Console(force_terminal=True, width=width, file=io.StringIO(), color_system=None)


def test_a_wide_frame_in_a_narrow_terminal_prints_records():
    """25 columns in 80 characters used to be squashed to one character a column (the demo's
    by_donor, unreadable); now each row is a record, every value whole."""
    import polars as pl

    from aidledger.cli import print_frame

    frame = pl.DataFrame({f"column_{i:02d}": [1_000_000 + i, 2_000_000 + i] for i in range(25)})
    console = _terminal(80)
    print_frame(frame, title="wide", console=console)
    out = console.file.getvalue()
    assert "row 1 of 2" in out and "row 2 of 2" in out
    assert "column_24" in out and "2000024" in out  # names and values whole, never folded
    assert max(len(line) for line in out.splitlines()) <= 80


def test_a_frame_that_fits_stays_a_table():
    import polars as pl

    from aidledger.cli import print_frame

    frame = pl.DataFrame({"donor": ["FRA", "DNK"], "artillery": [18, 19], "committed_eur": [2e8, 0.0]})
    console = _terminal(80)
    print_frame(frame, console=console)
    out = console.file.getvalue()
    assert "row 1" not in out and "donor" in out and "200,000,000" in out


def test_demo_tables_leave_out_blank_columns(tmp_path, fake_extractor):
    result = invoke("demo", "--out", tmp_path / "demo")
    assert result.exit_code == 0, result.output
    by_donor = result.stdout.split("Totals by donor and system")[0]
    assert "artillery" in by_donor and "committed_eur" in by_donor
    assert "tank" not in by_donor and "event_ids" not in by_donor and "unconverted" not in by_donor


def test_sql_on_standard_input_not_utf8_is_one_line(seeded_db):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "aidledger", "sql", "--db", str(seeded_db)], input=b"SELECT '\xff'",
                          capture_output=True)
    assert proc.returncode == 1
    lines = proc.stderr.decode().strip().splitlines()
    assert lines == ["aidledger: error: standard input is not UTF-8 text; save the SQL as UTF-8"]


@pytest.mark.parametrize(("command", "shown"),
                         [("extract", "--jobs N"), ("plot", "--top N"), ("compare", "--threshold N")])
def test_help_names_numbers_as_n_not_typer_internals(command, shown):
    out = invoke(command, "--help").stdout
    assert shown in out and "<int range>" not in out and "<float range>" not in out
