"""Numbers at their extremes (issue 14, items 4 and 5; ``aidledger.bounds``, docs/reliability.md).

A number beyond any plausible quantity or amount is problem AL305 with the span of the number,
never a record; nothing infinite or NaN reaches the ledger, the charts or a JSON export; digits
split by an invisible format character are no count.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from aidledger.bounds import MAX_AMOUNT, MAX_QUANTITY, implausible, within
from aidledger.cli import app
from aidledger.mentions.numbers import find_numbers
from aidledger.model import Document
from aidledger.pledges import extract_document

runner = CliRunner()
HUGE = "9" * 320  # a float of it is inf
BIG_COUNT = "999999999999999999999999"  # 1e24 howitzers
BIG_AMOUNT = "€" + "9" * 30  # 1e30 euros: beyond the 28-digit decimal context


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def al305(problems):
    return [p for p in problems if p.code == "AL305"]


@pytest.mark.parametrize("number", [HUGE, BIG_COUNT, "1" + "0" * 26])
def test_an_implausible_count_is_a_problem_with_its_span(number):
    text = f"France will send {number} Caesar howitzers to Ukraine."
    records, problems = extract_document(Document("d", text))
    assert records == []
    (problem,) = al305(problems)
    assert (problem.source.start, problem.source.end) == (17, 17 + len(number))
    assert text[problem.source.start:problem.source.end] == problem.source.quote == number


@pytest.mark.parametrize("amount", [BIG_AMOUNT, "€" + "1" + "0" * 26, "$" + HUGE])
def test_an_implausible_amount_is_a_problem_with_its_span(amount):
    text = f"Germany will give {amount} to Ukraine."
    records, problems = extract_document(Document("d", text))
    assert records == []
    (problem,) = al305(problems)
    assert problem.source.quote in amount and text[problem.source.start:problem.source.end] == problem.source.quote


def test_plausible_numbers_stay_records():
    text = "The US will send 300 million rounds to Ukraine. Japan will give ¥1 trillion to Ukraine."
    records, problems = extract_document(Document("d", text))
    assert not al305(problems)
    assert sorted(str(p.quantity_value or p.amount) for p in records) == ["1000000000000", "300000000.0"]


def test_extract_reports_and_goes_on(tmp_path):
    """``extract`` on the issue's probes: one problem line each, the good record kept, exit 1."""
    path = tmp_path / "huge.txt"
    path.write_text(f"France will send {HUGE} Caesar howitzers to Ukraine. Norway will send {BIG_COUNT} "
                    f"howitzers to Ukraine. Germany will give {BIG_AMOUNT} to Ukraine. "
                    "Denmark will send 19 Caesar howitzers to Ukraine.", encoding="utf-8")
    result = invoke("extract", path, "--published", "2023-01-30")
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.stderr and "Traceback" not in result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["donor"], r["quantity"]) for r in lines] == [("DNK", 19)]
    problem_lines = [line for line in result.stderr.splitlines() if "AL305" in line]
    assert len(problem_lines) == 3 and all(line.startswith("huge:") for line in problem_lines)


def test_ingest_keeps_the_rest_and_plots_and_exports(tmp_path):
    """``ingest`` used to store inf (breaking five plots, sql's table format and JSON exports) or
    roll the whole run back on InvalidOperation. Now: the rest stored, AL305 in the problems table."""
    (tmp_path / "a.txt").write_text(f"France will send {HUGE} Caesar howitzers to Ukraine. "
                                    f"Germany will give {BIG_AMOUNT} to Ukraine.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Denmark will send 19 Caesar howitzers to Ukraine.", encoding="utf-8")
    db = tmp_path / "aid.duckdb"
    result = invoke("ingest", tmp_path / "a.txt", tmp_path / "b.txt", "--db", db, "--published", "2023-01-30")
    assert result.exit_code == 1 and "internal error" not in result.stderr, result.output
    result = invoke("sql", "SELECT count(*) AS n FROM pledges", "--db", db, "--format", "json")
    assert json.loads(result.stdout) == [{"n": 1}]
    result = invoke("sql", "SELECT code FROM problems WHERE code = 'AL305'", "--db", db, "--format", "csv")
    assert result.stdout.split() == ["code", "AL305", "AL305"]
    result = invoke("sql", "SELECT * FROM by_donor", "--db", db)
    assert result.exit_code == 0, result.output
    out = tmp_path / "p.json"
    assert invoke("export", "pledges_fx", "-o", out, "--db", db).exit_code == 0
    assert "Infinity" not in out.read_text(encoding="utf-8") and "NaN" not in out.read_text(encoding="utf-8")
    for kind in ("donor", "timeline"):
        assert invoke("plot", kind, "--db", db, "-o", tmp_path / f"{kind}.png").exit_code == 0


def test_a_rate_that_is_not_a_positive_number_is_refused(tmp_path):
    rates = tmp_path / "eurofxref-hist.csv"
    rates.write_text("Date,USD,GBP,\n2023-01-02,inf,0.88,\n2023-01-03,1.07,0,\n", encoding="utf-8")
    result = invoke("rates", "update", rates, "--db", tmp_path / "aid.duckdb")
    assert result.exit_code == 1 and "USD on 2023-01-02" in result.stderr
    assert not (tmp_path / "aid.duckdb").exists()


# ---- zero-width and other format characters ------------------------------------------------------


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e"])
def test_digits_split_by_an_invisible_character_are_no_count(mark):
    """``1<ZWSP>2 Caesar`` was read as 2. It shows as "12" but holds two runs: no count at all."""
    assert find_numbers(f"1{mark}2 Caesar") == []
    (record,) = extract_document(Document("d", f"France will send 1{mark}2 Caesar howitzers to Ukraine."))[0]
    assert record.quantity is None


@pytest.mark.parametrize("text", ["\u200b12 Caesar", "12\u200b Caesar", "about 12\u200b Caesar"])
def test_an_invisible_character_beside_a_number_changes_nothing(text):
    assert [m.value for m in find_numbers(text)] == [Decimal(12)]


# ---- hypothesis: numbers at their extremes --------------------------------------------------------

DIGITS_AND_MARKS = st.text(alphabet="0123456789,. \u00a0\u2009\u200b\u00ad", min_size=1, max_size=40)


def _finite_json(records) -> None:
    for r in records:
        json.dumps(r.to_dict(), allow_nan=False)  # raises on inf / NaN


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.one_of(st.integers(min_value=0, max_value=10**400), st.integers(min_value=10**11, max_value=10**30)))
def test_any_count_is_a_record_within_bounds_or_an_al305(n):
    records, problems = extract_document(Document("d", f"France will send {n} Caesar howitzers to Ukraine."))
    assert not [p for p in problems if p.code == "AL205"]
    _finite_json(records)
    for r in records:
        assert implausible(r) is None
        assert r.quantity_value is None or r.quantity_value <= float(MAX_QUANTITY)
    if n > MAX_QUANTITY:
        assert records == [] and [p.source.quote for p in al305(problems)] == [str(n)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(min_value=0, max_value=10**40), sign=st.sampled_from(["€", "$", "£", "CHF ", "¥"]),
       scale=st.sampled_from(["", " million", " billion", "bn", " trillion"]))
def test_any_amount_is_a_record_within_bounds_or_an_al305(n, sign, scale):
    records, problems = extract_document(Document("d", f"Germany will give {sign}{n}{scale} to Ukraine."))
    assert not [p for p in problems if p.code == "AL205"]
    _finite_json(records)
    for r in records:
        assert r.amount is None or Decimal(0) <= r.amount <= MAX_AMOUNT
        assert r.amount is None or r.amount.quantize(Decimal("0.01")) == r.amount  # fits the ledger's DECIMAL


@settings(max_examples=200, deadline=None)
@given(number=DIGITS_AND_MARKS)
def test_number_reading_never_fails_and_spans_are_exact(number):
    text = f"France will send {number} Caesar howitzers to Ukraine."
    for m in find_numbers(text):
        assert text[m.start:m.end] == m.text and m.value.is_finite()
    records, problems = extract_document(Document("d", text))
    assert not [p for p in problems if p.code == "AL205"]
    _finite_json(records)
    for p in al305(problems):
        assert text[p.source.start:p.source.end] == p.source.quote


def test_within_keeps_problems_and_order():
    records, _ = extract_document(Document("d", "Denmark will send 19 Caesar howitzers. Spain will send 4 tanks."))
    kept, problems = within(records, ["earlier"])  # type: ignore[list-item]
    assert kept == records and problems == ["earlier"]
    assert math.isfinite(float(MAX_AMOUNT)) and MAX_QUANTITY < MAX_AMOUNT


def test_a_json_export_writes_null_for_a_float_that_is_not_finite(tmp_path):
    """A view computed by a user (``sql --write``) may hold inf or NaN; JSON has neither."""
    from aidledger import api
    from aidledger.store import Ledger

    db = tmp_path / "aid.duckdb"
    with Ledger.open(db) as led:
        led.sql("CREATE VIEW odd AS SELECT * FROM (VALUES (1, 'inf'::DOUBLE), (2, 'nan'::DOUBLE), (3, 1.5)) t(k, x)")
    api.export("odd", db=db, out=tmp_path / "odd.json")
    assert json.loads((tmp_path / "odd.json").read_text(encoding="utf-8")) == [
        {"k": 1, "x": None}, {"k": 2, "x": None}, {"k": 3, "x": 1.5}]


def test_the_sql_table_shows_inf_and_nan(tmp_path):
    from aidledger.store import Ledger

    db = tmp_path / "aid.duckdb"
    with Ledger.open(db):
        pass
    result = invoke("sql", "SELECT 'inf'::DOUBLE AS a, 'nan'::DOUBLE AS b, 2.5::DOUBLE AS c", "--db", db)
    assert result.exit_code == 0, result.output
    assert "inf" in result.stdout and "nan" in result.stdout and "2.5" in result.stdout
