"""The Python API: aidledger.* and aidledger.api functions."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import polars as pl
import pytest
from conftest import SEEDS, seed_document, seed_pledges

import aidledger
from aidledger import api
from aidledger.errors import InputError, StoreError


def test_top_level_exports_resolve():
    for name in aidledger.__all__:
        assert getattr(aidledger, name) is not None
    with pytest.raises(AttributeError):
        aidledger.nothing_here  # noqa: B018


def test_import_aidledger_is_light():
    code = ("import sys, aidledger; heavy = [m for m in ('duckdb', 'polars', 'matplotlib', 'pint') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_open_ledger_in_memory_and_views():
    doc = seed_document()
    with aidledger.open_ledger() as seeded:  # no path: in memory (the ``seeded`` fixture is a file copy)
        seeded.add(seed_pledges(doc), documents=[doc])
        assert isinstance(seeded, aidledger.Ledger)
        assert {"by_donor", "by_system", "pledges_fx"} <= set(seeded.views())
        frame = seeded.sql("SELECT donor, sum(quantity) AS q FROM pledges GROUP BY donor ORDER BY donor")
        assert isinstance(frame, pl.DataFrame)
        assert frame.rows() == [("DNK", 19.0), ("FRA", 30.0)]
        assert aidledger.validate_ledger(seeded.pledges()) == []


def test_ledger_ingest_and_query_file(seeded_db):
    frame = api.query("SELECT * FROM by_donor", db=seeded_db)
    assert frame["donor"].to_list() == ["FRA", "DNK"]
    with aidledger.open_ledger(seeded_db, read_only=True) as led:
        assert led.counts()["pledges"] == 4


def test_query_is_read_only_unless_write(seeded_db):
    with pytest.raises(InputError, match="SQL error"):
        api.query("DELETE FROM pledges", db=seeded_db)
    assert api.query("DELETE FROM pledges WHERE donor = 'DNK'", db=seeded_db, write=True)["Count"][0] == 1
    with pytest.raises(InputError, match="empty"):
        api.query("  ", db=seeded_db)


def test_query_missing_database(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        api.query("SELECT 1", db=tmp_path / "none.duckdb")
    assert not (tmp_path / "none.duckdb").exists()


def test_extract_paths_with_problems(tmp_path, fake_extractor):
    (tmp_path / "empty.txt").write_text("")
    result = api.extract_paths([SEEDS, tmp_path / "empty.txt"])
    assert len(result.documents) == 1 and len(result.pledges) == 4
    assert [p.code for p in result.errors] == ["AL101"]


def test_extract_missing_path():
    with pytest.raises(InputError, match="no such file"):
        api.extract_paths(["/no/such/file.txt"])


def test_parse_date_option():
    assert api.parse_date_option("2023-01-31") == dt.date(2023, 1, 31)
    assert api.parse_date_option(None) is None
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        api.parse_date_option("31/01/2023")


@pytest.mark.parametrize("by", ["donor", "system", "category"])
def test_plot_to_file(seeded_db, tmp_path, by):
    out = api.plot(db=seeded_db, by=by, out=tmp_path / f"{by}.png")
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_plot_bad_output(seeded_db, tmp_path):
    with pytest.raises(InputError, match="use one of"):
        api.plot(db=seeded_db, out=tmp_path / "x.gif")
    with pytest.raises(InputError, match="folder does not exist"):
        api.plot(db=seeded_db, out=tmp_path / "nope" / "x.png")
    with pytest.raises(InputError, match="cannot plot by"):
        api.plot(db=seeded_db, by="colour", out=tmp_path / "x.png")


def test_update_rates_checks_the_file_first(tmp_path):
    bad = tmp_path / "rates.csv"
    bad.write_text("not,rates\n")
    with pytest.raises(InputError):
        api.update_rates(bad, db=tmp_path / "db.duckdb")
    assert not (tmp_path / "db.duckdb").exists()


def test_demo_builds_database_and_chart(tmp_path, fake_extractor):
    report = api.demo(out=tmp_path / "demo")
    assert report.db.is_file() and report.chart.read_bytes()[:4] == b"\x89PNG"
    assert report.ingest.pledges == 4
    assert report.views["by_donor"]["donor"].to_list() == ["FRA", "DNK"]
    again = api.demo(out=tmp_path / "demo", force=True)  # rebuilt from scratch, not appended
    assert again.ingest.replaced == 0 and again.views["by_donor"]["n_events"].to_list() == [3, 1]


def test_seeds_dir():
    assert api.seeds_dir() == SEEDS
