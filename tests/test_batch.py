"""Corpus-scale extraction: ``extract_many`` (ordered, bounded, multi-process) and ``extract_batch``
(Arrow record batches in, pledge rows out), and worker processes that die."""

from __future__ import annotations

import datetime as dt
import functools
import json
import multiprocessing
import os
import signal
import time
from pathlib import Path

import polars as pl
import pyarrow as pa
import pytest
from conftest import copy_db
from corpus_sentences import SENTENCES

from aidledger.batch import extract_batch, extract_many, extract_safely, pledge_batch_schema
from aidledger.errors import InputError
from aidledger.ledger import LEDGER_SCHEMA, to_frame
from aidledger.model import Document
from aidledger.pledges import extract_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _docs() -> list[Document]:
    seed = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    docs = [Document(f"s{i}", s, dt.date(2023, 1, 31) if i % 2 else None) for i, s in enumerate(SENTENCES)]
    docs.append(Document("seed", seed, dt.date(2023, 1, 31)))
    return docs


def _dump(results):
    return [(d.id, [p.to_dict() for p in ps], [x.render() for x in pr]) for d, ps, pr in results]


# ---- extract_many ----------------------------------------------------------------------------------


def test_extract_many_in_process_is_extract_document_in_order():
    docs = _docs()
    expected = [(d, *extract_document(d)) for d in docs]
    assert _dump(extract_many(docs)) == _dump(expected)
    assert any(ps for _, ps, _ in expected)


def test_extract_many_reads_lazily():
    pulled = []

    def source():
        for i in range(1000):
            pulled.append(i)
            yield Document(str(i), SENTENCES[i % len(SENTENCES)])

    it = extract_many(source(), jobs=1)
    next(it)
    assert len(pulled) == 1


def test_extract_many_two_processes_same_records_and_bounded_reading():
    docs = _docs() * 3
    pulled = []

    def source():
        for d in docs:
            pulled.append(d.id)
            yield d

    it = extract_many(source(), jobs=2, chunk=2)
    first = next(it)
    # at most 2 * jobs chunks in flight, plus the one being refilled
    assert len(pulled) <= (2 * 2 + 1) * 2
    results = [first, *it]
    assert _dump(results) == _dump(extract_many(docs))
    # quantities come back in aidledger's own pint registry (they travel as magnitude + unit)
    from aidledger.units import ureg
    quantities = [p.quantity for _, ps, _ in results for p in ps if p.quantity is not None]
    assert quantities and all(q._REGISTRY is ureg for q in quantities)


@pytest.mark.parametrize("kwargs", [{"jobs": -1}, {"chunk": 0}])
def test_extract_many_rejects_bad_options(kwargs):
    with pytest.raises(InputError):
        list(extract_many([], **kwargs))
    with pytest.raises(ValueError):
        list(extract_many([], **kwargs))


# ---- extract_batch ---------------------------------------------------------------------------------


def _table(docs, published_type=None):
    published_type = published_type or pa.date32()
    published = [d.published for d in docs]
    if pa.types.is_string(published_type):
        published = [p.isoformat() if p else None for p in published]
    return pa.table({
        "id": [d.id for d in docs],
        "text": [d.text for d in docs],
        "published": pa.array(published, type=published_type),
        "url": [None] * len(docs),
    })


@pytest.mark.parametrize("published_type", [pa.date32(), pa.string()])
def test_extract_batch_rows_are_the_ledger_rows(published_type):
    docs = _docs()
    out = extract_batch(_table(docs, published_type))
    assert out.schema == pledge_batch_schema()
    pledges = [p for d in docs for p in extract_document(d)[0]]
    ledger = to_frame(pledges, published={d.id: d.published for d in docs})
    assert out.num_rows == ledger.height > 0
    assert pl.from_arrow(out).equals(ledger)  # the ledger's rows, its column names and types


def test_extract_batch_accepts_record_batches_and_minimal_columns():
    table = pa.table({"id": ["a", "b", "c"], "text": [SENTENCES[0], "", None]})
    out = extract_batch(table.to_batches()[0])
    assert out.column("doc_id").to_pylist() == ["a"]
    assert out.column("published").to_pylist() == [None]
    empty = extract_batch(table.slice(0, 0))
    assert empty.num_rows == 0 and empty.schema == pledge_batch_schema()


def test_the_batch_schema_is_the_ledger_schema():
    """One schema for a pledge: extract_batch's columns are the ledger's, with the same types."""
    assert pl.from_arrow(pledge_batch_schema().empty_table()).schema == LEDGER_SCHEMA


def test_extract_batch_needs_id_and_text():
    with pytest.raises(InputError, match="text"):
        extract_batch(pa.table({"id": ["a"]}))


def test_extract_batch_money_is_decimal_to_the_cent():
    out = extract_batch(pa.table({"id": ["m"], "text": [SENTENCES[2]]})).to_pylist()
    assert out[0]["amount"] == pytest.approx(200_000_000) and out[0]["currency"] == "EUR"
    assert str(out[0]["amount"]) == "200000000.00" and out[0]["stated_currency"] == "USD"


# ---- a worker process that dies (issue 14, item 8) ----------------------------------------------------
# The Dask engine and the Parquet recipe have their tests in tests/test_distributed.py.


def kill_on(doc, *, victim, flag, always):
    """``extract_safely``, except that the worker process extracting ``victim`` is killed (SIGKILL),
    the first time only (``flag`` file) or every time."""
    if doc.id == victim and (always or not os.path.exists(flag)):
        Path(flag).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return extract_safely(doc)


def _distinct(n=24):
    return [Document(f"k{i:02d}", f"{SENTENCES[i % 7]} {SENTENCES[(2 * i + 3) % 7]} Item {i}.",
                     dt.date(2023, 2, 1 + i % 27)) for i in range(n)]


def test_a_document_that_kills_every_worker_is_a_problem_line(tmp_path):
    docs = _distinct(6)
    killer = functools.partial(kill_on, victim=docs[3].id, flag=str(tmp_path / "killed"), always=True)
    got = _dump(extract_many(docs, jobs=2, chunk=1, extract=killer))
    want = _dump(extract_many(docs))
    assert [g for i, g in enumerate(got) if i != 3] == [w for i, w in enumerate(want) if i != 3]
    assert got[3][:2] == (docs[3].id, [])
    assert len(got[3][2]) == 1 and "AL205" in got[3][2][0] and "worker process died" in got[3][2][0]


def test_ingest_with_two_processes_writes_the_same_ledger(tmp_path, empty_db_template):
    from aidledger.store import open_ledger

    docs = _docs() * 2 + _distinct(300)  # more than the 4 chunks of 64 first in flight
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text("".join(json.dumps({"id": f"{d.id}-{i}", "text": d.text, "published": d.published and
                                         d.published.isoformat()}) + "\n" for i, d in enumerate(docs))
                     + "not json\n", encoding="utf-8")
    killed = []

    def kill_a_worker(done: int, total: int | None) -> None:
        """Issue 14, item 8: a worker killed while the ingest holds a result. The next submit
        meets a broken pool (the BrokenProcessPool that used to escape and fail the run); the
        documents in flight are extracted again."""
        if done == 3 and not killed:
            victim = multiprocessing.active_children()[0]
            os.kill(victim.pid, signal.SIGKILL)
            victim.join(10)
            time.sleep(0.5)  # let the pool see it broken
            killed.append(victim.pid)

    tables = []
    for jobs in (1, 2):
        with open_ledger(copy_db(empty_db_template, tmp_path / f"j{jobs}.duckdb")) as ledger:  # fresh ledgers
            report = ledger.ingest([jsonl], jobs=jobs, batch_size=50, progress=kill_a_worker if jobs == 2 else None)
            assert (report.documents, report.skipped_lines) == (len(docs), 1)
            tables.append((ledger.pledges(), ledger.problems(),
                           ledger.sql("SELECT * EXCLUDE (doc_ids, pledge_ids) FROM pledge_events ORDER BY event_id")))
    assert killed
    for one, two in zip(*tables, strict=True):
        assert one.equals(two)
    assert tables[0][0].height > 0


def test_scheduler_without_dask_is_a_one_line_error(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "aidledger.distributed", None)  # as if Dask were not installed
    with pytest.raises(InputError, match=r"pip install 'aidledger\[distributed\]'"):
        list(extract_many([Document("a", SENTENCES[0])], scheduler="local"))


def _worker_facts(_: int) -> tuple[int, bool, int]:
    import sys

    from aidledger.catalog import load_catalog

    return os.getppid(), "aidledger.warm" in sys.modules, load_catalog.cache_info().currsize


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server here")
def test_pool_workers_are_forked_from_a_warm_fork_server():
    """Workers start warm: forked from the fork server (not children of this process), which
    imported ``aidledger.warm`` and so holds the catalog already loaded; a second pool's workers
    come from the same server, so the start-up is paid once per process, not once per worker."""
    from concurrent.futures import ProcessPoolExecutor

    from aidledger.batch import _context, warm_worker

    parents = set()
    for _ in range(2):
        with ProcessPoolExecutor(2, mp_context=_context(), initializer=warm_worker) as pool:
            facts = list(pool.map(_worker_facts, range(4)))
        assert {(warm, loaded) for _, warm, loaded in facts} == {(True, 1)}
        parents |= {ppid for ppid, _, _ in facts}
    assert len(parents) == 1 and os.getpid() not in parents
