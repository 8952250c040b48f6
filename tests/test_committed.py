"""What is committed: a delivery is a share of the pledges, a pledge of "12 more" is on top of the
deliveries before it (sql/030_committed.sql, aidledger/store/committed.py). End to end on the seed
article (the real extractor) and on ledgers of hand-built records, through every view and chart
that sets deliveries against pledges; then properties of the rule itself."""

from __future__ import annotations

import datetime as dt
import doctest
from decimal import Decimal

import polars as pl
import pytest
from conftest import copy_db
from hypothesis import given, settings
from hypothesis import strategies as st

from aidledger import api, plot
from aidledger.model import Document, Pledge, Provenance
from aidledger.store import committed
from aidledger.units import Q_


def _record(doc: Document, donor: str, status: str, quote: str, *, quantity: int | None = None,
            amount: int | None = None, date: dt.date | None = None) -> Pledge:
    start = doc.text.index(quote)
    source = Provenance.of(doc.id, doc.text, start, start + len(quote))
    if amount is not None:
        return Pledge(donor, "UKR", "money", "money", status, source, amount=Decimal(amount), currency="EUR",
                      date=date or doc.published)
    return Pledge(donor, "UKR", "Caesar", "artillery", status, source, quantity=Q_(quantity, "unit"),
                  date=date or doc.published, item_text="Caesar howitzers")


def _doc(doc_id: str, text: str, published: dt.date) -> Document:
    return Document(id=doc_id, text=text, published=published, outlet="test", source=f"{doc_id}.txt")


def _rows(led, view: str, key: str = "donor") -> dict:
    return {r[key]: r for r in led.view(view).rows(named=True)}


# ---- the seed article, real extractor, as `make demo` builds it ------------------------------------

@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_db_template):
    """The seed through the real extractor (``api.ingest``): a copy of the session's demo ledger."""
    return copy_db(demo_db_template, tmp_path_factory.mktemp("committed") / "demo.duckdb")


def test_seed_france_has_30_caesars_committed_18_delivered(demo_db):
    """"France would send 12 more Caesar" after "the 18 artillery pieces already delivered": 30
    committed, 18 delivered, 12 outstanding, in every view, and Denmark's 19 on top in by_system."""
    marked = api.query("SELECT donor, status, is_additional FROM counted_pledges WHERE family = 'Caesar'"
                       " ORDER BY donor, status", db=demo_db).rows()
    assert marked == [("DNK", "pledged", False), ("FRA", "delivered", False), ("FRA", "pledged", True)]
    ds = api.query("SELECT donor, pledged, delivered, committed FROM by_donor_system WHERE system = 'Caesar'"
                   " ORDER BY donor", db=demo_db).rows()
    assert ds == [("DNK", 19, 0, 19), ("FRA", 12, 18, 30)]
    assert api.query("SELECT artillery FROM by_donor WHERE donor = 'FRA'", db=demo_db).item() == 30
    assert api.query("SELECT pledged, delivered, committed FROM by_system WHERE system = 'Caesar'",
                     db=demo_db).row(0) == (31, 18, 49)
    assert api.query("SELECT committed FROM by_category WHERE category = 'artillery'", db=demo_db).item() == 49
    life = api.query("SELECT committed, remainder FROM donor_family_lifecycle WHERE donor = 'FRA'", db=demo_db)
    assert life.row(0) == (30, 12)
    assert api.query("SELECT committed, remainder FROM lifecycle WHERE donor = 'FRA'", db=demo_db).row(0) == (30, 12)
    assert api.query("SELECT items FROM by_donor_category WHERE donor = 'FRA' AND category = 'artillery'",
                     db=demo_db).item() == 30
    # the money of the seed (a €200M fund, no delivery of money) is unchanged
    assert api.query("SELECT committed_eur FROM by_donor WHERE donor = 'FRA'", db=demo_db).item() == 200e6


def test_seed_chart_draws_what_the_views_count(demo_db):
    """The demo chart (aidledger plot donor): France's bar is 30, 18 delivered and 12 pledged."""
    frame = api.frame(demo_db, "counted_pledges")
    units = plot.totals(plot._heavy(frame), by="donor", measure="units")
    bars = {r["key"]: (r["pledged"], r["delivered"], r["total"]) for r in units.rows(named=True)}
    assert bars == {"FRA": (12, 18, 30), "DNK": (19, 0, 19)}
    heat = plot.donor_category(frame)
    assert dict(zip(heat["donor"], heat["artillery"], strict=True)) == {"FRA": 30, "DNK": 19}
    fig = api.figure(demo_db, "donor")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["France", "Denmark"]
    assert [t.get_text().strip() for t in fig.axes[0].texts] == ["30", "19"]


# ---- hand-built ledgers: each case of the rule -----------------------------------------------------

MORE = _doc("more", "Norway has already delivered 18 Caesar howitzers to Ukraine. "
                    "Norway will send 12 more Caesar howitzers, its minister said.", dt.date(2024, 3, 1))
PLAIN = _doc("plain", "Sweden will send 12 Caesar howitzers to Ukraine. "
                      "Sweden has delivered 18 Caesar howitzers so far.", dt.date(2024, 3, 1))


def test_a_pledge_of_more_is_on_top_of_earlier_deliveries_and_a_plain_one_is_not(ledger):
    ledger.add([_record(MORE, "NOR", "delivered", "delivered 18 Caesar howitzers", quantity=18),
                _record(MORE, "NOR", "pledged", "will send 12 more Caesar howitzers", quantity=12),
                _record(PLAIN, "SWE", "pledged", "will send 12 Caesar howitzers", quantity=12),
                _record(PLAIN, "SWE", "delivered", "has delivered 18 Caesar howitzers", quantity=18)],
               documents=[MORE, PLAIN])
    marks = dict(ledger.sql("SELECT donor || status AS k, is_additional FROM pledges").rows())
    assert marks == {"NORdelivered": False, "NORpledged": True, "SWEpledged": False, "SWEdelivered": False}
    ds = _rows(ledger, "by_donor_system")
    assert (ds["NOR"]["pledged"], ds["NOR"]["delivered"], ds["NOR"]["committed"]) == (12, 18, 30)
    # the 12 may be part of the 18: a delivery is a share of what is committed, never added to it
    assert (ds["SWE"]["pledged"], ds["SWE"]["delivered"], ds["SWE"]["committed"]) == (12, 18, 18)
    donors = _rows(ledger, "by_donor")
    assert (donors["NOR"]["artillery"], donors["SWE"]["artillery"]) == (30, 18)
    assert ledger.view("by_system").row(0, named=True)["committed"] == 48
    life = _rows(ledger, "donor_family_lifecycle")
    assert (life["NOR"]["committed"], life["NOR"]["remainder"]) == (30, 12)
    assert (life["SWE"]["committed"], life["SWE"]["remainder"]) == (18, 0)
    # the charts, on events and on mentions alike
    for frame in (ledger.view("counted_pledges"), ledger.pledges(fx=True)):
        bars = {r["key"]: (r["pledged"], r["delivered"], r["total"])
                for r in plot.totals(frame, by="donor", measure="units").rows(named=True)}
        assert bars == {"NOR": (12, 18, 30), "SWE": (0, 18, 18)}


def test_a_later_delivery_fulfils_a_pledge_of_more(ledger):
    """18 pledged, 18 delivered, 12 more pledged, then those 12 delivered: 30 committed, not 42
    (delivered + additional + max(other - delivered, 0) would count the last delivery twice)."""
    steps = [("d1", "Finland pledged 18 Caesar howitzers to Ukraine.", dt.date(2024, 1, 10), "pledged",
              "18 Caesar howitzers", 18, False),
             ("d2", "Finland has delivered 18 Caesar howitzers.", dt.date(2024, 2, 10), "delivered",
              "18 Caesar howitzers", 18, False),
             ("d3", "Finland will send 12 more Caesar howitzers.", dt.date(2024, 3, 10), "pledged",
              "12 more Caesar howitzers", 12, True),
             ("d4", "Finland has delivered 12 Caesar howitzers this week.", dt.date(2024, 5, 10), "delivered",
              "12 Caesar howitzers", 12, False)]
    for doc_id, text, day, status, quote, n, _ in steps:  # one write each: a scoped refresh at every step
        doc = _doc(doc_id, text, day)
        ledger.add([_record(doc, "FIN", status, quote, quantity=n)], documents=[doc])
    assert ledger.sql("SELECT is_additional FROM pledges ORDER BY doc_id")["is_additional"].to_list() == [
        marked for *_, marked in steps]
    row = ledger.view("by_donor_system").row(0, named=True)
    assert (row["pledged"], row["delivered"], row["committed"]) == (30, 30, 30)
    # the scoped refreshes agree with the totals computed afresh
    assert ledger.sql("SELECT * FROM by_donor_system").equals(
        ledger.sql("SELECT * FROM internal.compute_by_donor_system ORDER BY donor, category, system, quantity_unit"))
    life = ledger.view("donor_family_lifecycle").row(0, named=True)
    assert (life["committed"], life["remainder"]) == (30, 0)


MONEY_MORE = _doc("money-more", "Latvia has delivered aid worth €100 million to Ukraine. "
                                "Latvia will give a further €50 million, the ministry said.", dt.date(2024, 3, 1))
MONEY_PLAIN = _doc("money-plain", "Estonia has delivered aid worth €100 million to Ukraine. "
                                  "Estonia will give €50 million, the ministry said.", dt.date(2024, 3, 1))


def test_money_of_a_further_pledge_is_on_top_of_money_delivered(ledger):
    ledger.add([_record(MONEY_MORE, "LVA", "delivered", "delivered aid worth €100 million", amount=100_000_000),
                _record(MONEY_MORE, "LVA", "pledged", "will give a further €50 million", amount=50_000_000),
                _record(MONEY_PLAIN, "EST", "delivered", "delivered aid worth €100 million", amount=100_000_000),
                _record(MONEY_PLAIN, "EST", "pledged", "will give €50 million", amount=50_000_000)],
               documents=[MONEY_MORE, MONEY_PLAIN])
    money = _rows(ledger, "money_by_donor")
    assert (money["LVA"]["committed_eur"], money["LVA"]["delivered_eur"]) == (150e6, 100e6)
    assert (money["EST"]["committed_eur"], money["EST"]["delivered_eur"]) == (100e6, 100e6)
    usd = ledger.sql("SELECT per_eur FROM fx_rates WHERE currency = 'USD' AND date = DATE '2024-03-01'").item()
    assert money["LVA"]["committed_usd"] == pytest.approx(150e6 * usd)
    donors = _rows(ledger, "by_donor")
    assert (donors["LVA"]["committed_eur"], donors["EST"]["committed_eur"]) == (150e6, 100e6)
    bars = {r["key"]: (r["pledged"], r["delivered"], r["total"])
            for r in plot.totals(ledger.view("counted_pledges"), by="donor", measure="eur").rows(named=True)}
    assert bars == {"LVA": (50e6, 100e6, 150e6), "EST": (0, 100e6, 100e6)}


# ---- the rule itself -------------------------------------------------------------------------------

EVENT = st.tuples(st.sampled_from(["pledged", "funded", "delivered"]), st.integers(1, 50), st.booleans(),
                  st.integers(0, 5))


def _family(events) -> pl.DataFrame:
    return pl.DataFrame(
        {"k": ["artillery"] * len(events), "donor": ["FRA"] * len(events), "family": ["Caesar"] * len(events),
         "status": [e[0] for e in events], "v": [float(e[1]) for e in events],
         "is_additional": [e[2] for e in events],
         "effective_date": [dt.date(2023, 1, 1) + dt.timedelta(days=e[3]) for e in events],
         "event_id": [f"e{i:03d}" for i in range(len(events))]},
        schema_overrides={"effective_date": pl.Date})


@settings(max_examples=60)
@given(st.lists(EVENT, min_size=1, max_size=8))
def test_committed_is_never_less_than_either_side_nor_more_than_both(events):
    side = committed.family_sides(_family(events)).row(0, named=True)
    pledged = sum(v for s, v, *_ in events if s != "delivered")
    delivered = sum(v for s, v, *_ in events if s == "delivered")
    more = sum(v for s, v, more, _ in events if s != "delivered" and more)
    assert (side["pledged"], side["delivered"], side["additional"]) == (pledged, delivered, more)
    assert max(pledged, delivered) <= side["committed"] <= pledged + delivered
    assert side["committed"] >= more and 0 <= side["uncovered"] <= delivered
    if not more:
        assert side["committed"] == max(pledged, delivered)


@settings(max_examples=60)
@given(st.lists(EVENT, min_size=1, max_size=8))
def test_deliveries_before_every_pledge_of_more_are_not_covered_by_it(events):
    """Deliveries and plain pledges on days 0-5, pledges of more on day 9: committed = delivered +
    additional + max(other pledged - delivered, 0)."""
    events = [(s, v, m and s != "delivered", 9 if m and s != "delivered" else d) for s, v, m, d in events]
    side = committed.family_sides(_family(events)).row(0, named=True)
    delivered = sum(v for s, v, *_ in events if s == "delivered")
    more = sum(v for s, v, m, _ in events if m)
    other = sum(v for s, v, m, _ in events if s != "delivered" and not m)
    assert side["committed"] == delivered + more + max(other - delivered, 0)


@settings(max_examples=40)
@given(st.lists(EVENT, min_size=1, max_size=8))
def test_a_chart_bar_is_the_committed_total_split_by_status(events):
    frame = _family(events).rename({"k": "category", "family": "system", "v": "quantity"}).with_columns(
        quantity_unit=pl.lit("units"))
    bar = plot.totals(frame, by="donor", measure="units").row(0, named=True)
    side = committed.family_sides(_family(events)).row(0, named=True)
    assert bar["total"] == pytest.approx(side["committed"])
    assert bar["delivered"] == side["delivered"] and bar["pledged"] >= 0 and bar["funded"] >= 0
    assert bar["pledged"] + bar["funded"] == pytest.approx(side["committed"] - side["delivered"])


def test_money_of_a_family_is_its_exact_sum_in_any_order():
    """The charts' family_sides sums v as DECIMAL (internal.exact) and gives DOUBLE back: 0.1 + 0.2 +
    0.3 is 0.6 in any order (in DOUBLE it is 0.6000000000000001 added in this order, 0.6 in reverse)."""
    events = [("pledged", 0.1, False, 0), ("pledged", 0.2, False, 1), ("pledged", 0.3, False, 2),
              ("delivered", 0.1, False, 3), ("delivered", 0.2, False, 4), ("delivered", 0.3, False, 5)]
    for order in (events, events[::-1]):
        side = committed.family_sides(_family(order)).row(0, named=True)
        assert (side["pledged"], side["delivered"], side["committed"]) == (0.6, 0.6, 0.6)


def test_family_sides_docstring_examples_run():
    result = doctest.testmod(committed)
    assert result.attempted >= 3 and result.failed == 0


def test_family_sides_names_the_columns_it_lacks():
    with pytest.raises(ValueError, match="is_additional"):
        committed.family_sides(pl.DataFrame({"k": ["a"], "donor": ["FRA"]}))


def test_estimated_value_follows_the_same_rule(ledger):
    """10 Caesars pledged, 18 delivered, then 12 more: 30 committed (10 + 12, and 8 of the
    deliveries that no pledge before the 12 more covers); the value totals count the pledges whole
    and of the delivery's estimate the part no earlier pledge covers (about 8/18; in value, each
    event priced at the exchange rate of its own day)."""
    steps = [("v1", "Poland pledged 10 Caesar howitzers.", dt.date(2024, 1, 10), "pledged", "10 Caesar howitzers", 10),
             ("v2", "Poland has delivered 18 Caesar howitzers.", dt.date(2024, 2, 12), "delivered",
              "18 Caesar howitzers", 18),
             ("v3", "Poland will send 12 more Caesar howitzers.", dt.date(2024, 3, 11), "pledged",
              "12 more Caesar howitzers", 12)]
    for doc_id, text, day, status, quote, n in steps:
        doc = _doc(doc_id, text, day)
        ledger.add([_record(doc, "POL", status, quote, quantity=n)], documents=[doc])
    row = ledger.view("by_donor_system").row(0, named=True)
    assert (row["pledged"], row["delivered"], row["committed"]) == (22, 18, 30)
    ev = ledger.sql("SELECT status, quantity, value_eur, counted_share FROM event_values ORDER BY effective_date")
    pledged_first, delivered, _ = ev["value_eur"].to_list()  # each priced at the rate of its own day
    assert ev["counted_share"].to_list() == pytest.approx([1.0, (delivered - pledged_first) / delivered, 1.0])
    assert ev["counted_share"][1] == pytest.approx(8 / 18, rel=0.05)
    value = ledger.sql("SELECT estimated_eur FROM value_by_donor WHERE donor = 'POL'").item()
    assert value == pytest.approx(sum(v * s for v, s in zip(ev["value_eur"], ev["counted_share"], strict=True)))
