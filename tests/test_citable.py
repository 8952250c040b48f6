"""Issue 13 (totals a researcher can cite) and issue 14 items 2-3 (a read-only sql that is
read-only; sql --write refreshes; an ingest restores a dropped view). Built from sentences of our own."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from conftest import copy_db
from typer.testing import CliRunner

from aidledger import api
from aidledger.cli import app
from aidledger.errors import AidledgerError

LINES = [
    ("jan", "2023-01-14", "Britain will send 14 Challenger 2 tanks to Ukraine, the prime minister said."),
    ("feb", "2023-02-20", "Britain has pledged 14 Challenger 2 tanks to Ukraine, officials recalled on Monday."),
    ("apr", "2023-04-25", "Britain will send 14 Challenger 2 tanks to Ukraine, the defence ministry repeated."),
    ("may", "2023-05-12", "Britain has delivered 14 Challenger 2 tanks to Ukraine, the army said."),
    ("eu", None, "The European Union will provide €5 billion in military aid to Ukraine, the council said."),
    ("us", None, "The United States will provide $300 million in military aid to Ukraine."),
]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory, empty_db_template):
    folder = tmp_path_factory.mktemp("citable")
    corpus = folder / "docs.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "published": p, "text": t}) + "\n" for i, p, t in LINES),
                      encoding="utf-8")
    db = copy_db(empty_db_template, folder / "l.duckdb")  # a new ledger file, not created again
    api.ingest([corpus], db=db)
    return db


def test_one_pledge_reported_three_times_over_four_months_then_delivered_is_one_committed_figure(corpus_db):
    events = api.frame(corpus_db, "pledge_events", donor="GBR")
    assert sorted(zip(events["status"], events["n_mentions"], strict=True)) == [("delivered", 1), ("pledged", 3)]
    (row,) = api.frame(corpus_db, "by_donor_system", donor="GBR").rows(named=True)
    assert (row["pledged"], row["delivered"], row["committed"]) == (14, 14, 14)
    (donor,) = api.frame(corpus_db, "by_donor", donor="GBR").rows(named=True)
    assert donor["tank"] == 14 and sorted(donor["event_ids"]) == sorted(events["event_id"])


def test_a_new_pledge_marked_in_words_is_counted_again(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "published": p, "text": t}) + "\n" for i, p, t in [
        ("a", "2023-01-14", "Britain will send 14 Challenger 2 tanks to Ukraine, the prime minister said."),
        ("b", "2023-03-20", "Britain will send another 14 Challenger 2 tanks to Ukraine, the minister said.")]),
        encoding="utf-8")
    api.ingest([corpus], db=tmp_path / "l.duckdb")
    assert api.frame(tmp_path / "l.duckdb", "by_donor")["tank"].to_list() == [28]


def test_unknown_money_is_null_never_zero_and_totals_say_what_they_leave_out(corpus_db):
    donors = {r["donor"]: r for r in api.frame(corpus_db, "by_donor").rows(named=True)}
    eu, us = donors["EU"], donors["USA"]
    # undated: an amount already in the target currency needs no rate; the other stays unknown
    assert eu["committed_eur"] == 5e9 and eu["committed_usd"] is None
    assert us["committed_usd"] == 3e8 and us["committed_eur"] is None
    assert eu["n_unconverted"] == 1 and eu["unconverted"] == [{"currency": "EUR", "amount": 5_000_000_000}]
    for view in ("by_donor", "by_donor_system", "by_system", "by_category", "money_by_donor"):
        frame = api.frame(corpus_db, view)
        eur = "committed_eur" if "committed_eur" in frame.columns else "amount_eur"
        usd = eur.replace("eur", "usd")
        for r in frame.rows(named=True):  # never a money amount in one currency and 0 in the other
            assert not ((r[eur] or 0) > 0 and r[usd] == 0) and not ((r[usd] or 0) > 0 and r[eur] == 0), (view, r)


def test_delivered_money_all_unconverted_is_null_in_every_totals_view(tmp_path):
    """Money delivered in an undated document has no USD rate: every totals view shows its
    delivered USD as NULL (unknown), never 0, and counts it in n_unconverted."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in [
        {"id": "nl", "text": "The Netherlands has delivered €200 million in military aid to Ukraine, officials said."},
        {"id": "nl2", "published": "2023-03-01",
         "text": "The Netherlands will send 4 Patriot launchers to Ukraine, the ministry said."}]), encoding="utf-8")
    db = tmp_path / "l.duckdb"
    api.ingest([corpus], db=db)
    columns = {"by_donor": ("delivered_eur", "delivered_usd"), "money_by_donor": ("delivered_eur", "delivered_usd"),
               "by_donor_system": ("delivered_eur", "delivered_usd"), "by_system": ("delivered_eur", "delivered_usd"),
               "by_category": ("delivered_eur", "delivered_usd"), "by_month": ("delivered_eur", "delivered_usd"),
               "by_status": ("amount_eur", "amount_usd")}
    for view, (eur, usd) in columns.items():
        rows = [r for r in api.frame(db, view).rows(named=True) if (r[eur] or 0) > 0]
        assert len(rows) == 1, view
        (row,) = rows
        assert row[eur] == 2e8 and row[usd] is None and row["n_unconverted"] == 1, (view, row)
        assert row["unconverted"] == [{"currency": "EUR", "amount": 200_000_000}], view


def test_as_of_is_the_latest_publication_date(corpus_db):
    with api.open_ledger(corpus_db, read_only=True) as ledger:
        assert ledger.as_of() == dt.date(2023, 5, 12)


def test_sources_answers_where_a_number_comes_from(corpus_db):
    frame = api.sources(corpus_db, donor="GBR", system="Challenger 2", status="pledged")
    assert frame["doc_id"].to_list() == ["jan", "feb", "apr"] and frame["event_id"].n_unique() == 1
    assert frame["paragraph"][0] == LINES[0][2]
    result = CliRunner().invoke(app, ["sources", "--donor", "GBR", "--system", "Challenger 2", "--db", str(corpus_db)])
    assert result.exit_code == 0 and result.stdout.count("event ") == 2
    assert "defence ministry repeated" in result.stdout and "2023-04-25" in result.stdout


def test_documents_texts_are_stored_unless_left_out(tmp_path, corpus_db):
    with api.open_ledger(corpus_db, read_only=True) as ledger:
        assert ledger.sql("SELECT text FROM documents WHERE doc_id = 'jan'").item() == LINES[0][2]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x", "text": LINES[0][2]}) + "\n", encoding="utf-8")
    with api.open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([corpus], keep_text=False)
        assert ledger.sql("SELECT text FROM documents").item() is None


def _state(folder, db):
    return (sorted(p.name for p in folder.rglob("*")),
            hashlib.sha256(db.read_bytes()).hexdigest())


WRITING = [
    "COPY (SELECT * FROM pledges) TO '{d}/out.csv'",
    "EXPORT DATABASE '{d}/exported'",
    "ATTACH '{d}/other.duckdb' AS o (READ_WRITE); INSERT INTO o.t VALUES (1)",
    "ATTACH '{d}/new.duckdb' AS n; CREATE TABLE n.t AS SELECT 1",
    "SET threads = 1",
    "PRAGMA enable_profiling",
    "CHECKPOINT",
    "VACUUM",
    "SELECT 1; COPY (SELECT 1) TO '{d}/second.csv'",
    "INSTALL httpfs",
    "LOAD httpfs",
    "DELETE FROM pledges",
    "CREATE TABLE t (x INTEGER)",
]


def test_read_only_sql_writes_nothing(tmp_path, demo_db_template):
    import duckdb

    db = copy_db(demo_db_template, tmp_path / "l.duckdb")  # the seed, ingested once per session
    con = duckdb.connect(str(tmp_path / "other.duckdb"))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    before = _state(tmp_path, db)
    other = hashlib.sha256((tmp_path / "other.duckdb").read_bytes()).hexdigest()
    for statement in WRITING:
        try:
            api.query(statement.format(d=tmp_path), db=db)
        except AidledgerError:
            pass
        assert _state(tmp_path, db) == before, statement
    assert hashlib.sha256((tmp_path / "other.duckdb").read_bytes()).hexdigest() == other
    assert api.query("-- a comment\nSELECT count(*) AS n FROM pledges", db=db).item() == 4


def test_sql_write_refreshes_and_ingest_restores_a_dropped_view(tmp_path, demo_db_template):
    db = copy_db(demo_db_template, tmp_path / "l.duckdb")  # the seed, ingested once per session
    api.query("DELETE FROM pledges WHERE donor = 'FRA'", db=db, write=True)
    assert api.frame(db, "by_donor")["donor"].to_list() == ["DNK"]
    api.query("DROP VIEW by_donor", db=db, write=True)
    assert "by_donor" in api.describe(db)["name"].to_list()  # refreshed right after the write
    with api.open_ledger(db) as ledger:
        ledger.con.execute("DROP VIEW by_system")
    api.ingest([api.seeds_dir()], db=db)
    assert "by_system" in api.describe(db)["name"].to_list()


def test_cli_sql_reads_a_leading_comment_a_file_and_stdin(tmp_path, demo_db_template):
    db = copy_db(demo_db_template, tmp_path / "l.duckdb")  # the seed, ingested once per session
    runner = CliRunner()
    comment = runner.invoke(app, ["sql", "-- a comment\nSELECT 1 AS one", "--db", str(db), "--format", "csv"])
    assert comment.exit_code == 0 and comment.stdout.splitlines() == ["one", "1"]
    query = tmp_path / "q.sql"
    query.write_text("-- money\nSELECT CAST(300000000 AS DOUBLE) - 0.00000006 AS x\n", encoding="utf-8")
    from_file = runner.invoke(app, ["sql", "-f", str(query), "--db", str(db), "--format", "csv"])
    assert from_file.exit_code == 0 and from_file.stdout.splitlines() == ["x", "300000000.0"]
    stdin = runner.invoke(app, ["sql", "--db", str(db), "--format", "csv"], input="SELECT 2 AS two")
    assert stdin.exit_code == 0 and stdin.stdout.splitlines() == ["two", "2"]


def test_a_locked_database_gives_one_line(tmp_path, demo_db_template):
    import subprocess
    import sys

    db = copy_db(demo_db_template, tmp_path / "l.duckdb")  # the seed, ingested once per session
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
                               "print('ready', flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(AidledgerError, match="in use by another process") as err:
            api.query("SELECT 1", db=db)
        assert "\n" not in str(err.value)
    finally:
        holder.kill()
        holder.wait()


def _note_text(fig):
    return " ".join(fig._supxlabel.get_text().split()) if fig._supxlabel is not None else ""


def test_charts_say_what_they_leave_out_and_name_the_years(corpus_db):
    money = api.figure(corpus_db, "money", currency="USD")
    assert "€5.0bn not converted to USD (1 event(s))" in _note_text(money)
    assert "As of 2023-05-12" in _note_text(money)
    timeline = api.figure(corpus_db, "timeline", currency="USD")
    assert "2 undated event(s) not shown" in _note_text(timeline)
    ax = timeline.axes[-1]
    timeline.canvas.draw()
    assert all("2023" in t.get_text() for t in ax.get_xticklabels() if t.get_text())


def test_the_donor_chart_never_adds_deliveries_to_pledges(corpus_db):
    from aidledger import plot

    frame = api.frame(corpus_db, "counted_pledges")
    table = plot.totals(plot._heavy(frame), by="donor", measure="units")
    (gbr,) = table.filter(table["key"] == "GBR").rows(named=True)
    assert (gbr["delivered"], gbr["pledged"], gbr["total"]) == (14, 0, 14)


def test_main_schema_lists_only_commented_user_relations(corpus_db):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    check = subprocess.run([sys.executable, str(root / "scripts" / "gen_comments_sql.py"), "--check"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    described = api.describe(corpus_db)
    names = set(described["name"])
    assert not {n for n in names if n.startswith(("compute_", "refresh_", "staging_", "totals_by_"))}
    assert {"by_donor", "pledges", "event_sources"} <= names and "events" not in names
    assert described["comment"].null_count() == 0
    for name in names:
        columns = api.describe(corpus_db, name)
        assert columns.height and columns["comment"].null_count() == 0, name
    assert "committed" in api.describe(corpus_db, "by_donor").filter(
        api.describe(corpus_db, "by_donor")["column"] == "committed_eur")["comment"].item()
    result = CliRunner().invoke(app, ["describe", "by_donor", "--db", str(corpus_db), "--format", "csv"])
    assert result.exit_code == 0 and "n_unconverted" in result.stdout


def test_the_file_is_in_duckdb_1_1_storage(corpus_db):
    header = corpus_db.read_bytes()[:16]
    assert header[8:12] == b"DUCK" and int.from_bytes(header[12:16], "little") == 64  # v1.1.0 storage
