"""Property tests: pledges → DuckDB → export (Parquet, CSV, JSON) → read back, unchanged."""

import datetime as dt
import json
from decimal import Decimal

import polars as pl
from conftest import copy_db
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidledger import api
from aidledger.model import Document, Pledge, Provenance
from aidledger.store import open_ledger
from aidledger.units import Q_

TEXT = "Norway will send tanks. Spain pledged money. Italy delivered guns to Ukraine. " * 3

pledge = st.builds(
    lambda donor, system, status, qty, amount, start, day: Pledge(
        donor=donor, recipient="UKR", system=system if amount is None else "military aid package",
        category=("tank" if amount is None else "money"), status=status,
        source=Provenance.of("doc1", TEXT, start, start + 20),
        quantity=None if qty is None or amount is not None else Q_(qty, "unit"),
        amount=None if amount is None else Decimal(amount), currency=None if amount is None else "EUR",
        date=None if day is None else dt.date(2023, 1, 1) + dt.timedelta(days=day)),
    st.sampled_from(["NOR", "ESP", "ITA", "EU"]),
    st.sampled_from(["Leopard 2A4", "Leopard 2A6", "Challenger 2", "some tanks"]),
    st.sampled_from(["pledged", "delivered", "funded", "considering", "refused"]),
    st.one_of(st.none(), st.integers(1, 10_000)),
    st.one_of(st.none(), st.integers(1, 10**12)),
    st.integers(0, len(TEXT) - 21),
    st.one_of(st.none(), st.integers(0, 900)),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(pledge, min_size=1, max_size=12))
def test_pledges_export_and_read_back_unchanged(tmp_path_factory, empty_db_template, pledges):
    tmp = tmp_path_factory.mktemp("rt")
    db = copy_db(empty_db_template, tmp / "aid.duckdb")  # a new ledger file, not created again per example
    with open_ledger(db) as ledger:
        ledger.add(pledges, documents=[Document("doc1", TEXT, published=dt.date(2023, 6, 1))])
        stored = ledger.pledges()
    assert len(stored) == len(pledges)
    # Parquet keeps every type
    api.export("pledges", db=db, out=tmp / "p.parquet")
    back = pl.read_parquet(tmp / "p.parquet")
    assert back.sort("pledge_id").equals(stored.sort("pledge_id"))
    # JSON and CSV keep the values
    api.export("pledges", db=db, out=tmp / "p.json")
    rows = json.loads((tmp / "p.json").read_text())
    assert sorted(r["quote"] for r in rows) == sorted(stored["quote"].to_list())
    assert sorted(str(r["amount"]) for r in rows if r["amount"] is not None) == sorted(
        str(a) for a in stored["amount"].drop_nulls().to_list())
    api.export("pledges", db=db, out=tmp / "p.csv")
    csv = pl.read_csv(tmp / "p.csv", infer_schema_length=0)
    assert sorted(csv["donor"].to_list()) == sorted(stored["donor"].to_list())
    assert sorted(csv["quote"].to_list()) == sorted(stored["quote"].to_list())
