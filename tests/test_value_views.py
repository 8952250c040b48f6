"""The value of pledge events (sql/410_value.sql): basis, range, packages valued once, no 0 for
unknown, totals of money plus value, and the comparison with Kiel's money."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from conftest import SEED_DATE

from aidledger.model import Document, Pledge, Provenance
from aidledger.units import Q_
from aidledger.value import deflator
from aidledger.value.kiel import year_factor
from aidledger.value.prices import read_prices

VALUE_VIEWS = ("event_values", "value_cells", "value_by_donor", "value_by_donor_category", "value_by_month",
               "value_by_donor_month", "value_share_gdp", "kiel_value_comparison")


def rate(ledger, currency: str, day: dt.date) -> float:
    return ledger.sql("SELECT per_eur FROM fx_rates WHERE currency = $c AND date <= $d ORDER BY date DESC LIMIT 1",
                      {"c": currency, "d": day})["per_eur"][0]


def make(doc: Document, quote: str, **fields) -> Pledge:
    start = doc.text.index(quote)
    args = {"donor": "DEU", "recipient": "UKR", "status": "pledged", **fields}
    return Pledge(args.pop("donor"), args.pop("recipient"), args.pop("system"), args.pop("category"),
                  args.pop("status"), Provenance.of(doc.id, doc.text, start, start + len(quote)), **args)


def test_seed_caesars_are_estimated_with_range_and_the_fund_stays_stated(seeded):
    ev = seeded.sql("SELECT * FROM event_values ORDER BY donor, status")
    fra = {r["status"]: r for r in ev.iter_rows(named=True) if r["donor"] == "FRA"}
    caesar = read_prices()["Caesar"]
    usd = rate(seeded, "USD", SEED_DATE)
    pledged = fra["pledged"]
    assert pledged["basis"] == "estimated" and pledged["quantity"] == 12
    # the price of 2022 in money of 2023 (the HICP rate of 2023, 6.4 %), at the rate of the day
    f = year_factor(caesar.price_year, SEED_DATE.year)
    assert caesar.price_year == 2022 and pledged["price_factor"] == pytest.approx(f) == pytest.approx(1.064)
    assert pledged["value_eur"] == pytest.approx(12 * float(caesar.price) * f / usd)
    assert pledged["low_eur"] == pytest.approx(12 * float(caesar.low) * f / usd)
    assert pledged["high_eur"] == pytest.approx(12 * float(caesar.high) * f / usd)
    assert pledged["value_usd"] == pytest.approx(12 * float(caesar.price) * f)
    assert pledged["price_source_url"] == caesar.source_url and pledged["price_condition"] == caesar.condition
    fund = fra["funded"]
    assert fund["basis"] == "stated" and fund["stated_eur"] == 200_000_000 and fund["estimated_eur"] is None
    assert fund["low_eur"] == fund["high_eur"] == 200_000_000


def test_totals_add_money_and_value_once(seeded):
    donor = {r["donor"]: r for r in seeded.sql("SELECT * FROM value_by_donor").iter_rows(named=True)}
    fra = donor["FRA"]
    # the 12 pledged are "12 more", on top of the 18 delivered before: both count (committed rule,
    # sql/030_committed.sql), as the 30 Caesars of the item totals
    caesars = seeded.sql("SELECT status, value_eur, counted_share FROM event_values"
                         " WHERE donor = 'FRA' AND family = 'Caesar' ORDER BY status")
    assert caesars["counted_share"].to_list() == [1.0, 1.0]
    assert fra["estimated_eur"] == pytest.approx(caesars["value_eur"].sum())
    assert fra["stated_eur"] == 200_000_000
    assert fra["total_eur"] == pytest.approx(200_000_000 + fra["estimated_eur"])
    assert fra["total_low_eur"] < fra["total_eur"] < fra["total_high_eur"]
    assert fra["share_valued"] == 1.0 and fra["n_events"] == 3
    money = seeded.sql("SELECT donor, committed_eur AS amount_eur FROM money_by_donor")
    assert dict(money.iter_rows()) == {"FRA": fra["stated_eur"]}
    assert donor["DNK"]["stated_eur"] is None          # no money stated: NULL, not 0
    assert donor["DNK"]["total_eur"] == pytest.approx(donor["DNK"]["estimated_eur"])
    share = {r["donor"]: r for r in seeded.sql("SELECT * FROM value_share_gdp").iter_rows(named=True)}
    assert share["FRA"]["pct_of_gdp"] == pytest.approx(100 * fra["total_eur"] / share["FRA"]["gdp_eur"])
    assert share["FRA"]["pct_of_gdp_low"] < share["FRA"]["pct_of_gdp"] < share["FRA"]["pct_of_gdp_high"]


def test_an_event_priced_by_analogy_says_so_and_the_totals_count_it_apart(ledger):
    text = "Estonia will give 24 FH70 howitzers and 10 D-30 howitzers."
    doc = Document(id="analogy", text=text, published=dt.date(2023, 3, 1))
    ledger.add([make(doc, "24 FH70 howitzers", donor="EST", system="FH70", category="artillery",
                     quantity=Q_(24, "unit")),
                make(doc, "10 D-30 howitzers", donor="EST", system="D-30", category="artillery",
                     quantity=Q_(10, "unit"))], documents=[doc])
    ev = {r["system"]: r for r in ledger.sql("SELECT * FROM event_values").iter_rows(named=True)}
    prices = read_prices()
    fh70, d30 = ev["FH70"], ev["D-30"]
    assert fh70["basis"] == "estimated" and (fh70["price_basis"], fh70["price_analog"]) == ("analogy", "D-30")
    assert (d30["price_basis"], d30["price_analog"]) == ("own", None)
    assert fh70["unit_price"] == float(prices["D-30"].price) and fh70["price_source_url"] == prices["D-30"].source_url
    assert fh70["unit_low"] == float(prices["FH70"].low) < float(prices["D-30"].low)   # the wider band
    # EUR: no conversion; the price of 2009 brought up from 2015, the series' first year
    assert fh70["price_factor"] == pytest.approx(year_factor(2009, 2023)) == pytest.approx(year_factor(2015, 2023))
    assert fh70["value_eur"] == pytest.approx(24 * float(prices["D-30"].price) * fh70["price_factor"])
    est = ledger.sql("SELECT * FROM value_by_donor WHERE donor = 'EST'").row(0, named=True)
    assert est["n_estimated"] == 2 and est["n_by_analogy"] == 1
    assert est["by_analogy_eur"] == pytest.approx(fh70["value_eur"])
    assert est["estimated_eur"] == pytest.approx(fh70["value_eur"] + d30["value_eur"])


def test_the_seed_has_no_estimate_by_analogy(seeded):
    ev = seeded.sql("SELECT DISTINCT price_basis FROM event_values WHERE basis = 'estimated'")
    assert ev["price_basis"].to_list() == ["own"]
    fra = seeded.sql("SELECT n_by_analogy, by_analogy_eur FROM value_by_donor WHERE donor = 'FRA'").row(0)
    assert fra == (0, None)        # nothing by analogy: NULL, not 0 EUR


def test_a_package_total_and_its_parts_and_items_are_valued_once(ledger):
    text = ("Germany announced a package worth EUR 300 million. It includes EUR 100 million for ammunition "
            "and EUR 200 million for air defence, and 4 PzH 2000 howitzers.")
    doc = Document(id="pkg", text=text, published=dt.date(2023, 3, 1))
    ledger.add([
        make(doc, "EUR 300 million", system="money", category="money", amount=Decimal("300000000"), currency="EUR"),
        make(doc, "EUR 100 million", system="money", category="money", amount=Decimal("100000000"), currency="EUR"),
        make(doc, "EUR 200 million", system="money", category="money", amount=Decimal("200000000"), currency="EUR"),
        make(doc, "4 PzH 2000 howitzers", system="PzH 2000", category="artillery", quantity=Q_(4, "unit")),
    ], documents=[doc])
    ev = ledger.sql("SELECT amount, system, basis, counted, valued_in, value_eur FROM event_values ORDER BY amount")
    by_amount = {r["amount"]: r for r in ev.iter_rows(named=True)}
    assert by_amount[Decimal("300000000.00")]["basis"] == "stated"
    for part in (Decimal("100000000.00"), Decimal("200000000.00"), None):
        assert by_amount[part]["basis"] == "in_package" and not by_amount[part]["counted"]
        assert by_amount[part]["valued_in"] is not None
    total = ledger.sql("SELECT total_eur, estimated_eur, n_in_package FROM value_by_donor")
    assert total["total_eur"][0] == 300_000_000 and total["estimated_eur"][0] is None
    assert total["n_in_package"][0] == 3


def test_unknown_value_is_null_never_zero(ledger):
    text = "Spain will send 6 IRIS-T SLS and some tanks."
    doc = Document(id="nop", text=text, published=dt.date(2023, 5, 2))
    ledger.add([
        make(doc, "6 IRIS-T SLS", donor="ESP", system="IRIS-T SLS", category="air_defence", quantity=Q_(6, "unit")),
        make(doc, "some tanks", donor="ESP", system="tanks", category="tank"),
    ], documents=[doc])
    ev = ledger.sql("SELECT basis, value_eur, low_eur, high_eur, reason FROM event_values ORDER BY reason")
    assert ev["basis"].to_list() == ["unvalued", "unvalued"]
    assert ev["value_eur"].null_count() == 2 and ev["low_eur"].null_count() == 2
    assert ev["reason"].to_list() == ["no price for IRIS-T SLS", "no price for tanks"]
    esp = ledger.sql("SELECT * FROM value_by_donor").row(0, named=True)
    assert esp["total_eur"] is None and esp["stated_eur"] is None and esp["estimated_eur"] is None
    assert esp["n_unvalued"] == 2 and esp["share_valued"] == 0


def test_running_totals_and_refusals_are_never_counted(ledger):
    text = "Poland has now sent 250 T-72 tanks in all. Hungary refused to send 10 T-72 tanks."
    doc = Document(id="run", text=text, published=dt.date(2023, 5, 2))
    ledger.add([
        make(doc, "250 T-72 tanks", donor="POL", system="T-72", category="tank", status="delivered",
             quantity=Q_(250, "unit"), notes=("running-total",)),
        make(doc, "10 T-72 tanks", donor="HUN", system="T-72", category="tank", status="refused",
             quantity=Q_(10, "unit")),
    ], documents=[doc])
    ev = {r["donor"]: r for r in ledger.sql("SELECT * FROM event_values").iter_rows(named=True)}
    assert ev["POL"]["basis"] == "unvalued" and ev["POL"]["reason"].startswith("running total")
    assert ev["HUN"]["basis"] == "estimated" and not ev["HUN"]["counted"]
    donors = ledger.sql("SELECT donor, total_eur, n_events FROM value_by_donor ORDER BY donor")
    assert donors["total_eur"].to_list() == [None, None] and donors["n_events"].to_list() == [0, 0]


def test_months_and_categories_add_up_to_the_donor_totals(seeded):
    donor = seeded.sql("SELECT sum(total_eur) AS t FROM value_by_donor")["t"][0]
    months = seeded.sql("SELECT sum(total_eur) AS t FROM value_by_month")["t"][0]
    cats = seeded.sql("SELECT sum(total_eur) AS t FROM value_by_donor_category")["t"][0]
    assert donor == pytest.approx(months) == pytest.approx(cats)
    assert seeded.sql("SELECT month FROM value_by_month")["month"].to_list() == [dt.date(2023, 1, 1)]


def test_kiel_comparison_puts_ledger_and_kiel_side_by_side(seeded, tmp_path):
    path = tmp_path / "data_explorer.csv"
    path.write_text(
        "country,iso,year,month,total,financial,humanitarian,military,commitments,to_be_allocated,gdp,pct_gdp\n"
        "France,FRA,2023,1,0.5,0,0,0.4,0.5,0,2500.87,0.01\n"
        "France,FRA,2022,6,0.2,0,0,0.2,0.2,0,2500.87,0.01\n"
        "Italy,ITA,2023,1,0.3,0,0,0.3,0.3,0,1782.05,0.01\n", encoding="utf-8")
    seeded.import_kiel(path)
    cmp = seeded.sql("SELECT * FROM kiel_value_comparison ORDER BY donor, month")
    assert cmp["donor"].to_list() == ["DNK", "FRA"]   # the ledger's donors and months only
    fra = cmp.row(1, named=True)
    assert fra["kiel_military_eur"] == 400_000_000
    assert fra["ratio"] == pytest.approx(fra["ledger_total_eur"] / 400_000_000)
    assert cmp.row(0, named=True)["kiel_military_eur"] is None


def test_every_value_view_and_column_has_a_comment(ledger):
    views = ledger.sql("SELECT view_name, comment FROM duckdb_views() WHERE view_name IN "
                       f"({', '.join(repr(v) for v in VALUE_VIEWS)})")
    assert sorted(views["view_name"].to_list()) == sorted(VALUE_VIEWS)
    assert all(views["comment"])
    cols = ledger.sql("SELECT table_name, column_name, comment FROM duckdb_columns() WHERE table_name IN "
                      f"({', '.join(repr(v) for v in VALUE_VIEWS)})")
    missing = cols.filter(cols["comment"].is_null())
    assert missing.height == 0, missing.rows()


def test_a_price_is_brought_to_its_events_year_alike_in_sql_and_in_the_kiel_comparison(ledger):
    """Every estimate: count x unit price x price_factor, the price brought from its year to the
    year of the event with the HICP series, the same factor as the Kiel comparison's
    (``aidledger.value.kiel.year_factor``): a price of 2019 in an event of 2023 rises by the rates
    of 2020 to 2023; a price of 2024 in an event of 2023 stays; an event after the series counts as
    its last year; stated money is never multiplied."""
    first, last = deflator.years()
    cases = [("M270", "2 M270 launchers", dt.date(2023, 6, 1)), ("HIMARS", "3 HIMARS", dt.date(2023, 6, 1)),
             ("Caesar", "6 Caesar howitzers", dt.date(last + 2, 3, 1))]
    for system, quote, day in cases:
        doc = Document(id=system, text=f"Norway will send {quote}, and EUR 5 million.", published=day)
        n = int(quote.split()[0])
        ledger.add([make(doc, quote, donor="NOR", system=system, category="artillery", quantity=Q_(n, "unit")),
                    make(doc, "EUR 5 million", donor="NOR", system="money", category="money",
                         amount=Decimal("5000000"), currency="EUR")], documents=[doc])
    ev = {r["system"]: r for r in ledger.sql("SELECT * FROM event_values WHERE basis = 'estimated'").iter_rows(
        named=True)}
    prices = read_prices()
    assert prices["M270"].price_year == 2019 and prices["HIMARS"].price_year == 2024
    assert ev["M270"]["price_factor"] == pytest.approx(1.007 * 1.029 * 1.092 * 1.064)
    assert ev["M270"]["price_factor"] == pytest.approx(year_factor(2019, 2023))
    assert ev["HIMARS"]["price_factor"] == 1.0
    assert ev["Caesar"]["price_factor"] == pytest.approx(year_factor(2022, last))   # not beyond the series
    for system, row in ev.items():
        usd = rate(ledger, "USD", row["effective_date"])
        assert row["value_usd"] == pytest.approx(row["quantity"] * float(prices[system].price) * row["price_factor"])
        assert row["value_eur"] == pytest.approx(row["value_usd"] / usd)
    stated = ledger.sql("SELECT value_eur, price_factor FROM event_values WHERE basis = 'stated'")
    assert stated.height >= 1 and set(stated["value_eur"].to_list()) == {5_000_000.0}
    assert stated["price_factor"].null_count() == stated.height
