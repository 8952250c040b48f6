"""Extraction results as wire rows (``aidledger.wire``): what Dask workers send back. The records
rebuilt from them equal the ones extracted, field for field, after a trip through pickle."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import pickle
from decimal import Decimal

import pytest

from aidledger.model import Document, Pledge, Problem, Provenance
from aidledger.pledges import extract_document
from aidledger.units import Q_
from aidledger.wire import decode, encode

TEXTS = [
    "Denmark said on Monday it would send 19 Caesar howitzers to Ukraine.",
    "Berlin pledged €200 million ($217 million) in military aid on Friday.",
    "Germany will send another 50,000 rounds of 155 mm ammunition and 14 Leopard 2A6 tanks.",
    "Britain will send 14 Challenger 2 tanks, and Poland 10 Leopard tanks.",
    "The weather in Kyiv was cold.",
]


def travel(results):
    return decode(pickle.loads(pickle.dumps(encode(results))))


def test_extracted_records_come_back_equal_with_every_field():
    results = [extract_document(Document(f"d{i}", t, dt.date(2023, 2, 1))) for i, t in enumerate(TEXTS)]
    pledges = [p for ps, _ in results for p in ps]
    assert any(p.quantity is not None for p in pledges) and any(p.amount is not None for p in pledges)
    assert any(p.stated_amount is not None for p in pledges) and any(p.date is not None for p in pledges)
    got = travel(results)
    assert got == results
    for (mine, _), (theirs, _) in zip(got, results, strict=True):
        for a, b in zip(mine, theirs, strict=True):
            assert a.to_dict() == b.to_dict()
            assert type(a.quantity) is type(b.quantity)
            if a.quantity is not None:
                assert (a.quantity.magnitude, type(a.quantity.magnitude)) == (b.quantity.magnitude,
                                                                             type(b.quantity.magnitude))
                assert a.quantity.units == b.quantity.units


def test_every_field_of_a_hand_made_record_and_problem_travels():
    src = Provenance("x", 3, 8, "hello")
    rounds = Pledge("DEU", "UKR", "155mm shells", "ammunition", "pledged", src, quantity=Q_(50000.0, "round"),
                    notes=("a", "b"), is_additional=True, item_text="shells")
    money = Pledge("EU", "UKR", "money", "money", "funded", src, amount=Decimal("1.5E9"), currency="EUR",
                   date=dt.date(2024, 3, 1), stated_amount=Decimal("1620000000.50"), stated_currency="USD")
    problems = [Problem("AL201", "skipped", doc_id="x", source=src), Problem("AL205", "boom", doc_id="x"),
                Problem("AL101", "no id")]
    results = [([rounds, money], problems), ([], [])]
    got = travel(results)
    assert got == results
    for a, b in zip(got[0][0], results[0][0], strict=True):
        assert [getattr(a, f.name) for f in dataclasses.fields(Pledge)] == \
               [getattr(b, f.name) for f in dataclasses.fields(Pledge)]
    assert got[0][0][1].amount.as_tuple() == money.amount.as_tuple()  # the same Decimal, exponent included


def test_units_are_listed_once_per_batch():
    src = Provenance("x", 0, 1, "x")
    pledges = [Pledge("DEU", "UKR", "tank", "tank", "pledged", src, quantity=Q_(float(n), "unit")) for n in range(5)]
    units, rows = encode([(pledges, [])])
    assert len(units) == 1 and len(rows[0][0]) == 5
    assert all(isinstance(r, tuple) for r in rows[0][0])


def test_records_of_other_kinds_travel_as_they_are():
    """An extractor of one's own may return other records, or a quantity that is not pint's."""
    src = Provenance("x", 0, 1, "x")
    odd = Pledge("DEU", "UKR", "tank", "tank", "pledged", src, quantity=12)
    results = [([odd, "not a pledge"], [("a", "tuple")])]
    assert travel(results) == results


@pytest.mark.parametrize("enabled", [True, False])
def test_decode_leaves_the_garbage_collector_as_it_found_it(enabled):
    wire = encode([extract_document(Document("d", TEXTS[0]))])
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        decode(wire)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
