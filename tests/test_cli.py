"""The command line, through typer's CliRunner (and one real subprocess for --help)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED_ID, SEEDS
from typer.testing import CliRunner

from aidledger.cli import app

runner = CliRunner()
COMMANDS = ["extract", "ingest", "sql", "plot", "export", "eval", "import", "compare", "rates", "demo"]
LEAVES = {"extract", "ingest", "sql", "plot", "export", "eval", "import kiel", "import oryx", "compare", "migrate",
          "rates update", "demo", "describe", "sources", "value"}


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
        assert command in result.stdout.split()


@pytest.mark.parametrize("command", sorted(LEAVES))
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
    # start-up time is measured by benchmarks/cli_start.py (budget 0.3 s), not asserted here
    proc = subprocess.run([sys.executable, "-m", "aidledger", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "extract" in proc.stdout


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
    again = invoke("ingest", SEEDS, "--db", db)  # the same document again: left as it is
    assert "0 document(s) (0 replaced, 1 unchanged), 0 pledge(s)" in again.stdout
    table = invoke("sql", "SELECT donor, artillery, committed_eur FROM by_donor", "--db", db)
    assert table.exit_code == 0 and "FRA" in table.stdout and "DNK" in table.stdout
    csv = invoke("sql", "SELECT donor, artillery FROM by_donor", "--db", db, "--format", "csv")
    assert csv.stdout.splitlines() == ["donor,artillery", "FRA,30.0", "DNK,19.0"]  # 18 delivered + 12 more
    js = invoke("sql", "SELECT system, donors, committed_eur FROM by_system", "--db", db, "--format", "json")
    rows = json.loads(js.stdout)
    assert rows[0]["system"] == "Caesar" and rows[0]["donors"] == ["DNK", "FRA"]
    nested = invoke("sql", "SELECT system, donors FROM by_system", "--db", db, "--format", "csv")
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
    assert set(found) == LEAVES
    for name, cmd in found.items():
        assert f"## `aidledger {name}`" in docs, name
        assert f"aidledger {name}" in readme, name
        assert cmd.help, name
        for param in cmd.params:
            for opt in param.opts:
                if opt.startswith("-") and opt not in ("--help", "-h"):
                    assert opt in docs, f"{name} {opt}"


# ---------------------------------------------------------------------------------------------
# Plot kinds, exports, eval, --explain, trackers, progress


@pytest.mark.parametrize("kind", ["donor", "system", "category", "timeline", "heatmap", "money"])
def test_plot_every_kind(seeded_db, tmp_path, kind):
    out = tmp_path / f"{kind}.png"
    result = invoke("plot", kind, "--db", seeded_db, "--currency", "USD", "--top", "5", "-o", out)
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:4] == b"\x89PNG" and result.stdout.strip() == f"Chart: {out}"


def test_plot_by_alias_and_errors(seeded_db, tmp_path):
    assert invoke("plot", "--by", "category", "--db", seeded_db, "-o", tmp_path / "c.svg").exit_code == 0
    result = invoke("plot", "money", "--by", "donor", "--db", seeded_db, "-o", tmp_path / "c.png")
    assert result.exit_code == 1 and "disagree" in one_line_error(result)
    assert invoke("plot", "pie", "--db", seeded_db, "-o", tmp_path / "c.png").exit_code == 2
    assert invoke("plot", "money", "--currency", "GBP", "--db", seeded_db, "-o", tmp_path / "c.png").exit_code == 2
    result = invoke("plot", "money", "--db", seeded_db)
    assert result.exit_code == 2 and "--output" in one_line_error(result)


@pytest.mark.parametrize("fmt", ["csv", "parquet", "json"])
def test_export(seeded_db, tmp_path, fmt):
    import polars as pl

    out = tmp_path / f"by_donor_system.{fmt}"
    result = invoke("export", "by_donor_system", "--format", fmt, "-o", out, "--db", seeded_db)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"{out}: 3 row(s) of by_donor_system ({fmt})"
    if fmt == "parquet":
        frame = pl.read_parquet(out)
        assert frame.filter(pl.col("donor") == "FRA", pl.col("system") == "Caesar")["delivered"].to_list() == [18.0]


def test_export_errors(seeded_db, tmp_path):
    result = invoke("export", "nothing", "-o", tmp_path / "x.csv", "--db", seeded_db)
    assert result.exit_code == 1 and "no view or table" in one_line_error(result)
    result = invoke("export", "by_donor", "-o", tmp_path / "x.txt", "--db", seeded_db)
    assert result.exit_code == 1 and "use --format" in one_line_error(result)
    result = invoke("export", "by_donor", "-o", tmp_path / "x.csv", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 1 and "no such database" in one_line_error(result)


@pytest.fixture
def eval_files(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "e1", "published": "2023-05-02",
                                "text": "France will send 12 Caesar howitzers to Ukraine."}) + "\n")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in [
        {"doc": "e1", "donor": "FRA", "status": "pledged", "item": "Caesar", "category": "artillery",
         "quantity": 12, "quote": "France will send 12 Caesar howitzers"},
        {"doc": "e1", "donor": "DEU", "status": "delivered", "item": "Leopard 2", "category": "tank",
         "quantity": 14, "quote": "Germany delivered 14 Leopard 2 tanks"},
    ]) + "\n")
    return gold, docs


def test_eval_prints_scores_and_details(eval_files):
    gold, docs = eval_files
    result = invoke("eval", "--gold", gold, docs)
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "gold=2 pred=1 matched=1"
    assert lines[1] == "P=1.000 R=0.500" and lines[-1] == "F1=0.667"
    detailed = invoke("eval", "--gold", gold, docs, "--details")
    assert any(line.startswith("miss: e1 DEU delivered Leopard 2") and "Germany delivered" in line
               for line in detailed.stdout.splitlines())
    assert detailed.stdout.strip().splitlines()[-1] == "F1=0.667"


def test_eval_missing_file(eval_files, tmp_path):
    gold, _ = eval_files
    result = invoke("eval", "--gold", gold, tmp_path / "none.jsonl")
    assert result.exit_code == 1 and "no such file" in one_line_error(result)


def test_extract_explain_lists_skipped_sentences(tmp_path):
    doc = tmp_path / "d.txt"
    doc.write_text("France will send 12 Caesar howitzers to Ukraine. Russia lost 40 tanks near Bakhmut, "
                   "and 300 soldiers were killed.\n")
    result = invoke("extract", doc, "--published", "2023-05-02", "--explain")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]  # stdout stays pure JSONL
    assert [r["system"] for r in records] == ["Caesar"]
    assert "AL201" in result.stderr
    as_json = invoke("extract", doc, "--published", "2023-05-02", "--explain", "--json")
    assert [json.loads(line)["system"] for line in as_json.stdout.splitlines()] == ["Caesar"]
    problems = [json.loads(line) for line in as_json.stderr.splitlines()]
    assert problems and all(p["code"] == "AL201" for p in problems)
    text = doc.read_text()
    assert all(text[p["start"]:p["end"]] == p["quote"] for p in problems)


def test_extract_and_ingest_jobs(tmp_path, fake_extractor):
    result = invoke("extract", SEEDS, "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 4
    assert invoke("extract", SEEDS, "--jobs", "-1").exit_code == 2
    db = tmp_path / "j.duckdb"
    result = invoke("ingest", SEEDS, "--db", db, "--jobs", "2", "--no-progress")
    assert result.exit_code == 0 and "4 pledge(s)" in result.stdout


def test_ingest_progress_bar_does_not_touch_stdout(tmp_path, fake_extractor):
    db = tmp_path / "p.duckdb"
    result = invoke("ingest", SEEDS, "--db", db, "--progress")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines() == [
        f"{db}: 1 document(s) (0 replaced), 4 pledge(s), 0 problem(s), 0 skipped line(s)"]


def _store_has(name: str) -> bool:
    from aidledger.store import Ledger

    return hasattr(Ledger, name)


@pytest.mark.skipif(not _store_has("import_kiel"), reason="the store has no tracker import yet")
def test_import_and_compare(seeded_db, tmp_path):
    kiel = tmp_path / "weapons.csv"
    kiel.write_text("donor,category,number_of_weapons,monetary_value_eur,weapons_list\n"
                    "France,Howitzers,30,,Caesar (30)\n", encoding="utf-8")
    oryx = tmp_path / "donated_vehicles.csv"
    oryx.write_text("id,vehicle_name,vehicle_type,supplier,supplier_abbr,recipient,recipient_abbr,count,"
                    "is_delivered,is_soviet,proof,year_first_produced\n"
                    "1,Caesar,Self-Propelled Artillery,France,FR,Ukraine,UA,18,True,False,,\n", encoding="utf-8")
    for tracker, path in (("kiel", kiel), ("oryx", oryx)):
        result = invoke("import", tracker, path, "--db", seeded_db)
        assert result.exit_code in (0, 1), result.output
        assert "Traceback" not in result.output
    table = invoke("compare", "--db", seeded_db)
    assert table.exit_code == 0, table.output
    # the seed: France delivered 18 Caesar and will send 12 more: 30 committed, Kiel's 30
    fra = next(line for line in table.stdout.splitlines() if "FRA" in line and "Caesar" in line)
    assert [c.strip() for c in fra.strip("│ ").split("│")] == ["FRA", "Caesar", "12", "18", "30", "30", "18", "18"]
    js = invoke("compare", "--db", seeded_db, "--format", "json", "--threshold", "1")
    out = json.loads(js.stdout)
    assert js.exit_code == 0 and set(out) == {"totals", "differences", "gaps", "reasons"}
    totals = {(r["donor"], r["family"]): r for r in out["totals"]}
    assert {k: totals[("FRA", "Caesar")][k] for k in ("ledger_pledged", "ledger_delivered", "ledger_committed",
                                                        "kiel_count", "oryx_count")} == {
        "ledger_pledged": 12, "ledger_delivered": 18, "ledger_committed": 30, "kiel_count": 30, "oryx_count": 18}
    assert totals[("DNK", "Caesar")]["ledger_committed"] == 19
    fra_diffs = {d["comparison"] for d in out["differences"] if d["donor"] == "FRA"}
    assert fra_diffs == {"kiel~oryx"}  # the ledger agrees with both: 30 committed = Kiel's 30, 18 = Oryx's 18
    as_csv = invoke("compare", "--db", seeded_db, "--format", "csv")
    assert as_csv.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    fra_csv = next(r for r in rows if r["section"] == "totals" and r["donor"] == "FRA")
    assert float(fra_csv["ledger_committed"]) == 30


def test_import_missing_file(tmp_path):
    result = invoke("import", "kiel", tmp_path / "none.csv", "--db", tmp_path / "x.duckdb")
    assert result.exit_code == 1 and "no such file" in one_line_error(result)
