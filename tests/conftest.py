"""Shared fixtures: fresh ledgers (copies of database files made once per session) and the seed
article's four pledges built by hand.

The hand-built records let the store, SQL, API, plot and CLI tests run without the extractor;
``tests/test_seed.py`` checks that the real extractor gives the same records.

The session's template databases are built once per run, not once per xdist worker: the first
worker that needs one builds it in the folder of the run (``built_once``), the other waits for it.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import shutil
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import settings

from aidledger.model import Document, Pledge, Provenance

# The property tests check what the code finds, not how fast: on a loaded 2-core machine one example
# can take longer than Hypothesis's default 200 ms deadline (seen: 350 ms once, 5 ms on the rerun).
settings.register_profile("aidledger", deadline=None)
settings.load_profile("aidledger")

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
def ledger(tmp_path_factory, empty_db_template) -> Iterator:
    """A fresh ledger of the test's own (tables, views and the bundled ECB rates): a copy of the
    session's empty database file, opened for writing. Opening a copy takes a tenth of the time of
    creating a database (schema, ECB history and systems loaded afresh, 1-2.5 s on this machine);
    ``test_api.py::test_open_ledger_in_memory_and_views`` and the tests that call
    ``Ledger.open(None)`` themselves keep the in-memory database covered."""
    from aidledger.store import Ledger

    with Ledger.open(copy_db(empty_db_template, tmp_path_factory.mktemp("ledger") / "ledger.duckdb")) as led:
        yield led


@pytest.fixture(scope="session")
def seeded_ledger_template(tmp_path_factory, empty_db_template) -> Path:
    """The seed document and its four hand-built pledges added (``Ledger.add``, no extractor) to a
    copy of the empty database, once per run."""
    from aidledger.store import Ledger

    def build(db: Path) -> None:
        doc = seed_document()
        with Ledger.open(copy_db(empty_db_template, db)) as led:
            led.add(seed_pledges(doc), documents=[doc])

    return built_once(tmp_path_factory, "seeded-by-hand.duckdb", build)


@pytest.fixture
def seeded(tmp_path_factory, seeded_ledger_template) -> Iterator:
    """A ledger of the test's own holding the seed document and its four hand-built pledges."""
    from aidledger.store import Ledger

    with Ledger.open(copy_db(seeded_ledger_template, tmp_path_factory.mktemp("seeded") / "ledger.duckdb")) as led:
        yield led


def fake_extract(doc: Document):
    """The fake extractor: the hand-built seed records for the seed document, nothing for others."""
    if doc.id == SEED_ID:
        return seed_pledges(doc), []
    return [], []


@pytest.fixture
def fake_extractor(monkeypatch):
    """Replace the extractor by ``fake_extract``, so tests do not depend on it."""
    from aidledger.store import ingest

    monkeypatch.setattr(ingest, "extract_safely", fake_extract)
    import aidledger.api as api

    monkeypatch.setattr(api, "extract_safely", fake_extract)
    return fake_extract


def run_folder(tmp_path_factory) -> Path:
    """The base temporary folder of this pytest run, seen by all its xdist workers (each worker's own
    base folder, ``popen-gwN``, is inside it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def built_once(tmp_path_factory, name: str, build: Callable[[Path], object]) -> Path:
    """``name`` in the run's folder, made by ``build(path)`` by the first worker that asks for it; a
    worker that asks meanwhile waits for it (an exclusive lock on ``name.lock``), and one that asks
    later finds it made (``name.done``). A build that failed is started again by the next one."""
    folder = run_folder(tmp_path_factory)
    target, done = folder / name, folder / f"{name}.done"
    with open(folder / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        if not done.exists():
            if target.is_dir():
                shutil.rmtree(target)
            target.unlink(missing_ok=True)
            target.with_name(target.name + ".wal").unlink(missing_ok=True)
            build(target)
            done.touch()
    return target


@pytest.fixture(scope="session")
def empty_db_template(tmp_path_factory) -> Path:
    """A new, empty database file (schema, ECB rates, systems), created once per run: a test that
    needs a fresh file copies it (``copy_db``) instead of paying the creation again."""
    from aidledger.store import Ledger

    return built_once(tmp_path_factory, "empty.duckdb", lambda db: Ledger.open(db).close())


@pytest.fixture(scope="session")
def seeded_db_template(tmp_path_factory) -> Path:
    """The seed ingested (through the fake extractor) into a database file, once per run."""
    from aidledger import api

    def build(db: Path) -> None:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr("aidledger.store.ingest.extract_safely", fake_extract)
            mp.setattr("aidledger.api.extract_safely", fake_extract)
            api.ingest([SEEDS], db=db)

    return built_once(tmp_path_factory, "seeded.duckdb", build)


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory) -> Path:
    """The demo ledger: the seed through the real extractor, in a database file, once per run."""
    from aidledger import api

    return built_once(tmp_path_factory, "demo.duckdb", lambda db: api.ingest([SEEDS], db=db))


def copy_db(template: Path, target: Path) -> Path:
    """A private copy of a closed template database (one file: DuckDB checkpoints on close)."""
    assert not template.with_name(template.name + ".wal").exists(), template
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def seeded_db(tmp_path, fake_extractor, seeded_db_template) -> Path:
    """A database file of the test's own holding the seed (through the fake extractor)."""
    return copy_db(seeded_db_template, tmp_path / "ledger.duckdb")
