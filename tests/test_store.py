"""The DuckDB store: migrations from sql/, ingest, replacement, views and their totals."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import duckdb
import polars as pl
import pytest
from conftest import SEED_ID, SEEDS, seed_document, seed_pledges

from aidledger.errors import InputError, StoreError
from aidledger.ledger import LEDGER_SCHEMA
from aidledger.model import Document, Pledge, Problem, Provenance
from aidledger.resources import sql_dir, sql_files
from aidledger.store import Ledger, queries

VIEWS = {"pledges_fx", "pledge_mentions", "pledge_events", "event_lifecycle", "donor_family_lifecycle",
         "by_donor", "by_system", "by_donor_system", "by_category", "by_month", "by_status",
         "conversion_checks", "fx_bounds"}
TABLES = {"documents", "pledges", "problems", "fx_rates", "fx_sources", "systems", "_aidledger_migrations"}


def test_every_sql_file_applies_to_an_empty_duckdb_in_order():
    files = sql_files()
    assert [f.name for f in files] == sorted(f.name for f in files)
    assert {"010_tables.sql", "020_fx.sql", "100_views.sql"} <= {f.name for f in files}
    con = duckdb.connect()
    for f in files:
        con.execute(f.read_text(encoding="utf-8")).fetchall()
    for f in files:  # idempotent: applying again changes nothing and does not fail
        con.execute(f.read_text(encoding="utf-8")).fetchall()
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert VIEWS | (TABLES - {"_aidledger_migrations"}) <= names


def test_views_need_no_package_functions():
    """The views are plain SQL over the tables: any DuckDB client can read them."""
    con = duckdb.connect()
    for f in sql_files():
        con.execute(f.read_text(encoding="utf-8")).fetchall()
    for view in VIEWS:
        con.execute(f"SELECT * FROM {view}").fetchall()


def test_named_queries_load_with_docstrings_and_unique_names():
    """Every block of sql/queries/*.sql is a query aiosql loads, with a docstring; a name is never
    given twice (aiosql would keep only the last one of two files)."""
    found = queries()
    expected = {"load_ecb_rates", "insert_incoming", "delete_incoming_documents", "record_migration"}
    assert expected <= set(found.available_queries)
    headers = [line.split(":", 1)[1].strip().rstrip("!#$^")
               for path in sorted((sql_dir() / "queries").glob("*.sql"))
               for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("-- name:")]
    assert len(headers) == len(set(headers)) and set(headers) <= set(found.available_queries)
    for name in headers:
        query = getattr(found, name)
        assert query.__doc__, f"{name} has no docstring"
        assert query.sql.strip()


def test_python_holds_no_sql():
    """Every SQL statement is in sql/: no module of the store or the API holds one in a string (a
    raw string is a regular expression, not a statement)."""
    statement = re.compile(r"(?<!r)[\"']\s*(SELECT|INSERT|CREATE|UPDATE|DELETE|SET|BEGIN|COMMIT|ROLLBACK)\b")
    package = Path(__file__).resolve().parent.parent / "aidledger"
    for path in [package / "api.py", *sorted((package / "store").glob("*.py"))]:
        text = path.read_text(encoding="utf-8")
        assert not statement.search(text), f"{path.name}: {statement.search(text).group()!r}"


def test_open_creates_tables_views_and_records_migrations(ledger):
    assert TABLES <= set(ledger.tables())
    assert VIEWS <= set(ledger.views())
    applied = ledger.sql("SELECT name FROM _aidledger_migrations ORDER BY name")["name"].to_list()
    assert applied == [f.name for f in sql_files()]
    assert ledger.migrate() == []  # nothing left to apply
    assert ledger.counts()["fx_rates"] > 200_000


def test_reopen_keeps_data_and_applies_nothing(tmp_path):
    db = tmp_path / "x.duckdb"
    doc = seed_document()
    with Ledger.open(db) as led:
        led.add(seed_pledges(doc), documents=[doc])
    with Ledger.open(db) as led:
        assert led.migrate() == []
        assert led.counts()["pledges"] == 4
    with Ledger.open(db, read_only=True) as led:
        assert led.counts()["pledges"] == 4
        with pytest.raises(StoreError, match="read-only"):
            led.add(seed_pledges(doc), documents=[doc])


def test_pledges_round_trip_with_the_ledger_schema(seeded):
    frame = seeded.pledges()
    assert frame.schema == LEDGER_SCHEMA
    assert frame.height == 4
    money = frame.filter(pl.col("category") == "money").row(0, named=True)
    assert money["amount"] == Decimal("200000000.00")
    assert money["stated_amount"] == Decimal("217000000.00")
    assert money["published"] == dt.date(2023, 1, 31)
    doc = seed_document()
    for row in frame.iter_rows(named=True):
        assert doc.text[row["span_start"]:row["span_end"]] == row["quote"]


def _snapshot(led: Ledger) -> dict[str, list]:
    return {
        "documents": led.sql("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id").rows(),
        "pledges": led.sql("SELECT * FROM pledges ORDER BY pledge_id").rows(),
        "problems": led.sql("SELECT * FROM problems ORDER BY ALL").rows(),
    }


def test_add_twice_gives_identical_tables(ledger):
    doc = seed_document()
    problems = [Problem("AL105", "no date", doc_id=doc.id), Problem("AL103", "bad line x:3")]
    ledger.add(seed_pledges(doc), documents=[doc], problems=problems)
    first = _snapshot(ledger)
    ledger.add(seed_pledges(doc), documents=[doc], problems=problems)
    assert _snapshot(ledger) == first
    assert len(first["pledges"]) == 4 and len(first["problems"]) == 2


def test_ingest_twice_gives_identical_tables(tmp_path, fake_extractor):
    with Ledger.open(tmp_path / "l.duckdb") as led:
        report = led.ingest([SEEDS])
        assert (report.documents, report.pledges, report.replaced) == (1, 4, 0)
        first = _snapshot(led)
        stamp = led.sql("SELECT ingested_at FROM documents").rows()
        again = led.ingest([SEEDS])
        assert (again.documents, again.pledges, again.replaced, again.unchanged) == (0, 0, 0, 1)
        assert _snapshot(led) == first
        assert led.sql("SELECT ingested_at FROM documents").rows() == stamp  # a no-op touches nothing
        forced = led.ingest([SEEDS], force=True)
        assert (forced.documents, forced.pledges, forced.replaced) == (1, 4, 1)
        assert _snapshot(led) == first


def test_reingest_replaces_the_rows_of_a_changed_document(ledger):
    doc = seed_document()
    ledger.add(seed_pledges(doc), documents=[doc])
    shorter = Document(id=doc.id, text=doc.text, published=doc.published)
    ledger.add(seed_pledges(doc)[:1], documents=[shorter])
    assert ledger.counts()["pledges"] == 1
    assert ledger.counts()["documents"] == 1


def test_ingest_missing_path_writes_nothing(tmp_path, fake_extractor):
    with Ledger.open(tmp_path / "l.duckdb") as led:
        with pytest.raises(InputError, match="no such file"):
            led.ingest([SEEDS, tmp_path / "missing.txt"])
        assert led.counts()["documents"] == 0


def test_ingest_is_one_transaction(tmp_path, monkeypatch):
    """A failure half way through (batches already staged and committed) leaves the database as
    it was, and no staging rows behind."""
    from aidledger import store

    (tmp_path / "a.txt").write_text("France will send 3 tanks.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Poland will send 4 tanks.", encoding="utf-8")
    calls = []

    def extract(doc):
        calls.append(doc.id)
        return [], []

    monkeypatch.setattr(store.ingest, "extract_safely", extract)
    real_stage = Ledger._stage

    def failing_stage(self, run_id, documents, *args, **kwargs):
        if any(d.id == "b" for d in documents):
            raise RuntimeError("disk full")
        return real_stage(self, run_id, documents, *args, **kwargs)

    monkeypatch.setattr(Ledger, "_stage", failing_stage)
    with Ledger.open(tmp_path / "l.duckdb") as led:
        with pytest.raises(RuntimeError):
            led.ingest([tmp_path / "a.txt", tmp_path / "b.txt"], batch_size=1)
        assert led.counts()["documents"] == 0
        assert led.sql("SELECT count(*) AS n FROM staging_documents")["n"].item() == 0
    assert calls == ["a", "b"]


def test_ingest_counts_problems_and_skipped_lines(tmp_path, fake_extractor, ledger):
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text('{"id": "a", "text": "Nothing here.", "published": "2023-02-01"}\n'
                     "not json\n"
                     '{"id": "b", "text": ""}\n'
                     '{"id": "a", "text": "Same id again.", "published": "2023-02-01"}\n', encoding="utf-8")
    with ledger as led:  # a copy of the session's empty ledger file
        report = led.ingest([jsonl])
        codes = sorted(p.code for p in report.problems)
        assert codes == ["AL103", "AL104", "AL108"]
        assert report.skipped_lines == 2
        assert report.documents == 1
        assert {p.code for p in report.errors} == {"AL103", "AL104"}
        stored = led.problems()["code"].sort().to_list()
        assert stored == codes


def test_extractor_crash_becomes_problem_al205(tmp_path, monkeypatch):
    import aidledger.pledges as pledges
    from aidledger import store

    def boom(doc):
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(pledges, "extract_document", boom, raising=False)
    found, problems = store.extract_safely(seed_document())
    assert found == [] and [p.code for p in problems] == ["AL205"]


def test_view_totals_on_the_seed_records(seeded):
    by = {(r["donor"], r["system"]): r for r in seeded.view("by_donor_system").iter_rows(named=True)}
    fra = by[("FRA", "Caesar")]
    assert (fra["pledged"], fra["delivered"], fra["n_events"]) == (12, 18, 2)
    assert by[("DNK", "Caesar")]["pledged"] == 19
    money = by[("FRA", "money")]
    assert money["committed_eur"] == pytest.approx(200_000_000)
    assert money["committed_usd"] == pytest.approx(216_660_000, rel=1e-12)  # ECB 2023-01-31: 1.0833
    donors = {r["donor"]: r for r in seeded.view("by_donor").iter_rows(named=True)}
    # committed per family: the 12 pledged are "12 more", on top of the 18 delivered before (30)
    assert (donors["FRA"]["artillery"], donors["FRA"]["tank"]) == (30, 0)
    assert donors["DNK"]["artillery"] == 19 and donors["DNK"]["committed_eur"] == 0
    assert donors["FRA"]["committed_usd"] == pytest.approx(216_660_000)
    assert donors["FRA"]["delivered_usd"] == 0 and donors["FRA"]["n_unconverted"] == 0
    systems = {r["system"]: r for r in seeded.view("by_system").iter_rows(named=True)}
    assert systems["Caesar"]["pledged"] == 31 and systems["Caesar"]["n_donors"] == 2
    assert systems["Caesar"]["committed"] == 49  # DNK 19 + FRA 18 delivered and 12 more
    assert systems["Caesar"]["donors"] == ["DNK", "FRA"]
    cats = {r["category"]: r for r in seeded.view("by_category").iter_rows(named=True)}
    assert cats["artillery"]["delivered"] == 18
    statuses = {r["status"]: r for r in seeded.view("by_status").iter_rows(named=True)}
    assert statuses["pledged"]["n_events"] == 2 and statuses["pledged"]["amount_usd"] == 0
    assert statuses["funded"]["amount_usd"] == pytest.approx(216_660_000)
    months = seeded.view("by_month").rows(named=True)
    assert [m["month"] for m in months] == [dt.date(2023, 1, 1)]
    assert months[0]["n_events"] == 4 and months[0]["pledged_usd"] == pytest.approx(216_660_000)


def test_pledges_fx_columns_on_the_seed(seeded):
    rows = {r["status"] + r["system"]: r for r in seeded.view("pledges_fx").iter_rows(named=True)}
    money = rows["fundedmoney"]
    assert money["fx_basis"] == "announcement"
    assert money["fx_date"] == money["fx_rate_date"] == dt.date(2023, 1, 31)
    assert money["usd_per_eur"] == 1.0833 and money["per_eur"] == 1.0
    assert money["fx_note"] is None
    assert rows["pledgedCaesar"]["fx_basis"] == "none" and rows["pledgedCaesar"]["amount_eur"] is None


def test_conversion_check_of_the_seed(seeded):
    (check,) = seeded.view("conversion_checks").rows(named=True)
    assert check["computed_amount"] == pytest.approx(216_660_000)
    assert check["stated_amount"] == Decimal("217000000.00")
    assert check["relative_difference"] == pytest.approx(217 / 216.66 - 1)
    assert check["flagged"] is False


def _money(doc: Document, amount: str, currency: str, *, date=None, stated=None) -> Pledge:
    return Pledge("FRA", "UKR", "money", "money", "funded", Provenance.of(doc.id, doc.text, 0, 4),
                  amount=Decimal(amount), currency=currency, date=date,
                  stated_amount=None if stated is None else Decimal(stated[0]),
                  stated_currency=None if stated is None else stated[1])


def test_fx_basis_publication_and_out_of_range(ledger):
    docs = [Document("pub", "text one", published=dt.date(2023, 1, 28)),  # a Saturday
            Document("old", "text two", published=dt.date(1990, 1, 1)),
            Document("nodate", "text three"),
            Document("rub", "text four", published=dt.date(2023, 6, 1)),
            Document("xxx", "text five", published=dt.date(2023, 6, 1))]
    pledges = [_money(docs[0], "1000000", "GBP"), _money(docs[1], "1000000", "USD"),
               _money(docs[2], "1000000", "USD"), _money(docs[3], "1000000", "RUB"),
               _money(docs[4], "1000000", "XXX")]
    ledger.add(pledges, documents=docs)
    rows = {r["doc_id"]: r for r in ledger.view("pledges_fx").iter_rows(named=True)}
    pub = rows["pub"]
    assert pub["fx_basis"] == "publication"
    assert pub["fx_date"] == dt.date(2023, 1, 28) and pub["fx_rate_date"] == dt.date(2023, 1, 27)
    assert pub["amount_eur"] is not None and pub["fx_note"] is None
    assert rows["old"]["amount_eur"] is None and "outside" in rows["old"]["fx_note"]
    # undated: an amount already in USD needs no rate; it is not converted to EUR
    assert rows["nodate"]["fx_basis"] == "none" and rows["nodate"]["amount_usd"] == 1_000_000
    assert rows["nodate"]["amount_eur"] is None and "no date" in rows["nodate"]["fx_note"]
    assert rows["rub"]["amount_eur"] is None and "RUB" in rows["rub"]["fx_note"]  # ECB stopped RUB in 2022
    assert rows["xxx"]["amount_eur"] is None and rows["xxx"]["fx_note"] == "no ECB rates for XXX"


def test_conversion_check_flags_more_than_five_percent(ledger):
    doc = Document("d", "some text", published=dt.date(2023, 1, 31))
    ledger.add([_money(doc, "200000000", "EUR", stated=("250000000", "USD"))], documents=[doc])
    (check,) = ledger.view("conversion_checks").rows(named=True)
    assert check["flagged"] is True
    assert check["relative_difference"] == pytest.approx(250 / 216.66 - 1)


def test_read_only_missing_database(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Ledger.open(tmp_path / "missing.duckdb", read_only=True)


def test_not_an_aidledger_database(tmp_path):
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (a INT)").fetchall()
    con.close()
    with pytest.raises(StoreError, match="AL401"):
        Ledger.open(other)
    with pytest.raises(StoreError, match="AL401"):
        Ledger.open(other, read_only=True)


def test_not_a_duckdb_file(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_text("hello, this is not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Ledger.open(junk)


def test_view_by_unknown_name_and_sql_errors(seeded):
    with pytest.raises(InputError, match="no view"):
        seeded.view("nope; DROP TABLE pledges")
    with pytest.raises(InputError, match="SQL error"):
        seeded.sql("SELEC 1")
    assert seeded.sql("SELECT count(*) AS n FROM pledges WHERE donor = $d", {"d": "FRA"})["n"][0] == 3


def test_systems_table_loads_or_stays_empty(ledger):
    from aidledger.store import systems_frame

    frame = systems_frame()
    n = ledger.sql("SELECT count(*) AS n FROM systems")["n"][0]
    assert n == (0 if frame is None else frame.height)


def test_seed_document_row(seeded):
    (row,) = seeded.documents().rows(named=True)
    assert row["doc_id"] == SEED_ID and row["published"] == dt.date(2023, 1, 31)
    assert row["n_chars"] == len(seed_document().text) and len(row["content_hash"]) == 64


def test_every_table_and_view_is_documented(ledger):
    """Relations of the core files are documented column by column in docs/sql.md; every other
    relation is at least named in some docs/*.md page."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    docs = (root / "docs" / "sql.md").read_text(encoding="utf-8")
    every_doc = "\n".join(p.read_text(encoding="utf-8") for p in (root / "docs").glob("*.md"))
    core = set()
    for f in sql_files():
        if f.name in ("010_tables.sql", "020_fx.sql", "050_events.sql", "100_views.sql"):
            core |= set(re.findall(r"CREATE (?:OR REPLACE )?(?:TABLE|VIEW)(?: IF NOT EXISTS)? (\w+)",
                                   f.read_text(encoding="utf-8")))
    assert {"pledges", "pledges_fx", "by_donor"} <= core
    for name in set(ledger.tables()) | set(ledger.views()):
        assert f"`{name}`" in every_doc, name
        if name not in core or name == "pledges_fx":
            continue  # pledges_fx: "every column of pledges, then ..."
        assert f"`{name}`" in docs, name
        for column in ledger.sql(f'SELECT * FROM "{name}" LIMIT 0').columns:
            assert f"`{column}`" in docs, f"{name}.{column}"
