"""aidledger's scorer agrees with the reference scorer of the evaluation set."""

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidledger.evaluate import format_record, matches, score

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def _reference():
    if not REFERENCE.is_file():
        pytest.skip("reference scorer ../shared/eval/score.py not present")
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


record = st.fixed_dictionaries({
    "donor": st.sampled_from(["FRA", "DNK", "USA", "fra"]),
    "status": st.sampled_from(["pledged", "funded", "delivered", "considering", "refused", "other"]),
    "category": st.sampled_from(["artillery", "tank", "money", None]),
    "item": st.sampled_from(["Caesar", "Caesar howitzer", "Leopard 2A4", "", None]),
    "quantity": st.sampled_from([None, 12, 18, 12.0]),
    "amount": st.sampled_from([None, 200_000_000, 201_000_000, 203_000_000]),
    "currency": st.sampled_from(["EUR", "USD", "eur", None]),
})


@settings(max_examples=150, deadline=None)
@given(st.lists(record, max_size=6), st.lists(record, max_size=6), st.data())
def test_same_figures_as_reference(gold, pred, data):
    ref = _reference()
    docs = ["d1", "d2"]
    gold = [dict(g, doc=data.draw(st.sampled_from(docs))) for g in gold]
    pred = [dict(p, doc_id=data.draw(st.sampled_from(docs + ["d3"]))) for p in pred]
    for p in pred:
        p["system"] = p.pop("item")
    ours = score(gold, pred)
    docs_in_gold = {g["doc"] for g in gold}
    P, R, F, tp, _details = ref.score(gold, [p for p in pred if p["doc_id"] in docs_in_gold])
    assert (ours.precision, ours.recall, ours.f1, ours.matched) == (P, R, F, tp)


def test_money_within_one_percent_same_currency():
    g = {"donor": "FRA", "status": "funded", "amount": 200_000_000, "currency": "EUR"}
    assert matches({"donor": "FRA", "status": "pledged", "amount": 201_000_000, "currency": "EUR"}, g)
    assert not matches({"donor": "FRA", "status": "pledged", "amount": 203_000_000, "currency": "EUR"}, g)
    assert not matches({"donor": "FRA", "status": "pledged", "amount": 200_000_000, "currency": "USD"}, g)


def test_details_list_misses_and_extras():
    gold = [{"doc": "a", "donor": "FRA", "status": "pledged", "item": "Caesar", "category": "artillery",
             "quantity": 12, "quote": "France will send 12 Caesars"}]
    pred = [{"doc_id": "a", "donor": "FRA", "status": "pledged", "system": "Leopard 2A4", "category": "tank",
             "quantity": 12, "quote": "France will send 12 tanks"}]
    s = score(gold, pred)
    assert (s.matched, len(s.misses), len(s.extras)) == (0, 1, 1)
    assert "Caesar" in format_record(s.misses[0]) and "12" in format_record(s.misses[0])
