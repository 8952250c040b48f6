"""The price table: every row sourced and checked, the generated SQL in step, bad files refused."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from decimal import Decimal

import pytest
from conftest import ROOT

from aidledger.errors import InputError
from aidledger.resources import data_path
from aidledger.value.kiel import default_rates, price_eur
from aidledger.value.prices import (
    ANALOGY_BAND,
    ANALOGY_COLUMNS,
    COLUMNS,
    FIRST_YEAR,
    class_key,
    price_for,
    read_prices,
)

HEADER = ",".join(COLUMNS)
GOOD = ("Caesar,new,unit,6000000,USD,2022,5000000,7500000,from a contract,a band,A title,A publisher,2022,"
        "https://example.org/caesar")


def write(tmp_path, *rows: str, header: str = HEADER):
    path = tmp_path / "prices.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_every_bundled_row_has_a_source_bounds_and_a_catalog_system():
    prices = read_prices()
    assert len(prices) >= 30
    with open(data_path("prices.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with open(data_path("price_analogies.csv"), encoding="utf-8", newline="") as f:
        analogies = list(csv.DictReader(f))
    assert len(rows) + len(analogies) == len(prices)  # no row lost, none priced twice
    assert sum(p.basis == "own" for p in prices.values()) == len(rows)
    for p in prices.values():
        assert p.source_title and p.source_publisher and p.source_url.startswith("http")
        assert FIRST_YEAR <= p.source_year <= 2026 and FIRST_YEAR <= p.price_year <= 2026
        assert 0 < p.low <= p.price <= p.high
        assert p.condition in ("new", "used", "refurbished")


def test_every_bundled_price_converts_to_euros():
    """A row in a currency the ECB history lacks (a pre-euro currency such as the guilder) would be
    unvalued everywhere: such prices are entered in euros at the fixed conversion rate instead."""
    rates = default_rates()
    for p in read_prices().values():
        eur = price_eur(p, rates)
        assert eur is not None, f"{p.system}: no ECB rate for {p.currency}"
        assert 0 < eur[1] <= eur[0] <= eur[2]


def test_a_variant_without_a_row_takes_its_familys_price():
    prices = read_prices()
    assert price_for(prices, "Caesar 8x8").system == "Caesar"
    assert price_for(prices, "Leopard 2A4").system == "Leopard 2A4"   # a row of its own
    assert price_for(prices, "Leopard 2A6").system == "Leopard 2"     # the family's
    assert price_for(prices, "no such system") is None


def test_a_good_file_is_read(tmp_path):
    prices = read_prices(write(tmp_path, GOOD))
    assert prices["Caesar"].price == Decimal("6000000") and prices["Caesar"].quantity_unit == "units"


@pytest.mark.parametrize("row, message", [
    (GOOD.replace("https://example.org/caesar", ""), "source_url is empty"),
    (GOOD.replace("A title", ""), "source_title is empty"),
    (GOOD.replace(",6000000,", ",0,"), "price must be a positive number"),
    (GOOD.replace(",5000000,", ",6500000,"), "low <= price <= high"),
    (GOOD.replace(",new,", ",second-hand,"), "condition must be one of"),
    (GOOD.replace(",unit,", ",battery,"), "counted in units in the catalog"),
    (GOOD.replace("Caesar,", "Wunderwaffe,", 1), "not a system or family of the catalog"),
    (GOOD.replace(",USD,", ",QQQ,"), "unknown currency code"),
    (GOOD.replace("https://", "ftp://"), "must be an http"),
    (GOOD.replace(",2022,5000000", ",22,5000000"), "price_year must be a year"),
])
def test_a_bad_row_is_one_clear_error_naming_file_and_line(tmp_path, row, message):
    path = write(tmp_path, row)
    with pytest.raises(InputError, match=message) as info:
        read_prices(path)
    assert f"{path}:2" in str(info.value)


def test_a_system_priced_twice_a_missing_column_and_a_missing_file(tmp_path):
    with pytest.raises(InputError, match="priced twice"):
        read_prices(write(tmp_path, GOOD, GOOD))
    with pytest.raises(InputError, match="missing column"):
        read_prices(write(tmp_path, GOOD, header=HEADER.replace(",bounds", "")))
    with pytest.raises(InputError, match="no such file"):
        read_prices(tmp_path / "absent.csv")


def test_a_price_by_analogy_is_the_analogs_row_with_a_wider_band_and_its_own_basis():
    prices = read_prices()
    analogies = [p for p in prices.values() if p.basis == "analogy"]
    assert {"FH70", "2K12 Kub", "DITA", "105 mm howitzer"} <= {p.system for p in analogies}
    for p in analogies:
        base = prices[p.analog]
        assert base.basis == "own"                                   # never an analogy of an analogy
        assert (p.price, p.currency, p.price_year, p.condition, p.unit) == (
            base.price, base.currency, base.price_year, base.condition, base.unit)
        assert (p.source_url, p.source_title, p.source_publisher) == (base.source_url, base.source_title,
                                                                      base.source_publisher)
        assert p.low == base.low / ANALOGY_BAND and p.high == base.high * ANALOGY_BAND
        assert p.low < base.low and p.high > base.high
        assert p.derivation.startswith(f"by analogy with {p.analog} because ")
        assert base.derivation in p.derivation
    # the Light Gun family has a published price of its own (an M119's replacement cost), which no
    # analogy replaces: the L119 takes it, and a system with a published price keeps it
    l119 = price_for(prices, "L119")
    assert (l119.system, l119.basis, l119.analog, l119.condition) == ("L118 Light Gun", "own", "", "new")
    assert "L118 Light Gun" not in {p.system for p in analogies}
    assert price_for(prices, "D-30").basis == "own" and price_for(prices, "Caesar 8x8").basis == "own"


def test_a_variant_takes_its_familys_analogy(tmp_path):
    prices = write(tmp_path, D30)
    analogies = tmp_path / "analogies.csv"
    analogies.write_text(f"{ANALOGY_HEADER}\nL118 Light Gun,D-30,used,a towed 105 mm gun from stocks\n",
                         encoding="utf-8")
    table = read_prices(prices, analogies=analogies)
    l119 = price_for(table, "L119")    # no row of its own: its family's, which is an analogy
    assert (l119.system, l119.basis, l119.analog) == ("L118 Light Gun", "analogy", "D-30")
    assert price_for(read_prices(prices), "L119") is None   # without the analogy: no price, never 0


def test_a_generic_calibre_and_class_name_gives_the_class():
    assert class_key("105mm howitzer") == "105 mm howitzer"
    assert class_key("M50 105mm howitzer") == "105 mm howitzer"
    assert class_key("105 mm howitzers") == "105 mm howitzer"
    assert class_key("155mm self-propelled howitzer") is None   # a class of another price level
    assert class_key("AiTO30 FDC") is None and class_key("howitzer") is None and class_key(None) is None


ANALOGY_HEADER = ",".join(ANALOGY_COLUMNS)
D30 = ("D-30,used,unit,47600,EUR,2009,33300,47600,a sale,a band,A title,A publisher,2009,https://example.org/d30")


@pytest.mark.parametrize("row, message", [
    ("FH70,M777,used,same role", "no published price of its own"),          # the analog has no row
    ("FH70,D-30,new,same role", "never crosses conditions"),
    ("2K12 Kub,D-30,used,same role", "counted per battery, its analog .D-30. per unit"),
    ("D-30,D-30,used,itself", "priced twice"),
    ("Wunderwaffe,D-30,used,same role", "not a system or family of the catalog"),
    ("FH70,D-30,used,", "reason is empty"),
])
def test_a_bad_analogy_is_one_clear_error_naming_file_and_line(tmp_path, row, message):
    prices = write(tmp_path, D30)
    analogies = tmp_path / "analogies.csv"
    analogies.write_text(f"{ANALOGY_HEADER}\n{row}\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        read_prices(prices, analogies=analogies)
    assert f"{analogies}:2" in str(info.value)


def test_an_analogy_of_an_analogy_is_refused(tmp_path):
    prices = write(tmp_path, D30)
    analogies = tmp_path / "analogies.csv"
    analogies.write_text(f"{ANALOGY_HEADER}\nFH70,D-30,used,same role\nTRF1,FH70,used,same role\n", encoding="utf-8")
    with pytest.raises(InputError, match="'FH70' has no published price of its own"):
        read_prices(prices, analogies=analogies)
    good = tmp_path / "good.csv"
    good.write_text(f"{ANALOGY_HEADER}\nFH70,D-30,used,same role\n", encoding="utf-8")
    table = read_prices(prices, analogies=good)
    assert table["FH70"].basis == "analogy" and table["FH70"].high == Decimal("95200")
    assert "FH70" not in read_prices(prices)          # a table of one's own: no analogy unless given


def test_prices_sql_file_is_generated_from_the_csv():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_prices_sql.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_prices_table_agrees_with_the_csv(ledger):
    prices = read_prices()
    table = ledger.sql("SELECT system, price, low, high, currency, source_url, basis, analog FROM prices")
    assert table.height == len(prices)
    for row in table.iter_rows(named=True):
        p = prices[row["system"]]
        assert (Decimal(str(row["price"])), row["currency"], row["source_url"]) == (p.price, p.currency,
                                                                                    p.source_url)
        assert (Decimal(str(row["low"])), Decimal(str(row["high"]))) == (p.low, p.high)
        assert (row["basis"], row["analog"] or "") == (p.basis, p.analog)


def test_frequency_script_ranks_and_reports_coverage(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"text": "Germany sends HIMARS and more HIMARS and a Wunderwaffe."}\n'
                    '{"text": "Two HIMARS and one Leopard 2A6 tank."}\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "system_frequency.py"), str(docs), "--top", "5"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("rank,system,family")
    assert lines[1].startswith("1,HIMARS,HIMARS,mlrs,2,0,3,HIMARS")
    assert lines[2].startswith("2,Leopard 2A6,Leopard 2,tank,1,0,1,Leopard 2")
    assert "top 2: priced 2, unpriced 0" in proc.stderr


UPGRADE_WORDS = re.compile(r"renovat|recapitali[sz]|overhaul|upgrad|moderni[sz]|refurbish|retrofit", re.IGNORECASE)


def test_a_price_for_renovating_or_upgrading_is_never_a_new_price():
    """A contract that renovates, upgrades or overhauls equipment one already has pays for the
    work (and the old item), not for a new item: such a row is ``refurbished`` or ``used``, never
    ``new`` (France's SAMP/T NG order, a renovation of its sections, was once entered as new)."""
    table = read_prices()
    flagged = {p.system: p.condition for p in table.values() if UPGRADE_WORDS.search(p.derivation)}
    assert flagged and "new" not in flagged.values(), flagged
    assert {"M270", "Bradley", "Marder"} <= set(flagged)      # the check sees the upgrade rows


def test_the_renovation_check_catches_a_renovation_entered_as_new(tmp_path):
    row = ("SAMP/T,new,battery,71000000,EUR,2023,50000000,92000000,the renovation of seven sections,a band,"
           "A title,A publisher,2023,https://example.org/samp")
    table = read_prices(write(tmp_path, row))
    assert [p.system for p in table.values() if UPGRADE_WORDS.search(p.derivation) and p.condition == "new"] == [
        "SAMP/T"]
