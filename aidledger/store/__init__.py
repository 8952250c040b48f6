"""The DuckDB store: the only package that imports duckdb.

One module per job, joined in ``Ledger`` (``ledger``): ``schema`` (migrations from ``sql/*.sql``),
``reading`` (views and tables as polars frames), ``writing`` (records built elsewhere),
``refresh`` (FX problems, events and totals), ``ingest`` (read and extract in batches),
``staging`` (the staged run, its publish, the memory limit), ``fx``
(ECB rates), ``trackers`` (Kiel and Oryx imports, comparison), ``catalog`` (the systems
catalog), ``reports`` (what writes report), ``committed`` (the netting rule of
``sql/030_committed.sql`` run on a frame, for the charts) and ``queries`` (the named queries of
``sql/queries/*.sql``, loaded by aiosql). Python holds no SQL: every statement is in ``sql/``.

Data crosses between DuckDB and polars as Arrow tables: frames are registered and inserted
with ``INSERT ... BY NAME SELECT``, and results come back with ``.pl()``.
"""

from aidledger.batch import SEGMENT_CHARS, extract_safely, segments
from aidledger.store.catalog import SYSTEMS_SCHEMA, systems_frame
from aidledger.store.ledger import DEFAULT_DB, STORAGE_VERSION, Ledger, open_ledger
from aidledger.store.queries import queries, query_sql
from aidledger.store.reports import ImportReport, IngestReport, RatesReport

__all__ = ["DEFAULT_DB", "SEGMENT_CHARS", "STORAGE_VERSION", "SYSTEMS_SCHEMA", "ImportReport", "IngestReport",
           "Ledger", "RatesReport", "extract_safely", "open_ledger", "queries", "query_sql", "segments",
           "systems_frame"]
