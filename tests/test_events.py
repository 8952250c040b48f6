"""Mentions grouped into pledge events (sql/050_events.sql): one pledge reported by many articles
counts once, package totals are not added to their components, running totals are never summed,
and deliveries are linked to the pledges they fulfil."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import polars as pl
import pytest
from conftest import copy_db, seed_document, seed_pledges
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidledger.model import Document, Pledge, Provenance
from aidledger.store import Ledger
from aidledger.units import Q_

D = dt.date


def doc(doc_id: str, published: dt.date | None, text: str = "") -> Document:
    return Document(doc_id, text or f"Article {doc_id}: the minister spoke about aid to Ukraine today.",
                    published=published)


def mention(d: Document, donor: str, system: str, category: str, status: str, *, quantity: float | None = None,
            amount: str | None = None, currency: str | None = None, date: dt.date | None = None,
            start: int = 0, notes: tuple[str, ...] = (), additional: bool | None = None) -> Pledge:
    return Pledge(donor, "UKR", system, category, status, Provenance.of(d.id, d.text, start, start + 7),
                  quantity=None if quantity is None else Q_(quantity, "unit"),
                  amount=None if amount is None else Decimal(amount), currency=currency, date=date, notes=notes,
                  is_additional=additional)


def events(led: Ledger) -> list[dict]:
    return led.sql("SELECT * FROM pledge_events ORDER BY effective_date, donor, family, status, quantity").rows(
        named=True)


def test_one_pledge_in_three_articles_is_one_event(ledger):
    docs = [doc("wire", D(2023, 1, 25)), doc("rewrite", D(2023, 1, 26)), doc("followup", D(2023, 2, 20))]
    ms = [mention(docs[0], "DEU", "Leopard 2A6", "tank", "pledged", quantity=14, date=D(2023, 1, 25)),
          mention(docs[1], "DEU", "Leopard 2A6", "tank", "pledged", quantity=14),
          mention(docs[2], "DEU", "Leopard 2A6", "tank", "pledged", quantity=14, start=10)]
    ledger.add(ms, documents=docs)
    (event,) = events(ledger)
    assert (event["n_mentions"], event["n_sources"]) == (3, 3)
    assert event["doc_ids"] == ["followup", "rewrite", "wire"]
    assert event["first_doc_id"] == "wire" and event["quote"] == docs[0].text[:7]
    assert event["date"] == D(2023, 1, 25) and event["effective_date"] == D(2023, 1, 25)
    assert event["last_effective_date"] == D(2023, 2, 20)
    assert event["family"] == "Leopard 2" and event["system"] == "Leopard 2A6"
    assert not event["is_component"] and not event["is_running_total"] and event["package_event_id"] is None
    (row,) = ledger.view("by_donor_system").rows(named=True)
    assert (row["pledged"], row["n_events"], row["n_mentions"], row["n_sources"]) == (14, 1, 3, 3)
    (donor,) = ledger.view("by_donor").rows(named=True)
    assert (donor["tank"], donor["n_sources"], donor["event_ids"]) == (14, 3, [event["event_id"]])


def test_a_pledge_repeated_months_later_is_one_event(ledger):
    """Repeating a figure is not a new pledge, however long after (issue 13)."""
    docs = [doc("a", D(2023, 1, 1)), doc("b", D(2023, 1, 31)), doc("c", D(2023, 4, 15))]
    ledger.add([mention(d, "POL", "Leopard 2A4", "tank", "pledged", quantity=14) for d in docs], documents=docs)
    got = events(ledger)
    assert [(e["effective_date"], e["n_mentions"]) for e in got] == [(D(2023, 1, 1), 3)]
    assert ledger.view("by_donor")["tank"].to_list() == [14]


def test_a_pledge_marked_as_new_is_a_second_event_and_its_rereports_join_it(ledger):
    """'another 14' starts an event; its wire copies within 30 days join it; one 40 days on is a third."""
    docs = [doc("a", D(2023, 1, 1)), doc("b", D(2023, 3, 15)), doc("c", D(2023, 3, 20)), doc("d", D(2023, 4, 30))]
    ledger.add([mention(docs[0], "POL", "Leopard 2A4", "tank", "pledged", quantity=14)]
               + [mention(d, "POL", "Leopard 2A4", "tank", "pledged", quantity=14, additional=True) for d in docs[1:]],
               documents=docs)
    got = events(ledger)
    assert [(e["effective_date"], e["n_mentions"]) for e in got] == [
        (D(2023, 1, 1), 1), (D(2023, 3, 15), 2), (D(2023, 4, 30), 1)]
    assert ledger.view("by_donor")["tank"].to_list() == [42]


def test_a_chain_of_close_mentions_stays_one_event(ledger):
    """The window is between neighbours: 0, 25, 50, 75 days is one event (documented rule)."""
    docs = [doc(f"d{i}", D(2023, 1, 1) + dt.timedelta(days=25 * i)) for i in range(4)]
    ledger.add([mention(d, "GBR", "Challenger 2", "tank", "pledged", quantity=14) for d in docs], documents=docs)
    (event,) = events(ledger)
    assert event["n_mentions"] == 4


def test_variants_of_one_family_join_and_the_event_names_the_family(ledger):
    docs = [doc("a", D(2023, 2, 1)), doc("b", D(2023, 2, 2))]
    ledger.add([mention(docs[0], "CAN", "Leopard 2A4", "tank", "pledged", quantity=4),
                mention(docs[1], "CAN", "Leopard 2", "tank", "pledged", quantity=4)], documents=docs)
    (event,) = events(ledger)
    assert (event["system"], event["family"], event["n_sources"]) == ("Leopard 2", "Leopard 2", 2)


def test_different_quantity_status_or_donor_are_different_events(ledger):
    d = doc("a", D(2023, 2, 1))
    ledger.add([mention(d, "CAN", "Leopard 2A4", "tank", "pledged", quantity=4),
                mention(d, "CAN", "Leopard 2A4", "tank", "pledged", quantity=8, start=8),
                mention(d, "CAN", "Leopard 2A4", "tank", "delivered", quantity=4, start=16),
                mention(d, "NOR", "Leopard 2A4", "tank", "pledged", quantity=4, start=24)], documents=[d])
    assert len(events(ledger)) == 4


def test_unknown_system_groups_by_its_own_name_and_undated_mentions_form_one_event(ledger):
    docs = [doc("a", None), doc("b", None)]
    ledger.add([mention(d, "SWE", "field kitchens", "other_equipment", "pledged", quantity=3) for d in docs],
               documents=docs)
    (event,) = events(ledger)
    assert event["family"] == "field kitchens" and event["effective_date"] is None and event["n_mentions"] == 2


def test_event_ids_are_stable_whatever_the_order_of_ingest(empty_db_template, tmp_path):
    docs = [doc("a", D(2023, 1, 25)), doc("b", D(2023, 1, 26)), doc("c", D(2023, 6, 1))]
    ms = [mention(d, "DEU", "Leopard 2A6", "tank", "pledged", quantity=14, additional=d.id == "c") for d in docs]
    ids = []
    for n, order in enumerate(([0, 1, 2], [2, 1, 0])):
        with Ledger.open(copy_db(empty_db_template, tmp_path / f"ledger-{n}.duckdb")) as led:  # two fresh ledgers
            for i in order:
                led.add([ms[i]], documents=[docs[i]])
            ids.append(sorted(e["event_id"] for e in events(led)))
    assert ids[0] == ids[1] and len(ids[0]) == 2


def test_package_total_and_components_count_once(ledger):
    """A $2.6bn package = $500M drawdown + $2.1bn: both kept, linked, the total counted once."""
    d = doc("pkg", D(2023, 2, 24))
    ms = [mention(d, "USA", "money", "money", "pledged", amount="2600000000", currency="USD"),
          mention(d, "USA", "money", "money", "pledged", amount="500000000", currency="USD", start=10),
          mention(d, "USA", "money", "money", "pledged", amount="2100000000", currency="USD", start=20),
          mention(d, "USA", "money", "money", "pledged", amount="2600000000", currency="USD", start=30)]
    ledger.add(ms, documents=[d])
    got = {e["amount"]: e for e in events(ledger)}
    total = got[Decimal("2600000000.00")]
    assert not total["is_component"] and total["n_mentions"] == 2
    for part in ("500000000.00", "2100000000.00"):
        assert got[Decimal(part)]["is_component"] and got[Decimal(part)]["package_event_id"] == total["event_id"]
    (usa,) = ledger.view("by_donor").rows(named=True)
    assert usa["committed_usd"] == pytest.approx(2.6e9)
    assert usa["n_events"] == 3  # every event is listed ...
    assert ledger.view("by_status")["amount_usd"].to_list() == [pytest.approx(2.6e9)]  # ... counted once


def test_amounts_that_do_not_add_up_are_separate_pledges(ledger):
    d = doc("two", D(2023, 2, 24))
    ledger.add([mention(d, "USA", "money", "money", "pledged", amount="2600000000", currency="USD"),
                mention(d, "USA", "money", "money", "pledged", amount="400000000", currency="USD", start=10),
                mention(d, "USA", "money", "money", "pledged", amount="1000000000", currency="USD", start=20)],
               documents=[d])
    assert not any(e["is_component"] for e in events(ledger))
    assert ledger.view("by_donor")["committed_usd"].to_list() == [pytest.approx(4.0e9)]


def test_parts_stated_by_the_extractor(ledger):
    d = doc("stated", D(2023, 2, 24))
    ledger.add([mention(d, "GBR", "money", "money", "pledged", amount="2300000000", currency="GBP"),
                mention(d, "GBR", "money", "money", "pledged", amount="250000000", currency="GBP", start=10,
                        notes=("component",))], documents=[d])
    part = next(e for e in events(ledger) if e["amount"] == Decimal("250000000.00"))
    assert part["is_component"] and part["package_event_id"] is not None
    assert ledger.view("by_donor")["committed_eur"].item() == pytest.approx(2.3e9 / 0.88, rel=0.05)


def test_running_totals_are_never_summed(ledger):
    docs = [doc("a", D(2023, 1, 10)), doc("b", D(2023, 3, 10)), doc("c", D(2023, 5, 10))]
    ledger.add([mention(docs[0], "FRA", "Caesar", "artillery", "delivered", quantity=6),
                mention(docs[1], "FRA", "Caesar", "artillery", "delivered", quantity=12, notes=("running-total",)),
                mention(docs[2], "FRA", "Caesar", "artillery", "delivered", quantity=18, notes=("cumulative",))],
               documents=docs)
    flags = {e["quantity"]: e["is_running_total"] for e in events(ledger)}
    assert flags == {6: False, 12: True, 18: True}
    assert ledger.view("by_donor")["artillery"].to_list() == [6]
    (life,) = ledger.view("donor_family_lifecycle").rows(named=True)
    assert life["delivered"] == 18  # the largest running total is more than the sum of the rest


def test_lifecycle_links_deliveries_to_pledges(ledger):
    docs = [doc("p1", D(2023, 1, 10)), doc("d1", D(2023, 3, 1)), doc("d0", D(2022, 12, 1)),
            doc("p2", D(2023, 4, 1))]
    ledger.add([mention(docs[0], "DEU", "Leopard 2A6", "tank", "pledged", quantity=14),
                mention(docs[1], "DEU", "Leopard 2A6", "tank", "delivered", quantity=6),
                mention(docs[2], "DEU", "Leopard 2A6", "tank", "delivered", quantity=2),
                mention(docs[3], "DEU", "Leopard 2A6", "tank", "pledged", quantity=4)], documents=docs)
    links = {r["delivered"]: r for r in ledger.view("event_lifecycle").rows(named=True)}
    assert links[6]["pledged"] == 14 and links[6]["days_to_delivery"] == 50
    assert links[2]["pledge_event_id"] is None  # delivered before any pledge
    (life,) = ledger.view("donor_family_lifecycle").rows(named=True)
    assert (life["pledged"], life["delivered"], life["remainder"]) == (18, 8, 10)
    assert life["delivery_ratio"] == pytest.approx(8 / 18)


def test_lifecycle_remainder_of_the_seed_is_the_12_more(seeded):
    """France pledged 12 *more* Caesars after 18 delivered: 30 committed, the 12 still to deliver."""
    life = {r["donor"]: r for r in seeded.view("donor_family_lifecycle").rows(named=True)}
    fra = life["FRA"]
    assert (fra["pledged"], fra["delivered"], fra["committed"], fra["remainder"]) == (12, 18, 30, 12)
    assert life["DNK"]["remainder"] == 19 and life["DNK"]["delivery_ratio"] == 0


def test_seed_bars_hold_over_events(seeded):
    by = {(r["donor"], r["system"]): r for r in seeded.view("by_donor_system").rows(named=True)}
    assert (by[("FRA", "Caesar")]["pledged"], by[("FRA", "Caesar")]["delivered"]) == (12, 18)
    assert by[("DNK", "Caesar")]["pledged"] == 19
    assert by[("FRA", "money")]["committed_usd"] == pytest.approx(216_660_000)
    assert seeded.sql("SELECT count(*) AS n FROM pledge_events")["n"].item() == 4


def test_seed_ingested_twice_under_two_ids_is_still_one_pledge_each(ledger):
    """The same article under two ids (a wire copy) doubles the mentions, not the totals."""
    first = seed_document()
    copy = Document("copy", first.text, published=first.published)
    ledger.add(seed_pledges(first) + seed_pledges(copy), documents=[first, copy])
    by = {(r["donor"], r["system"]): r for r in ledger.view("by_donor_system").rows(named=True)}
    assert (by[("FRA", "Caesar")]["pledged"], by[("FRA", "Caesar")]["n_sources"]) == (12, 2)
    assert by[("FRA", "money")]["committed_usd"] == pytest.approx(216_660_000)


SYSTEMS = st.sampled_from([("Leopard 2A4", "tank"), ("Leopard 2A6", "tank"), ("Caesar", "artillery")])


@pytest.fixture(scope="module")
def shared_ledger():
    with Ledger.open(None) as led:
        yield led


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["DEU", "POL"]), SYSTEMS, st.sampled_from(["pledged", "delivered"]),
                          st.integers(1, 3), st.integers(0, 120)), min_size=1, max_size=12))
def test_every_mention_is_in_exactly_one_event(shared_ledger, rows):
    docs, ms = [], []
    for i, (donor, (system, category), status, qty, day) in enumerate(rows):
        d = doc(f"d{i}", D(2023, 1, 1) + dt.timedelta(days=day))
        docs.append(d)
        ms.append(mention(d, donor, system, category, status, quantity=qty))
    led = shared_ledger
    for table in ("documents", "pledges", "problems"):
        led.sql(f"DELETE FROM {table}")
    led.add(ms, documents=docs)
    mentions = led.view("pledge_mentions")
    evs = led.view("pledge_events")
    assert mentions.height == len(ms)
    assert evs["n_mentions"].sum() == len(ms)
    assert sorted(evs["pledge_ids"].explode().to_list()) == sorted(mentions["pledge_id"].to_list())
    assert evs["event_id"].n_unique() == evs.height
    # Totals over events never exceed totals over mentions.
    per_mention = mentions.group_by("donor", "status").agg(pl.col("quantity").sum())
    per_event = evs.group_by("donor", "status").agg(pl.col("quantity").sum())
    joined = per_mention.join(per_event, on=["donor", "status"], suffix="_e")
    assert (joined["quantity_e"] <= joined["quantity"]).all()


def test_events_are_materialised_and_refreshed_when_pledges_change_behind_the_store(tmp_path):
    db = tmp_path / "l.duckdb"
    d = doc("a", D(2023, 2, 1))
    with Ledger.open(db) as led:
        led.add([mention(d, "CAN", "Leopard 2A4", "tank", "pledged", quantity=4)], documents=[d])
        assert led.view("pledge_events").height == 1 and "events" not in led.tables()  # plumbing: internal.events
        assert led.view("by_donor")["tank"].to_list() == [4]
        led.sql("DELETE FROM pledges")  # another client's SQL: the tables are now stale ...
        assert led.view("pledge_events").height == 1
        fresh = led.sql("SELECT count(*) AS n FROM compute_events")["n"].item()
        assert fresh == 0  # ... the compute_* views are not
    with Ledger.open(db) as led:  # opening for writing notices and refreshes
        assert led.view("pledge_events").height == 0 and led.view("by_donor").height == 0


def test_the_refreshed_tables_equal_the_compute_views(seeded):
    for table, view in [("events", "compute_events"), ("mention_events", "compute_mention_events"),
                        ("totals_by_donor_system", "compute_by_donor_system"), ("totals_by_month", "compute_by_month")]:
        got = seeded.sql(f"SELECT * FROM {table} ORDER BY ALL")
        assert got.equals(seeded.sql(f"SELECT * FROM {view} ORDER BY ALL")), table
        assert got.height > 0
