"""The command line, through typer's CliRunner (and one real subprocess for --help)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED_ID, SEEDS
from typer.testing import CliRunner

from aidledger.cli import app

runner = CliRunner()
COMMANDS = ["extract", "ingest", "sql", "plot", "rates", "demo"]


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    assert lines[0].startswith("aidledger: error: ")
    return lines[0]


def test_help_lists_every_command():
    result = invoke("--help")
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.stdout
    assert "eval" not in result.stdout.split()


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "rates"] + ["rates update"])
def test_every_command_has_help(command):
    result = invoke(*command.split(), "--help")
    assert result.exit_code == 0 and "Usage:" in result.stdout


def test_help_in_a_real_process_is_fast_and_imports_nothing_heavy():
    code = ("import sys, time; t = time.perf_counter(); from aidledger.cli import app; "
            "print(time.perf_counter() - t); "
            "print([m for m in ('duckdb', 'polars', 'matplotlib', 'pint', 'pyarrow') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    seconds, heavy = out.strip().splitlines()
    assert heavy == "[]"
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "aidledger", "--help"], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    assert proc.returncode == 0 and "extract" in proc.stdout
    assert elapsed < 2.0  # the budget is 0.3 s; generous here for busy CI machines


def test_extract_prints_json_lines(fake_extractor):
    result = invoke("extract", SEEDS)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 4
    assert records[0]["doc_id"] == SEED_ID and records[0]["quantity"] == 12
    assert {r["donor"] for r in records} == {"FRA", "DNK"}


def test_extract_to_file_with_explain(fake_extractor, tmp_path):
    out = tmp_path / "p.jsonl"
    result = invoke("extract", SEEDS / f"{SEED_ID}.txt", "-o", out, "--explain", "--published", "2023-01-31")
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 4
    assert result.stdout == ""
    assert "Caesar" in result.stderr and "4 pledge(s) written" in result.stderr


def test_missing_file_is_one_line_exit_1(tmp_path):
    result = invoke("extract", tmp_path / "missing.txt")
    assert result.exit_code == 1
    assert "no such file" in one_line_error(result)


def test_empty_file_is_problem_al101_exit_1(tmp_path, fake_extractor):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = invoke("extract", empty)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"empty: AL101 {empty}: file is empty"


def test_non_utf8_file_is_problem_al102_exit_1(tmp_path, fake_extractor):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"France will send 12 Caesar \xff\xfe howitzers.")
    result = invoke("extract", bad, "--published", "2023-01-31")
    assert result.exit_code == 1
    assert "AL102" in result.stderr and "Traceback" not in result.output


def test_bad_date_option_is_one_line_exit_2(tmp_path):
    result = invoke("extract", SEEDS, "--published", "2023-13-45")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in one_line_error(result)


def test_ingest_then_sql_in_three_formats(tmp_path, fake_extractor):
    db = tmp_path / "l.duckdb"
    result = invoke("ingest", SEEDS, "--db", db)
    assert result.exit_code == 0, result.output
    assert "1 document(s) (0 replaced), 4 pledge(s), 0 problem(s), 0 skipped line(s)" in result.stdout
    again = invoke("ingest", SEEDS, "--db", db)
    assert "(1 replaced), 4 pledge(s)" in again.stdout
    table = invoke("sql", "SELECT donor, pledged, delivered FROM by_donor", "--db", db)
    assert table.exit_code == 0 and "FRA" in table.stdout and "DNK" in table.stdout
    csv = invoke("sql", "SELECT donor, pledged FROM by_donor", "--db", db, "--format", "csv")
    assert csv.stdout.splitlines() == ["donor,pledged", "FRA,12.0", "DNK,19.0"]
    js = invoke("sql", "SELECT system, donors, amount_eur FROM by_system", "--db", db, "-f", "json")
    rows = json.loads(js.stdout)
    assert rows[0]["system"] == "Caesar" and rows[0]["donors"] == ["DNK", "FRA"]
    nested = invoke("sql", "SELECT system, donors FROM by_system", "--db", db, "-f", "csv")
    assert "Caesar,\"DNK, FRA\"" in nested.stdout


def test_sql_read_only_and_write(seeded_db):
    result = invoke("sql", "DELETE FROM pledges", "--db", seeded_db)
    assert result.exit_code == 1
    assert "SQL error" in one_line_error(result)
    result = invoke("sql", "DELETE FROM pledges WHERE donor = 'DNK'", "--db", seeded_db, "--write")
    assert result.exit_code == 0


def test_sql_missing_db_is_one_line_exit_1(tmp_path):
    result = invoke("sql", "SELECT 1", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 1
    assert "no such database" in one_line_error(result)


def test_sql_on_a_non_database_file(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a database " * 200)
    result = invoke("sql", "SELECT 1", "--db", junk)
    assert result.exit_code == 1
    one_line_error(result)


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_plot_writes_files(seeded_db, tmp_path, suffix):
    out = tmp_path / f"chart{suffix}"
    result = invoke("plot", "--by", "system", "--db", seeded_db, "-o", out)
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 1000


def test_plot_bad_suffix_and_bad_by(seeded_db, tmp_path):
    result = invoke("plot", "--db", seeded_db, "-o", tmp_path / "chart.gif")
    assert result.exit_code == 1 and "use one of" in one_line_error(result)
    assert invoke("plot", "--by", "colour", "--db", seeded_db, "-o", tmp_path / "c.png").exit_code == 2


def test_rates_update(tmp_path):
    rates = tmp_path / "eurofxref-hist.csv"
    rates.write_text("Date,USD,GBP,\n2024-01-05,1.10,0.86,\n2024-01-04,1.09,N/A,\n")
    db = tmp_path / "l.duckdb"
    result = invoke("rates", "update", rates, "--db", db)
    assert result.exit_code == 0, result.output
    assert "5 rates for 3 currencies from 2024-01-04 to 2024-01-05" in result.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("nothing\n")
    result = invoke("rates", "update", bad, "--db", db)
    assert result.exit_code == 1 and "not an ECB rate history" in one_line_error(result)


def test_demo(tmp_path, fake_extractor):
    out = tmp_path / "demo"
    result = invoke("demo", "--out", out)
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[-3] == f"Database: {out / 'aidledger.duckdb'}"
    assert lines[-2] == f"Chart: {out / 'aid-by-donor.png'}"
    assert "by_donor" in result.stdout and "Caesar" in result.stdout
    assert (out / "aid-by-donor.png").read_bytes()[:4] == b"\x89PNG"


def test_console_script_entry_point():
    exe = Path(sys.executable).parent / "aidledger"
    if not exe.exists():
        pytest.skip("console script not installed in this environment")
    proc = subprocess.run([str(exe), "--help"], capture_output=True, text=True, env={**os.environ})
    assert proc.returncode == 0


def test_every_command_and_option_is_documented():
    import typer.main

    docs = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)

    def walk(cmd, prefix):
        if hasattr(cmd, "commands"):  # a group
            for name, sub in cmd.commands.items():
                yield from walk(sub, f"{prefix} {name}".strip())
        else:
            yield prefix, cmd

    found = dict(walk(group, ""))
    assert set(found) == {"extract", "ingest", "sql", "plot", "rates update", "demo"}
    for name, cmd in found.items():
        assert f"## `aidledger {name}`" in docs, name
        assert f"aidledger {name}" in readme, name
        assert cmd.help, name
        for param in cmd.params:
            for opt in param.opts:
                if opt.startswith("-") and opt not in ("--help", "-h"):
                    assert opt in docs, f"{name} {opt}"
