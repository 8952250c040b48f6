"""A database file written by an older aidledger: before ``pledges.is_additional`` and
``documents.text`` (commit 84f97b1; its ``sql/010_tables.sql`` is kept verbatim in
``tests/data/old_schema/``). Opened read-only, its views and totals are the old version's (a
"12 more" counted as a plain pledge, unknown money as 0): every read command refuses it with one
line naming ``aidledger migrate`` (AL402), never a traceback or the old totals. ``aidledger
migrate`` (or any open for writing) upgrades it in place, marking the old rows' pledges of more
from their own words, after which the seed reads as 30 Caesar committed for France."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
import pytest
from conftest import seed_document, seed_pledges
from typer.testing import CliRunner

from aidledger import api
from aidledger import ledger as ledger_mod
from aidledger.cli import app
from aidledger.errors import StoreError

OLD_TABLES = Path(__file__).parent / "data" / "old_schema" / "010_tables.sql"
# A totals view as the old version computed it: pledged and delivered side by side, no netting,
# unknown money as 0.
OLD_VIEW = """
CREATE OR REPLACE VIEW by_donor_system AS
SELECT donor, system, category, quantity_unit,
    coalesce(sum(quantity) FILTER (WHERE status = 'pledged'), 0) AS pledged,
    coalesce(sum(quantity) FILTER (WHERE status = 'delivered'), 0) AS delivered,
    coalesce(sum(amount), 0) AS amount_eur
FROM pledges GROUP BY ALL ORDER BY ALL;
"""
READ_COMMANDS = [
    ["sql", "SELECT * FROM by_donor_system"],
    ["describe"],
    ["describe", "by_donor"],
    ["sources", "--donor", "FRA"],
    ["plot", "donor", "-o", "{tmp}/chart.png"],
    ["export", "by_donor_system", "-o", "{tmp}/out.csv"],
    ["compare"],
    ["compare", "--values"],
    ["value"],
    ["value", "--constant-eur", "2022"],
]


def _old_database(path: Path) -> Path:
    """The seed article and its four records in a database of the old schema."""
    con = duckdb.connect(str(path))
    try:
        old_sql = OLD_TABLES.read_text(encoding="utf-8")
        con.execute(old_sql)
        con.execute(OLD_VIEW)
        con.execute("CREATE TABLE _aidledger_migrations (name VARCHAR PRIMARY KEY, sha256 VARCHAR NOT NULL, "
                    "applied_at TIMESTAMP NOT NULL)")
        con.execute("INSERT INTO _aidledger_migrations VALUES (?, ?, TIMESTAMP '2026-11-20 10:00:00')",
                    ["010_tables.sql", hashlib.sha256(old_sql.encode()).hexdigest()])
        doc = seed_document()
        docs = ledger_mod.documents_frame([doc]).drop("text")  # noqa: F841 (read by DuckDB)
        rows = ledger_mod.to_frame(seed_pledges(doc), published={doc.id: doc.published}).drop(  # noqa: F841
            "is_additional")
        con.execute("INSERT INTO documents BY NAME SELECT * FROM docs")
        con.execute("INSERT INTO pledges BY NAME SELECT * FROM rows")
        columns = {r[0] for r in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = 'pledges'")
                   .fetchall()}
        assert "is_additional" not in columns and "quote" in columns
    finally:
        con.close()
    return path


def _invoke(args: list[str], db: Path, tmp: Path):
    return CliRunner().invoke(app, [a.format(tmp=tmp) for a in args] + ["--db", str(db)])


@pytest.fixture
def old_db(tmp_path) -> Path:
    return _old_database(tmp_path / "old.duckdb")


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_every_read_command_refuses_an_old_database_in_one_line(old_db, tmp_path, args):
    before = old_db.read_bytes()
    result = _invoke(args, old_db, tmp_path)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""  # no old totals printed
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"aidledger: error: {old_db}: AL402 written by another version of aidledger")
    assert f"aidledger migrate --db {old_db}" in line and "Traceback" not in result.output
    assert not (tmp_path / "chart.png").exists() and not (tmp_path / "out.csv").exists()
    assert old_db.read_bytes() == before  # a read never writes


def test_the_python_api_refuses_it_too(old_db):
    for read in (lambda: api.frame(old_db, "by_donor_system"), lambda: api.query("SELECT 1", db=old_db),
                 lambda: api.compare(db=old_db), lambda: api.figure(old_db, "donor")):
        with pytest.raises(StoreError, match="AL402"):
            read()


def test_migrate_upgrades_it_and_marks_the_old_pledges_of_more_from_their_words(old_db, tmp_path):
    result = _invoke(["migrate"], old_db, tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{old_db}: upgraded (")
    assert "pledges.is_additional from their words" in result.stdout
    marks = api.query("SELECT status, is_additional FROM pledges WHERE system = 'Caesar' ORDER BY donor, status",
                      db=old_db).rows()
    assert marks == [("pledged", False), ("delivered", False), ("pledged", True)]  # DNK; FRA: 18 + "12 more"
    ds = api.query("SELECT donor, pledged, delivered, committed FROM by_donor_system WHERE system = 'Caesar' "
                   "ORDER BY donor", db=old_db).rows()
    assert ds == [("DNK", 19, 0, 19), ("FRA", 12, 18, 30)]
    assert api.query("SELECT artillery FROM by_donor WHERE donor = 'FRA'", db=old_db).item() == 30
    # every read command now answers
    for args in READ_COMMANDS:
        if args[:2] == ["compare", "--values"]:
            continue  # needs Kiel rows (a one-line error of its own)
        result = _invoke(args, old_db, tmp_path)
        assert result.exit_code == 0, (args, result.output)
    sql = _invoke(["sql", "SELECT donor, system, committed FROM by_donor_system", "--format", "json"], old_db,
                  tmp_path)
    assert {(r["donor"], r["system"]): r["committed"] for r in json.loads(sql.stdout)}[("FRA", "Caesar")] == 30
    # and again: nothing to do
    again = _invoke(["migrate"], old_db, tmp_path)
    assert again.exit_code == 0 and again.stdout.strip() == f"{old_db}: already up to date"


def test_migrate_of_a_missing_file_or_a_folder_is_one_line(tmp_path):
    for target, said in ((tmp_path / "none.duckdb", "no such database"), (tmp_path, "is a folder")):
        result = _invoke(["migrate"], target, tmp_path)
        assert result.exit_code == 1 and said in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "none.duckdb").exists()


def test_a_write_marks_rows_written_by_sql_of_ones_own(seeded_db):
    """A row inserted by SQL without is_additional is marked from its words when the store next
    opens the database for writing (here: the refresh of `sql --write`)."""
    api.query("INSERT INTO pledges BY NAME SELECT * REPLACE (pledge_id || '.copy' AS pledge_id, "
              "NULL::BOOLEAN AS is_additional) FROM pledges WHERE donor = 'FRA' AND status = 'pledged'",
              db=seeded_db, write=True)
    assert api.query("SELECT count(*) FROM pledges WHERE is_additional IS NULL", db=seeded_db).item() == 0
    assert api.query("SELECT is_additional FROM pledges WHERE pledge_id LIKE '%.copy'", db=seeded_db).item()


def test_an_up_to_date_database_opens_read_only(seeded_db):
    assert api.migrate(seeded_db) == []
    assert api.query("SELECT committed FROM by_donor_system WHERE donor = 'FRA' AND system = 'Caesar'",
                     db=seeded_db).item() == 30
