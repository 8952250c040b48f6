"""A write refreshes only the events it can change (named query refresh_events_scoped): after any
sequence of writes, the tables mention_events, events and totals_by_* equal what the compute_*
views compute afresh over every mention."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidledger import ledger as ledger_mod
from aidledger import store
from aidledger.errors import StoreError
from aidledger.model import Document, Pledge, Provenance
from aidledger.store import Ledger
from aidledger.units import Q_

D = dt.date
PAIRS = [("events", "compute_events"), ("mention_events", "compute_mention_events")] + [
    (f"totals_by_{name}", f"compute_by_{name}")
    for name in ("donor", "donor_system", "system", "category", "month", "status")]


def same_as_afresh(led: Ledger) -> None:
    for table, view in PAIRS:
        stored = led.sql(f"SELECT * FROM {table} ORDER BY ALL")
        fresh = led.sql(f"SELECT * FROM {view} ORDER BY ALL")
        assert stored.columns == fresh.columns, table
        assert stored.equals(fresh), f"{table} differs from {view}"
    fx_problems = "SELECT * FROM problems WHERE code IN ('AL301', 'AL302') ORDER BY ALL"
    stored = led.sql(fx_problems)
    with led.transaction():
        led.refresh_fx_problems()
    assert led.sql(fx_problems).equals(stored)
    for scratch in ("refresh_docs", "refresh_keys", "refresh_pledges", "refresh_event_ids", "refresh_changed_groups"):
        assert led.sql(f"SELECT count(*) AS n FROM {scratch}")["n"].item() == 0, scratch


def document(doc_id: str, published: dt.date | None) -> Document:
    return Document(doc_id, f"Report {doc_id}: ministers announced more aid for Ukraine this week.",
                    published=published)


# Small vocabularies, so that documents share keys, packages form and 30-day gaps split events.
SYSTEMS = [("Leopard 2A6", "tank"), ("Leopard 2A4", "tank"), ("Caesar", "artillery"), ("money", "money")]
mention_st = st.fixed_dictionaries({
    "donor": st.sampled_from(["DEU", "FRA", "USA"]),
    "system": st.sampled_from(SYSTEMS),
    "status": st.sampled_from(["pledged", "delivered", "considering"]),
    "quantity": st.sampled_from([None, 4, 14]),
    "amount": st.sampled_from([None, "100", "200", "300", "600"]),
    "date": st.one_of(st.none(), st.dates(D(2023, 1, 1), D(2023, 6, 30))),
    "notes": st.sampled_from([(), ("component",), ("running-total",)]),
    "currency": st.sampled_from(["EUR", "USD", "XYZ"]),  # XYZ: no ECB rate (problem AL302)
})
doc_st = st.tuples(st.sampled_from([f"d{i}" for i in range(6)]),
                   st.one_of(st.none(), st.dates(D(2023, 1, 1), D(2023, 6, 30))),
                   st.lists(mention_st, max_size=5))


def build(doc_id: str, published: dt.date | None, mentions: list[dict]) -> tuple[Document, list[Pledge]]:
    d = document(doc_id, published)
    pledges = []
    for i, m in enumerate(mentions):
        system, category = m["system"]
        money = system == "money"
        pledges.append(Pledge(
            m["donor"], "UKR", system, category, m["status"], Provenance.of(d.id, d.text, i, i + 6),
            quantity=None if money or m["quantity"] is None else Q_(m["quantity"], "unit"),
            amount=Decimal(m["amount"] or "50") if money else None, currency=m["currency"] if money else None,
            date=m["date"], notes=m["notes"]))
    return d, pledges


@pytest.fixture
def always_scoped(monkeypatch):
    """Take the scoped path whatever the size of the write (the rule is about speed only)."""
    monkeypatch.setattr(store.refresh, "SCOPED_REFRESH_SHARE", float("inf"))
    seen = []
    original = Ledger._q

    def spy(self, name, /, **params):
        seen.append(name)
        return original(self, name, **params)

    monkeypatch.setattr(Ledger, "_q", spy)
    return seen


@pytest.fixture(scope="module")
def shared_ledger():
    with Ledger.open(None) as led:  # opened once: each example empties it
        yield led


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(writes=st.lists(doc_st, min_size=1, max_size=5))
def test_scoped_refresh_after_any_writes_equals_a_full_one(writes, always_scoped, shared_ledger):
    led = shared_ledger
    with led.transaction():  # empty, with the derived tables of an empty ledger (the first write refreshes all)
        for table in ("pledges", "problems", "documents", *(f"internal.{table}" for table, _ in PAIRS)):
            led.con.execute(f"DELETE FROM {table}")
    always_scoped.clear()  # one list for every example
    scoped = 0
    for doc_id, published, mentions in writes:  # a document id seen again replaces its rows
        scoped += led.sql("SELECT count(*) AS n FROM mention_events")["n"].item() > 0
        d, pledges = build(doc_id, published, mentions)
        led.add(pledges, documents=[d])
        same_as_afresh(led)
    assert always_scoped.count("refresh_events_scoped") == scoped


def test_a_write_that_moves_a_package_total_to_another_event_updates_its_parts(always_scoped, ledger):
    """The parts point to the event of their total; when a later article joins the total's key
    with an earlier date, the total's event changes, and so must the parts' package_event_id."""
    with ledger as led:  # a copy of the session's empty ledger file
        a = document("a", D(2023, 3, 1))
        led.add([Pledge("USA", "UKR", "money", "money", "pledged", Provenance.of("a", a.text, i, i + 5),
                        amount=Decimal(v), currency="USD") for i, v in enumerate(["600", "100", "200", "300"])],
                documents=[a])
        parts = led.sql("SELECT package_event_id FROM events WHERE is_component")["package_event_id"].unique()
        b = document("b", D(2023, 2, 20))
        led.add([Pledge("USA", "UKR", "money", "money", "pledged", Provenance.of("b", b.text, 0, 5),
                        amount=Decimal("600"), currency="USD")], documents=[b])
        same_as_afresh(led)
        moved = led.sql("SELECT package_event_id FROM events WHERE is_component")["package_event_id"].unique()
        assert parts.len() == moved.len() == 1 and parts.item() != moved.item()
        total = led.sql("SELECT event_id, n_mentions FROM events WHERE amount = 600").rows()
        assert total == [(moved.item(), 2)]
    assert "refresh_events_scoped" in always_scoped


def test_a_large_write_recomputes_everything(monkeypatch, ledger):
    calls = []
    original = Ledger._q
    monkeypatch.setattr(Ledger, "_q", lambda self, name, /, **params: (calls.append(name),
                                                                     original(self, name, **params))[1])
    with ledger as led:  # a copy of the session's empty ledger file
        d, pledges = build("a", D(2023, 1, 5), [{"donor": "DEU", "system": SYSTEMS[0], "status": "pledged",
                                                 "quantity": 4, "amount": None, "date": None, "notes": (),
                                                 "currency": "EUR"}])
        led.add(pledges, documents=[d])  # the first write is the whole ledger: a full refresh
        assert "refresh_events" in calls and "refresh_events_scoped" not in calls
        same_as_afresh(led)


def test_an_ingest_into_a_large_ledger_is_scoped(tmp_path, monkeypatch):
    calls = []
    original = Ledger._q
    monkeypatch.setattr(Ledger, "_q", lambda self, name, /, **params: (calls.append(name),
                                                                     original(self, name, **params))[1])
    monkeypatch.setattr(store.refresh, "SCOPED_REFRESH_SHARE", float("inf"))
    first = tmp_path / "first.txt"
    first.write_text("France will send 12 more Caesar howitzers to Ukraine, the minister said on Tuesday.",
                     encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("Germany will deliver 14 Leopard 2A6 tanks to Ukraine, Berlin said.", encoding="utf-8")
    with Ledger.open(tmp_path / "l.duckdb") as led:
        led.ingest([first], published=D(2023, 1, 31))
        calls.clear()
        led.ingest([second], published=D(2023, 2, 1))
        assert "refresh_events_scoped" in calls and "refresh_events" not in calls
        same_as_afresh(led)
        assert led.sql("SELECT count(*) AS n FROM events")["n"].item() == 2


def test_a_database_with_the_old_pledges_key_loses_it_and_keeps_its_rows(tmp_path):
    """pledge_id was a PRIMARY KEY; its in-memory index did not fit an ingest's memory limit."""
    db = tmp_path / "old.duckdb"
    d, pledges = build("a", D(2023, 1, 5), [{"donor": "DEU", "system": SYSTEMS[0], "status": "pledged",
                                             "quantity": 4, "amount": None, "date": None, "notes": (),
                                             "currency": "EUR"}])
    with Ledger.open(db) as led:
        led.add(pledges, documents=[d])
        led.con.execute("CREATE TABLE old AS SELECT * FROM pledges; DROP TABLE pledges; "
                        "CREATE TABLE pledges AS SELECT * FROM old; DROP TABLE old; "
                        "ALTER TABLE pledges ADD PRIMARY KEY (pledge_id)")
        assert led._q("pledges_primary_key") == 1
    with Ledger.open(db) as led:
        assert led._q("pledges_primary_key") == 0
        assert led.pledges()["pledge_id"].to_list() == ledger_mod.pledge_ids(pledges)
        assert led.view("by_donor")["tank"].to_list() == [4]


def test_pledge_ids_stay_unique_without_the_key(ledger):
    d, pledges = build("a", D(2023, 1, 5), [{"donor": "DEU", "system": SYSTEMS[0], "status": "pledged",
                                             "quantity": 4, "amount": None, "date": None, "notes": (),
                                             "currency": "EUR"}])
    ledger.add(pledges, documents=[d])
    ledger.add(pledges, documents=[d])  # the whole document again: replaced
    assert ledger.pledges().height == 1
    with pytest.raises(StoreError, match="already stored"):
        ledger.add(pledges)  # the same records without their document: refused, nothing written
    assert ledger.pledges().height == 1
