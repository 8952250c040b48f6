"""End to end on the seed article, with the real extractor: four records, and the views show them."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from conftest import SEED_ID, SEEDS
from typer.testing import CliRunner

from aidledger import api
from aidledger.cli import app

EXPECTED = {
    # (donor, system, status): (quantity, amount, currency)
    ("FRA", "Caesar", "pledged"): (12, None, None),
    ("FRA", "Caesar", "delivered"): (18, None, None),
    ("DNK", "Caesar", "pledged"): (19, None, None),
}


@pytest.fixture(scope="module")
def result():
    return api.extract_paths([SEEDS])


def test_seed_gives_exactly_four_records(result):
    assert len(result.documents) == 1 and result.documents[0].id == SEED_ID
    assert result.documents[0].published == dt.date(2023, 1, 31)
    assert len(result.pledges) == 4, [p.to_dict() for p in result.pledges]
    assert not result.errors


def test_seed_equipment_records(result):
    found = {(p.donor, p.system, p.status): p for p in result.pledges if p.category != "money"}
    assert set(found) == set(EXPECTED)
    for key, (quantity, _, _) in EXPECTED.items():
        p = found[key]
        assert p.quantity_value == quantity and p.quantity_unit == "units"
        assert p.category == "artillery"
        assert p.source.quote == p.source.quote.strip() and p.source.quote
    assert found[("FRA", "Caesar", "pledged")].date == dt.date(2023, 1, 31)


def test_seed_money_record(result):
    (money,) = [p for p in result.pledges if p.category == "money"]
    assert (money.donor, money.status) == ("FRA", "funded")
    assert money.amount == Decimal("200000000") and money.currency == "EUR"
    assert money.stated_amount == Decimal("217000000") and money.stated_currency == "USD"


def test_seed_spans_point_into_the_text(result):
    text = result.documents[0].text
    for p in result.pledges:
        assert text[p.source.start:p.source.end] == p.source.quote


def test_seed_views(tmp_path):
    db = tmp_path / "seed.duckdb"
    report = api.ingest([SEEDS], db=db)
    assert (report.documents, report.pledges) == (1, 4)
    frame = api.query("SELECT * FROM by_donor_system", db=db)
    rows = {(r["donor"], r["system"]): r for r in frame.rows(named=True)}
    assert (rows[("FRA", "Caesar")]["pledged"], rows[("FRA", "Caesar")]["delivered"]) == (12, 18)
    assert rows[("DNK", "Caesar")]["pledged"] == 19
    donors = {r["donor"]: r for r in api.query("SELECT * FROM by_donor", db=db).rows(named=True)}
    assert donors["FRA"]["committed_eur"] == pytest.approx(200e6)
    assert donors["FRA"]["committed_usd"] == pytest.approx(216.66e6)
    (check,) = api.query("SELECT * FROM conversion_checks", db=db).rows(named=True)
    assert check["flagged"] is False and check["relative_difference"] == pytest.approx(217 / 216.66 - 1)


def test_seed_cli_extract_and_demo(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(SEEDS)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted((r["donor"], r["status"], r["quantity"], r["amount"]) for r in records) == [
        ("DNK", "pledged", 19, None), ("FRA", "delivered", 18, None), ("FRA", "funded", None, 200000000),
        ("FRA", "pledged", 12, None)]
    demo = runner.invoke(app, ["demo", "--out", str(tmp_path / "demo")])
    assert demo.exit_code == 0, demo.output
    assert "Database:" in demo.stdout and "Chart:" in demo.stdout
    assert (tmp_path / "demo" / "aid-by-donor.png").stat().st_size > 10_000
