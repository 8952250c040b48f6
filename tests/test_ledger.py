"""The ledger frame: one schema, built from Pledge records, validated."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import polars as pl
import pytest
from conftest import SEED_ID, seed_document, seed_pledges

from aidledger.ledger import (
    DOCUMENT_SCHEMA,
    LEDGER_SCHEMA,
    PROBLEM_SCHEMA,
    documents_frame,
    pledge_ids,
    problems_frame,
    to_frame,
    validate_ledger,
)
from aidledger.model import Problem, Provenance


def test_empty_frame_has_the_schema():
    frame = to_frame([])
    assert frame.schema == LEDGER_SCHEMA and frame.height == 0
    assert validate_ledger(frame) == []


def test_seed_records_to_frame():
    doc = seed_document()
    frame = to_frame(seed_pledges(doc), published={doc.id: doc.published})
    assert frame.schema == LEDGER_SCHEMA
    assert validate_ledger(frame) == []
    assert frame["quantity"].to_list() == [12.0, 18.0, None, 19.0]
    assert frame["quantity_unit"].to_list() == ["units", "units", None, "units"]
    assert frame["amount"][2] == Decimal("200000000.00")
    assert frame["published"].to_list() == [dt.date(2023, 1, 31)] * 4
    assert frame["notes"][3] == "system-from-context"
    assert frame["pledge_id"][0].startswith(f"{SEED_ID}:")


def test_pledge_ids_are_unique_for_repeated_spans():
    p = seed_pledges()[0]
    ids = pledge_ids([p, p, p])
    assert ids[1] == ids[0] + ".2" and ids[2] == ids[0] + ".3"


def test_money_keeps_cents():
    p = seed_pledges()[2]
    from dataclasses import replace

    frame = to_frame([replace(p, amount=Decimal("2.5E9"), stated_amount=Decimal("0.125"))])
    assert frame["amount"][0] == Decimal("2500000000.00")
    assert frame["stated_amount"][0] == Decimal("0.12")  # rounded half-even to cents


def test_validate_reports_every_problem():
    frame = to_frame(seed_pledges())
    bad = frame.with_columns(
        pl.when(pl.int_range(pl.len()) == 0).then(pl.lit("lent")).otherwise(pl.col("status")).alias("status"),
        pl.when(pl.int_range(pl.len()) == 1).then(pl.lit("spaceship")).otherwise(pl.col("category"))
        .alias("category"),
        pl.when(pl.int_range(pl.len()) == 2).then(pl.lit("euro")).otherwise(pl.col("currency"))
        .alias("currency"),
        pl.when(pl.int_range(pl.len()) == 3).then(pl.col("span_end") + 1).otherwise(pl.col("span_end"))
        .alias("span_end"),
        pl.lit("same").alias("pledge_id"),
    )
    errors = validate_ledger(bad)
    text = "\n".join(errors)
    for expected in ("status not in the vocabulary", "category not in the vocabulary",
                     "currency not a 3-letter code", "span length", "duplicate pledge_id"):
        assert expected in text, errors


def test_validate_reports_schema_errors():
    frame = to_frame(seed_pledges())
    errors = validate_ledger(frame.drop("quote").with_columns(pl.col("quantity").cast(pl.Int64),
                                                             pl.lit(1).alias("extra")))
    assert any("missing columns: quote" in e for e in errors)
    assert any("unexpected columns: extra" in e for e in errors)
    assert any("column quantity: dtype" in e for e in errors)


def test_documents_and_problems_frames():
    doc = seed_document()
    when = dt.datetime(2024, 1, 1, 12, 0)
    docs = documents_frame([doc], ingested_at=when)
    assert docs.schema == DOCUMENT_SCHEMA
    assert docs.row(0, named=True)["ingested_at"] == when
    src = Provenance.of(doc.id, doc.text, 0, 6)
    probs = problems_frame([Problem("AL201", "number", source=src), Problem("AL103", "bad line")])
    assert probs.schema == PROBLEM_SCHEMA
    assert probs.rows() == [(doc.id, "AL201", "number", 0, 6, "Russia"),
                            (None, "AL103", "bad line", None, None, None)]


@pytest.mark.parametrize("column", list(LEDGER_SCHEMA))
def test_every_ledger_column_is_documented(column):
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "data-model.md").read_text(encoding="utf-8")
    assert f"`{column}`" in text
