"""Shared fixtures: fresh in-memory ledgers and the seed article's four pledges built by hand.

The hand-built records let the store, SQL, API, plot and CLI tests run without the extractor;
``tests/test_seed.py`` checks that the real extractor gives the same records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from aidledger.model import Document, Pledge, Provenance

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ID = "000_bf4cc37860a943cf"
SEED_DATE = dt.date(2023, 1, 31)


def seed_document() -> Document:
    text = (SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    return Document(id=SEED_ID, text=text, published=SEED_DATE, outlet="Al Jazeera",
                    source=str(SEEDS / f"{SEED_ID}.txt"))


def span(doc: Document, quote: str) -> Provenance:
    start = doc.text.index(quote)
    return Provenance.of(doc.id, doc.text, start, start + len(quote))


def seed_pledges(doc: Document | None = None) -> list[Pledge]:
    """The four records of the seed article (the expected output of the extractor)."""
    from aidledger.units import Q_

    doc = doc or seed_document()
    return [
        Pledge("FRA", "UKR", "Caesar", "artillery", "pledged",
               span(doc, "France would send 12 more Caesar truck-mounted howitzers"),
               quantity=Q_(12, "unit"), date=SEED_DATE, item_text="Caesar truck-mounted howitzers"),
        Pledge("FRA", "UKR", "Caesar", "artillery", "delivered",
               span(doc, "The 18 artillery pieces already delivered"),
               quantity=Q_(18, "unit"), date=SEED_DATE, item_text="artillery pieces"),
        Pledge("FRA", "UKR", "money", "money", "funded",
               span(doc, "€200 million ($217 million) fund"),
               amount=Decimal("200000000"), currency="EUR", date=SEED_DATE,
               stated_amount=Decimal("217000000"), stated_currency="USD", item_text="fund"),
        Pledge("DNK", "UKR", "Caesar", "artillery", "pledged",
               span(doc, "Denmark also pledged to commit its entire existing fleet of 19 powerful French "
                         "howitzers"),
               quantity=Q_(19, "unit"), item_text="French howitzers", notes=("system-from-context",)),
    ]


@pytest.fixture
def ledger() -> Iterator:
    """A fresh in-memory ledger (tables, views and the bundled ECB rates)."""
    from aidledger.store import Ledger

    with Ledger.open(None) as led:
        yield led


@pytest.fixture
def seeded(ledger):
    """The in-memory ledger holding the seed document and its four hand-built pledges."""
    doc = seed_document()
    ledger.add(seed_pledges(doc), documents=[doc])
    return ledger


@pytest.fixture
def fake_extractor(monkeypatch):
    """Replace the extractor by one that returns the hand-built seed records for the seed
    document (and nothing for other documents), so tests do not depend on it."""
    from aidledger.store import ingest

    def extract(doc: Document):
        if doc.id == SEED_ID:
            return seed_pledges(doc), []
        return [], []

    monkeypatch.setattr(ingest, "extract_safely", extract)
    import aidledger.api as api

    monkeypatch.setattr(api, "extract_safely", extract)
    return extract


@pytest.fixture
def seeded_db(tmp_path, fake_extractor) -> Path:
    """A database file holding the seed (through the fake extractor)."""
    from aidledger import api

    db = tmp_path / "ledger.duckdb"
    api.ingest([SEEDS], db=db)
    return db
