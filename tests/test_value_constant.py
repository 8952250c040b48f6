"""Constant euros (issue 15): the HICP series as data (aidledger/data/hicp.csv, sql/405_hicp.sql),
its chained index, and money plus value per donor in euros of a chosen year (API, SQL, CLI)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aidledger import api
from aidledger.cli import app
from aidledger.errors import AidledgerError, InputError
from aidledger.model import Document, Pledge, Provenance
from aidledger.value.deflator import factor, index, read_hicp, years

ROOT = Path(__file__).resolve().parent.parent
HEADER = "year,annual_rate,source_title,source_publisher,source_year,source_url\n"
SOURCE = "Our own test series,Nobody,2024,https://example.org/hicp"


def test_the_sql_file_is_generated_from_the_csv():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_hicp_sql.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_every_year_has_a_source_and_the_years_follow_each_other():
    rows = read_hicp()
    assert [r.year for r in rows] == list(range(rows[0].year, rows[-1].year + 1))
    assert all(r.source_url.startswith("https://") and r.source_publisher and r.source_title for r in rows)


def test_the_index_chains_the_annual_rates(tmp_path):
    f = tmp_path / "hicp.csv"
    f.write_text(HEADER + f"2020,0.5,{SOURCE}\n2021,10,{SOURCE}\n2022,-2,{SOURCE}\n", encoding="utf-8")
    rows = read_hicp(f)
    assert index(rows) == pytest.approx({2020: 100.0, 2021: 110.0, 2022: 107.8})
    assert factor(rows, 2022, 2021) == pytest.approx(110 / 107.8)
    assert factor(rows, 2019, 2021) is None and factor(rows, 2021, 2030) is None


@pytest.mark.parametrize(("body", "message"), [
    (f"2020,0.5,{SOURCE}\n2022,1,{SOURCE}\n", "years must follow each other"),
    (f"2020,abc,{SOURCE}\n", "annual_rate a number"),
    ("2020,0.5,title,publisher,2024,\n", "source_url is empty"),
    ("2020,0.5,title,publisher,2024,ftp://x\n", "http(s) address"),
])
def test_a_bad_row_is_named_with_its_line(tmp_path, body, message):
    f = tmp_path / "hicp.csv"
    f.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(InputError, match="hicp.csv:[23]") as err:
        read_hicp(f)
    assert message in str(err.value)


def test_the_sql_index_is_the_python_index(ledger):
    sql = dict(ledger.sql("SELECT year, hicp_index FROM hicp_index").iter_rows())
    assert sql == pytest.approx(index(read_hicp()))


def test_constant_euros_scale_each_event_by_its_year(seeded):
    """The seed's events are of 2023: in euros of 2023 they are the nominal totals, in euros of
    2022 they are scaled by index(2022) / index(2023)."""
    nominal = {r["donor"]: r for r in seeded.sql("SELECT * FROM value_by_donor").iter_rows(named=True)}
    same = {r["donor"]: r for r in api.value_constant(seeded, base_year=2023).iter_rows(named=True)}
    earlier = {r["donor"]: r for r in api.value_constant(seeded, base_year=2022).iter_rows(named=True)}
    f = factor(read_hicp(), 2023, 2022)
    assert f < 1
    for donor, row in nominal.items():
        for col in ("stated_eur", "estimated_eur", "estimated_low_eur", "estimated_high_eur", "total_eur",
                    "total_low_eur", "total_high_eur"):
            if row[col] is None:
                assert same[donor][col] is None and earlier[donor][col] is None
            else:
                assert same[donor][col] == pytest.approx(row[col])
                assert earlier[donor][col] == pytest.approx(row[col] * f)
        assert same[donor]["n_not_deflated"] == 0 and earlier[donor]["base_year"] == 2022
    assert earlier["FRA"]["stated_eur"] == pytest.approx(200_000_000 * f)


def test_an_event_of_a_year_the_series_lacks_is_counted_apart_never_as_zero(ledger):
    last = years()[1]
    text = "Norway will send EUR 10 million. Norway gave EUR 5 million."
    old = Document(id="old", text=text, published=dt.date(last, 6, 1))
    new = Document(id="new", text=text, published=dt.date(last + 1, 6, 1))

    def money(doc: Document, quote: str, amount: int) -> Pledge:
        start = doc.text.index(quote)
        where = Provenance.of(doc.id, doc.text, start, start + len(quote))
        return Pledge("NOR", "UKR", "fund", "money", "funded", where, amount=amount, currency="EUR")

    ledger.add([money(old, "EUR 10 million", 10_000_000), money(new, "EUR 5 million", 5_000_000)],
               documents=[old, new])
    row = api.value_constant(ledger, base_year=last).row(0, named=True)
    assert row["n_events"] == 2 and row["n_not_deflated"] == 1
    assert row["stated_eur"] == pytest.approx(10_000_000) and row["total_eur"] == pytest.approx(10_000_000)


@pytest.mark.parametrize("base_year", [1990, 2999, True, "2022"])
def test_a_base_year_outside_the_series_is_refused(seeded, base_year):
    with pytest.raises(InputError, match="choose a base year from"):
        api.value_constant(seeded, base_year=base_year)


def test_cli_value_in_constant_euros(seeded_db):
    runner = CliRunner()
    nominal = runner.invoke(app, ["value", "--db", str(seeded_db), "--format", "csv"])
    assert nominal.exit_code == 0, nominal.output
    assert nominal.stdout.splitlines()[0].startswith("donor,n_events,n_unvalued,stated_eur")
    real = runner.invoke(app, ["value", "--constant-eur", "2022", "--db", str(seeded_db), "--format", "csv"])
    assert real.exit_code == 0, real.output
    fra = next(line for line in real.stdout.splitlines() if line.startswith("FRA,"))
    assert fra.split(",")[1] == "2022"
    assert float(fra.split(",")[4]) == pytest.approx(200_000_000 * factor(read_hicp(), 2023, 2022), rel=1e-6)
    bad = runner.invoke(app, ["value", "--constant-eur", "1990", "--db", str(seeded_db)])
    assert bad.exit_code != 0 and "choose a base year from" in bad.output and "Traceback" not in bad.output


def test_a_database_older_than_constant_euros_gets_a_one_line_hint(seeded_db):
    import duckdb

    con = duckdb.connect(str(seeded_db))
    con.execute("DROP MACRO TABLE value_by_donor_constant")
    con.execute("DELETE FROM _aidledger_migrations WHERE name = '420_constant_eur.sql'")
    con.close()
    with pytest.raises(AidledgerError, match="AL402 written by another version.*aidledger migrate"):
        api.value_constant(seeded_db, base_year=2022)
    api.query("SELECT 1", db=seeded_db, write=True)  # opened for writing: upgraded
    assert api.value_constant(seeded_db, base_year=2022).height == 2


@pytest.mark.parametrize(("content", "message"), [
    (b"year,annual_rate\n2020,\xff\xfe\n", "not UTF-8 text"),
    (b"year;annual_rate\n", "missing column(s)"),
])
def test_a_series_file_that_is_not_a_table_is_a_one_line_error(tmp_path, content, message):
    path = tmp_path / "hicp.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=re.escape(message)):
        read_hicp(path)
