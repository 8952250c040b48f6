"""Totals a researcher cites never show unknown as 0: an event of items without a number is in no
sum, is counted in ``n_unknown_quantity`` beside the totals, and makes a total NULL when every
item event behind it is such; a month whose money does not convert is NULL in
``by_month_cumulative``, with the running count of what its running totals leave out. Built from
sentences of our own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from aidledger.model import Document, Pledge, Provenance
from aidledger.units import Q_

DAY = dt.date(2023, 3, 1)
TEXT = ("Britain will send Challenger 2 tanks to Ukraine, the minister said. "
        "Poland will send 14 Leopard 2A4 tanks to Ukraine. "
        "Poland has delivered Leopard 2A4 tanks to Ukraine, its army said. "
        "Ukraine will receive 900 million hryvnias from Norway.")
DOC = Document(id="unknown", text=TEXT, published=DAY, outlet="test", source="unknown.txt")
LATER = Document(id="later", text="Norway will give €100 million to Ukraine, the ministry said.",
                 published=dt.date(2023, 5, 2), outlet="test", source="later.txt")


def _span(doc: Document, quote: str) -> Provenance:
    start = doc.text.index(quote)
    return Provenance.of(doc.id, doc.text, start, start + len(quote))


def _records() -> list[Pledge]:
    return [
        Pledge("GBR", "UKR", "Challenger 2", "tank", "pledged", _span(DOC, "Britain will send Challenger 2 tanks"),
               date=DAY, item_text="Challenger 2 tanks"),
        Pledge("POL", "UKR", "Leopard 2A4", "tank", "pledged", _span(DOC, "Poland will send 14 Leopard 2A4 tanks"),
               quantity=Q_(14, "unit"), date=DAY, item_text="Leopard 2A4 tanks"),
        Pledge("POL", "UKR", "Leopard 2A4", "tank", "delivered",
               _span(DOC, "Poland has delivered Leopard 2A4 tanks"), date=DAY, item_text="Leopard 2A4 tanks"),
        Pledge("NOR", "UKR", "money", "money", "pledged", _span(DOC, "900 million hryvnias"),
               amount=Decimal(900_000_000), currency="UAH", date=DAY, item_text="hryvnias"),
        Pledge("NOR", "UKR", "money", "money", "pledged", _span(LATER, "€100 million"),
               amount=Decimal(100_000_000), currency="EUR", date=LATER.published, item_text="million"),
    ]


def test_items_without_a_number_are_unknown_never_zero(ledger):
    ledger.add(_records(), documents=[DOC, LATER])
    ds = {(r["donor"], r["system"], r["quantity_unit"]): r for r in ledger.view("by_donor_system").rows(named=True)}
    gbr = ds[("GBR", "Challenger 2", None)]
    assert (gbr["pledged"], gbr["delivered"], gbr["committed"], gbr["n_unknown_quantity"]) == (None, None, None, 1)
    pol = ds[("POL", "Leopard 2A4", "units")]
    assert (pol["pledged"], pol["committed"], pol["n_unknown_quantity"]) == (14, 14, 0)
    pol_unknown = ds[("POL", "Leopard 2A4", None)]  # the delivery of an unknown number of them
    assert (pol_unknown["delivered"], pol_unknown["committed"], pol_unknown["n_unknown_quantity"]) == (None, None, 1)
    # money only: no item event, so 0 items (not unknown)
    nor = ds[("NOR", "money", None)]
    assert (nor["committed"], nor["n_unknown_quantity"]) == (0, 0)

    donors = {r["donor"]: r for r in ledger.view("by_donor").rows(named=True)}
    assert (donors["GBR"]["tank"], donors["GBR"]["n_unknown_quantity"]) == (None, 1)
    assert (donors["POL"]["tank"], donors["POL"]["n_unknown_quantity"]) == (14, 1)  # a known 14, one unknown beside
    assert (donors["NOR"]["tank"], donors["NOR"]["n_unknown_quantity"]) == (0, 0)
    assert donors["GBR"]["artillery"] == 0  # no artillery at all

    cats = {(r["category"], r["quantity_unit"]): r for r in ledger.view("by_category").rows(named=True)}
    assert (cats[("tank", "units")]["committed"], cats[("tank", None)]["committed"]) == (14, None)
    assert cats[("tank", None)]["n_unknown_quantity"] == 2
    systems = {(r["system"], r["quantity_unit"]): r for r in ledger.view("by_system").rows(named=True)}
    assert systems[("Challenger 2", None)]["n_unknown_quantity"] == 1
    # the scoped refreshes agree with the totals computed afresh
    assert ledger.sql("SELECT * FROM by_donor ORDER BY donor").equals(
        ledger.sql("SELECT * FROM internal.compute_by_donor ORDER BY donor"))


def test_a_month_whose_money_does_not_convert_is_unknown_never_zero(ledger):
    ledger.add(_records(), documents=[DOC, LATER])
    months = {r["month"]: r for r in ledger.view("by_month_cumulative").rows(named=True)}
    march, april, may = (months[dt.date(2023, m, 1)] for m in (3, 4, 5))
    # March: Norway's hryvnias have no ECB rate: unknown, counted
    assert (march["pledged_eur"], march["pledged_usd"], march["n_unconverted"]) == (None, None, 1)
    assert (march["cum_pledged_eur"], march["cum_n_unconverted"]) == (0, 1)
    # April: no event at all: no money (0)
    assert (april["n_events"], april["pledged_eur"], april["cum_n_unconverted"]) == (0, 0, 1)
    # May: €100M, and the running total still says one event of money is left out
    assert (may["pledged_eur"], may["n_unconverted"]) == (100e6, 0)
    assert (may["cum_pledged_eur"], may["cum_n_unconverted"]) == (100e6, 1)
    assert march["delivered_eur"] == 0  # nothing delivered in money: 0, not unknown
