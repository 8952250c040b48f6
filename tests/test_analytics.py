"""Analytics (issue 6): the views of sql/200_analytics.sql, the GDP table, the polars API, every plot
kind and every export, on the demo ledger (the seed, through the real extractor) and on a synthetic
ledger of 40 donors."""

from __future__ import annotations

import csv
import datetime as dt
import doctest
import random
from decimal import Decimal
from pathlib import Path

import polars as pl
import pytest
from conftest import ROOT, copy_db
from polars.testing import assert_frame_equal

import aidledger
from aidledger import api
from aidledger.errors import InputError
from aidledger.model import Document, Pledge, Provenance

ANALYTICS_VIEWS = ["counted_pledges", "lifecycle", "money_by_donor", "money_share_gdp", "by_donor_category",
                   "by_month_cumulative", "pledge_sources"]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

# Forty donors (ISO alpha-3) with a GDP row, and what they give.
DONORS_40 = ["USA", "DEU", "GBR", "FRA", "POL", "NLD", "DNK", "SWE", "NOR", "CAN", "ITA", "ESP", "FIN", "BEL",
             "CZE", "EST", "LVA", "LTU", "PRT", "GRC", "AUS", "JPN", "KOR", "AUT", "IRL", "SVK", "SVN", "HRV",
             "BGR", "ROU", "LUX", "ISL", "NZL", "CHE", "TUR", "HUN", "CYP", "MLT", "CHN", "IND"]
SYSTEMS = [("Leopard 2A4", "tank"), ("M113", "ifv_apc"), ("Caesar", "artillery"), ("M777", "artillery"),
           ("HIMARS", "mlrs"), ("IRIS-T SLM", "air_defence"), ("Javelin", "missile"), ("F-16", "aircraft"),
           ("Mi-17", "helicopter"), ("Bayraktar TB2", "drone")]
CURRENCIES = ["EUR", "USD", "GBP", "NOK", "SEK", "CAD"]


def synthetic_records(seed: int = 6) -> tuple[list[Document], list[Pledge]]:
    """Forty donors over 2022-2024: equipment of ten systems in every status and money in six
    currencies, each record with a real span into its document's text."""
    from aidledger.units import Q_

    rng = random.Random(seed)
    docs, pledges = [], []
    for rank, donor in enumerate(DONORS_40):
        size = max(1, 60 - rank * 1.4)  # a long tail, as real donors have
        parts, specs = [], []
        for k in range(rng.randint(2, 6)):
            system, category = SYSTEMS[rng.randrange(len(SYSTEMS))]
            status = rng.choice(["pledged", "pledged", "delivered", "considering", "refused"])
            n = max(1, int(rng.random() * size))
            day = dt.date(2022, 3, 1) + dt.timedelta(days=rng.randrange(0, 1000))
            sentence = f"{donor} item {k}: {n} {system} ({status}) on {day}."
            specs.append(("item", sentence, system, category, status, n, day))
            parts.append(sentence)
        if rank % 3 != 2:
            amount = Decimal(int(size * rng.uniform(5, 120))) * Decimal(10) ** 6
            currency = CURRENCIES[rank % len(CURRENCIES)]
            day = dt.date(2022, 4, 1) + dt.timedelta(days=rng.randrange(0, 900))
            status = rng.choice(["pledged", "funded", "delivered"])
            sentence = f"{donor} money: {amount} {currency} ({status}) on {day}."
            specs.append(("money", sentence, "money", "money", status, amount, day))
            parts.append(sentence)
        text = " ".join(parts)
        doc = Document(id=f"syn-{donor}", text=text, published=dt.date(2025, 1, 15), outlet="Synthetic Wire",
                       url=f"https://example.org/{donor}")
        docs.append(doc)
        for kind, sentence, system, category, status, value, day in specs:
            start = text.index(sentence)
            src = Provenance.of(doc.id, text, start, start + len(sentence))
            if kind == "item":
                pledges.append(Pledge(donor, "UKR", system, category, status, src, quantity=Q_(value, "unit"),
                                      date=day))
            else:
                pledges.append(Pledge(donor, "UKR", "money", "money", status, src, amount=value,
                                      currency=CURRENCIES[DONORS_40.index(donor) % len(CURRENCIES)], date=day))
    return docs, pledges


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_db_template) -> Path:
    """The demo ledger: the seed corpus through the real extractor, in a database file (a copy of
    the session's, ingested once)."""
    return copy_db(demo_db_template, tmp_path_factory.mktemp("demo") / "demo.duckdb")


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory, empty_db_template) -> Path:
    """A ledger of forty donors (see ``synthetic_records``), in a database file (a copy of the
    session's empty one)."""
    db = copy_db(empty_db_template, tmp_path_factory.mktemp("synthetic") / "synthetic.duckdb")
    docs, pledges = synthetic_records()
    with aidledger.open_ledger(db) as ledger:
        ledger.add(pledges, documents=docs)
    return db


# ---------------------------------------------------------------------------------------------
# The bars of the issue, on the demo ledger


def test_donor_system_view_gives_the_caesar_counts(demo_db):
    rows = api.query("SELECT donor, pledged, delivered FROM by_donor_system WHERE system = 'Caesar' "
                     "ORDER BY donor", db=demo_db).rows()
    assert rows == [("DNK", 19.0, 0.0), ("FRA", 12.0, 18.0)]


def test_money_view_gives_france_in_eur_and_usd(demo_db):
    row = api.query("SELECT * FROM money_by_donor", db=demo_db).row(0, named=True)
    assert row["donor"] == "FRA" and row["committed_eur"] == pytest.approx(200_000_000)
    assert row["committed_usd"] == pytest.approx(216.7e6, rel=5e-4)
    assert row["pledged_eur"] == pytest.approx(200_000_000) and row["n_unconverted"] == 0
    assert row["delivered_eur"] == 0 and len(row["event_ids"]) == 1


def test_lifecycle_and_share_of_gdp(demo_db):
    life = api.frame(demo_db, "lifecycle").select("donor", "system", "pledged", "delivered", "remainder",
                                                  "delivery_ratio", "committed").rows()
    # France's 12 more are on top of its 18 delivered: 30 committed, 12 still to deliver
    assert life == [("DNK", "Caesar", 19.0, 0.0, 19.0, 0.0, 19.0), ("FRA", "Caesar", 12.0, 18.0, 12.0, 1.5, 30.0)]
    share = api.frame(demo_db, "money_share_gdp").row(0, named=True)
    assert share["donor"] == "FRA" and share["gdp_year"] == 2021
    assert share["pct_of_gdp"] == pytest.approx(100 * 200e6 / 2500.87e9, rel=1e-4)
    assert "Kiel" in share["gdp_source"]


def test_cumulative_months_and_sources(demo_db):
    months = api.frame(demo_db, "by_month_cumulative")
    assert months["month"].to_list() == [dt.date(2023, 1, 1)]
    assert months.row(0, named=True)["cum_heavy_pledged"] == 31 and months["cum_heavy_delivered"][0] == 18
    sources = api.frame(demo_db, "pledge_sources")
    assert sources.height == 4 and sources["outlet"].unique().to_list() == ["Al Jazeera"]
    assert all(q for q in sources["quote"])


@pytest.mark.parametrize("kind", api.PLOT_KINDS)
def test_every_plot_kind_writes_a_valid_image_on_the_demo_ledger(demo_db, tmp_path, kind):
    import matplotlib.image

    out = api.plot(db=demo_db, kind=kind, out=tmp_path / f"{kind}.png")
    assert out.read_bytes().startswith(PNG_MAGIC)
    height, width = matplotlib.image.imread(out).shape[:2]
    assert height > 300 and width > 800


def test_every_view_exports_to_parquet_and_reads_back_unchanged(demo_db, tmp_path):
    with aidledger.open_ledger(demo_db, read_only=True) as ledger:
        views = ledger.views()
        originals = {name: ledger.view(name) for name in views}
    assert set(ANALYTICS_VIEWS) <= set(views)
    for name in views:
        report = api.export(name, db=demo_db, fmt="parquet", out=tmp_path / f"{name}.parquet")
        back = pl.read_parquet(report.path)
        assert report.rows == originals[name].height
        assert back.schema == originals[name].schema, name
        # Views without ORDER BY (fx_bounds) may list rows in another order from one read to the next.
        assert_frame_equal(back, originals[name], check_row_order=False)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_csv_and_json(demo_db, tmp_path, fmt):
    report = api.export("by_system", db=demo_db, out=tmp_path / f"s.{fmt}")
    text = report.path.read_text(encoding="utf-8")
    assert report.fmt == fmt and "Caesar" in text
    if fmt == "csv":
        assert "\"DNK, FRA\"" in text  # list columns joined
    else:
        import json

        assert json.loads(text)[0]["donors"] == ["DNK", "FRA"]


def test_export_errors(demo_db, tmp_path):
    with pytest.raises(InputError, match="use --format"):
        api.export("by_donor", db=demo_db, out=tmp_path / "x.xlsx")
    with pytest.raises(InputError, match="no view or table"):
        api.export("nothing", db=demo_db, out=tmp_path / "x.csv")
    with pytest.raises(InputError, match="folder does not exist"):
        api.export("by_donor", db=demo_db, out=tmp_path / "no" / "x.csv")


# ---------------------------------------------------------------------------------------------
# SQL: plain files that work without the package; the GDP table agrees with its CSV


def test_views_work_in_a_bare_duckdb_connection(demo_db):
    import duckdb

    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        for name in ANALYTICS_VIEWS:
            con.sql(f"SELECT * FROM {name}").fetchall()
        assert con.sql("SELECT round(committed_usd / 1e6, 1) FROM money_by_donor").fetchall() == [(216.7,)]
    finally:
        con.close()


def test_gdp_sql_agrees_with_the_csv(ledger):
    with (ROOT / "aidledger" / "data" / "gdp.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    expected = {r["donor"]: (r["name"], int(r["year"]), Decimal(r["gdp_eur_bn"]), r["source"]) for r in rows}
    got = {r[0]: tuple(r[1:]) for r in ledger.sql("SELECT donor, name, year, gdp_eur_bn, source FROM gdp").rows()}
    assert got == expected and len(got) >= 40
    assert all(source and year == 2021 for _, year, _, source in got.values())


def test_gdp_sql_file_is_generated_from_the_csv():
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_gdp_sql.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


# ---------------------------------------------------------------------------------------------
# The polars API


def test_pledges_filters(demo_db):
    assert api.pledges(demo_db).height == 4
    fra = api.pledges(demo_db, donor="fra", status=["pledged", "delivered"])
    assert sorted(fra["quantity"].to_list()) == [12.0, 18.0]
    assert api.pledges(demo_db, since="2023-02-01").height == 0
    assert api.pledges(demo_db, until=dt.date(2023, 1, 31), category="money").height == 1
    usd = api.pledges(demo_db, currency="usd", category="money")
    assert usd["report_currency"].to_list() == ["USD"] and usd["report_amount"][0] == pytest.approx(216.66e6)
    with pytest.raises(InputError, match="EUR, USD"):
        api.pledges(demo_db, currency="GBP")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        api.pledges(demo_db, since="last week")


def test_lazy_frames_filter_in_duckdb(demo_db):
    with aidledger.open_ledger(demo_db, read_only=True) as ledger:
        lazy = aidledger.pledge_frame(ledger, system="Caesar", lazy=True)
        assert isinstance(lazy, pl.LazyFrame)
        assert lazy.select(pl.col("quantity").sum()).collect().item() == 49
        view = aidledger.frame(ledger, "by_donor_system", donor=["FRA"], lazy=True)
        assert sorted(view.collect()["pledged"].to_list()) == [0.0, 12.0]
    assert isinstance(api.frame(demo_db, "by_donor", lazy=True), pl.LazyFrame)  # from a path: read first
    with pytest.raises(InputError, match="cannot filter by system"):
        api.frame(demo_db, "by_donor", system="Caesar")


def test_describe_lists_every_view(demo_db):
    described = api.describe(demo_db)
    views = described.filter(pl.col("kind") == "view")["name"].to_list()
    assert set(ANALYTICS_VIEWS) <= set(views)
    cols = described.filter(pl.col("name") == "money_by_donor")["columns"][0].to_list()
    assert "committed_usd: Float64" in cols


def test_api_docstrings_run_as_doctests():
    result = doctest.testmod(api, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted >= 4


# ---------------------------------------------------------------------------------------------
# Forty donors: totals stay right and every chart stays readable


def test_forty_donors_views(synthetic_db):
    money = api.frame(synthetic_db, "money_by_donor")
    assert money.height == sum(1 for i in range(40) if i % 3 != 2) and money["n_unconverted"].sum() == 0
    share = api.frame(synthetic_db, "money_share_gdp")
    assert share["share_of_gdp"].null_count() == 0
    heat = api.frame(synthetic_db, "by_donor_category")
    assert heat["donor"].n_unique() == 40
    months = api.frame(synthetic_db, "by_month_cumulative")
    assert months["month"].is_sorted() and months["cum_heavy_pledged"].is_sorted()
    gaps = months["month"].diff().drop_nulls().dt.total_days()
    assert gaps.min() >= 28 and gaps.max() <= 31  # every month, none missing


@pytest.mark.parametrize("kind", api.PLOT_KINDS)
@pytest.mark.parametrize("top", [10, 40])
def test_forty_donor_charts(synthetic_db, tmp_path, kind, top):
    fig = api.figure(synthetic_db, kind, top=top, currency="USD" if kind == "money" else "EUR")
    ax = fig.axes[0]
    assert ax.get_title(loc="left") or ax.get_title()
    assert fig.get_supxlabel().startswith("As of 2025-01-15")
    if kind in ("donor", "money", "heatmap"):
        labels = [t.get_text() for t in ax.get_yticklabels()]
        assert len(labels) == (top + 1 if top < 40 else len(set(labels)))
        assert labels[-1].startswith("others (") == (top < 40)
    path = aidledger.plot.save(fig, tmp_path / f"{kind}-{top}.png")
    assert path.read_bytes().startswith(PNG_MAGIC)


def test_figure_rejects_unknown_kind(demo_db):
    with pytest.raises(InputError, match="choose one of"):
        api.figure(demo_db, "pie")
    with pytest.raises(InputError, match="disagree"):
        api.plot(db=demo_db, kind="money", by="donor", out="x.png")
