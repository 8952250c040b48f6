"""Corpus-scale extraction: ``extract_many`` (ordered, bounded, multi-process) and ``extract_batch``
(Arrow record batches in, pledge rows out), and a local run on Dask when it is installed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from aidledger.batch import extract_batch, extract_many, pledge_batch_schema
from aidledger.errors import InputError
from aidledger.ledger import to_frame
from aidledger.model import Document
from aidledger.pledges import extract_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

SENTENCES = [
    "Denmark said on Monday it would send 19 Caesar howitzers to Ukraine.",
    "Germany has delivered 14 Leopard 2A6 tanks, the defence ministry said on Tuesday.",
    "Berlin pledged €200 million ($217 million) in military aid on Friday.",
    "Sweden is considering sending Gripen fighter jets.",
    "Britain will send 14 Challenger 2 tanks, and Poland 10 Leopard tanks.",
    "The weather in Kyiv was cold.",
    "France ruled out sending Rafale jets.",
]


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
    got = out.to_pylist()
    want = ledger.to_dicts()
    for g, w in zip(got, want, strict=True):
        assert g["pledge_id"] == w["pledge_id"]
        assert (g["start"], g["end"], g["quote"]) == (w["span_start"], w["span_end"], w["quote"])
        for name in ("doc_id", "donor", "system", "category", "quantity", "quantity_unit", "amount", "currency",
                     "status", "date", "published", "stated_amount", "stated_currency", "item_text"):
            assert g[name] == w[name], name
        assert ("; ".join(g["notes"]) or None) == w["notes"]


def test_extract_batch_accepts_record_batches_and_minimal_columns():
    table = pa.table({"id": ["a", "b", "c"], "text": [SENTENCES[0], "", None]})
    out = extract_batch(table.to_batches()[0])
    assert out.column("doc_id").to_pylist() == ["a"]
    assert out.column("published").to_pylist() == [None]
    empty = extract_batch(table.slice(0, 0))
    assert empty.num_rows == 0 and empty.schema == pledge_batch_schema()


def test_extract_batch_needs_id_and_text():
    with pytest.raises(InputError, match="text"):
        extract_batch(pa.table({"id": ["a"]}))


def test_extract_batch_money_is_decimal_to_the_cent():
    out = extract_batch(pa.table({"id": ["m"], "text": [SENTENCES[2]]})).to_pylist()
    assert out[0]["amount"] == pytest.approx(200_000_000) and out[0]["currency"] == "EUR"
    assert str(out[0]["amount"]) == "200000000.00" and out[0]["stated_currency"] == "USD"


# ---- the same function on an existing engine, and DuckDB reading its Parquet ---------------------

LOAD_PLEDGES = """
INSERT INTO pledges BY NAME
SELECT pledge_id, doc_id, donor, recipient, system, category, quantity, quantity_unit, amount, currency,
       status, date, published, quote, "start" AS span_start, "end" AS span_end, stated_amount,
       stated_currency, item_text, CASE WHEN len(notes) = 0 THEN NULL ELSE array_to_string(notes, '; ') END AS notes,
       is_additional
FROM read_parquet($path)
"""


@pytest.mark.filterwarnings("ignore:The inplace keyword")
def test_dask_map_partitions_over_parquet_then_duckdb(tmp_path):
    dd = pytest.importorskip("dask.dataframe")
    import dask

    from aidledger.batch import extract_partition
    from aidledger.store import open_ledger

    docs = _docs() * 2
    docs = [Document(f"{d.id}-{i}", d.text, d.published) for i, d in enumerate(docs)]
    table = _table(docs)
    pq.write_table(table, tmp_path / "docs.parquet", row_group_size=4)
    ddf = dd.read_parquet(tmp_path / "docs.parquet", split_row_groups=True, dtype_backend="pyarrow")
    assert ddf.npartitions > 1
    rows = ddf.map_partitions(extract_partition, meta=extract_partition(ddf._meta))
    with dask.config.set(scheduler="threads"):
        rows.to_parquet(tmp_path / "pledges", write_index=False, schema=pledge_batch_schema())

    # the ledger stays DuckDB: it reads the Parquet output into the pledges table
    with open_ledger(tmp_path / "dist.duckdb") as ledger:
        ledger.con.execute(LOAD_PLEDGES, {"path": str(tmp_path / "pledges" / "*.parquet")})
        distributed = ledger.pledges()
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text("".join(json.dumps({"id": d.id, "text": d.text, "published": d.published and
                                         d.published.isoformat()}) + "\n" for d in docs), encoding="utf-8")
    with open_ledger(tmp_path / "local.duckdb") as ledger:
        ledger.ingest([jsonl])
        local = ledger.pledges()
    assert distributed.height == local.height > 0
    assert distributed.equals(local)


def test_ingest_with_two_processes_writes_the_same_ledger(tmp_path):
    from aidledger.store import open_ledger

    docs = _docs() * 2
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text("".join(json.dumps({"id": f"{d.id}-{i}", "text": d.text, "published": d.published and
                                         d.published.isoformat()}) + "\n" for i, d in enumerate(docs))
                     + "not json\n", encoding="utf-8")
    tables = []
    for jobs in (1, 2):
        with open_ledger(tmp_path / f"j{jobs}.duckdb") as ledger:
            report = ledger.ingest([jsonl], jobs=jobs, batch_size=5)
            assert (report.documents, report.skipped_lines) == (len(docs), 1)
            tables.append((ledger.pledges(), ledger.problems(),
                           ledger.sql("SELECT * EXCLUDE (doc_ids, pledge_ids) FROM pledge_events ORDER BY event_id")))
    for one, two in zip(*tables, strict=True):
        assert one.equals(two)
    assert tables[0][0].height > 0
