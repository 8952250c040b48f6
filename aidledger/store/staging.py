"""The staging tables of an ingest: batches appended under a run id, one transaction to publish
them (or to drop them when the run fails), and DuckDB's memory limit while the ingest runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import duckdb
import polars as pl

from aidledger import ledger as ledger_mod
from aidledger.model import Document, Pledge, Problem
from aidledger.store.catalog import CatalogMixin, systems_frame

#: DuckDB's memory limit while an ingest into a database file runs (it spills to disk beyond it),
#: so that the ingest's peak memory stays bounded whatever the size of the ledger.
INGEST_MEMORY_LIMIT = "512MB"


class StagingMixin(CatalogMixin):
    """Staging, publishing and dropping a run; the memory limit of an ingest."""

    def _stage(self, run_id: str, documents: Sequence[Document], pledges: Sequence[Pledge],
               problems: Sequence[Problem], *, ingested_at: dt.datetime, keep_text: bool = True) -> None:
        """Append one batch to the staging tables under ``run_id``, in its own transaction."""
        published = {d.id: d.published for d in documents}
        run = pl.lit(run_id, dtype=pl.String).alias("run_id")
        docs = ledger_mod.documents_frame(documents, ingested_at=ingested_at,
                                          keep_text=keep_text).with_columns(run).to_arrow()
        rows = ledger_mod.to_frame(pledges, published=published).with_columns(run).to_arrow()
        probs = ledger_mod.problems_frame(problems).with_columns(run).to_arrow()
        with self._registered(incoming_documents=docs, incoming_pledges=rows, incoming_problems=probs), \
                self.transaction():
            self._q("stage_incoming")

    def _publish(self, run_id: str, *, changed: bool) -> int:
        """Publish a staged run in one transaction; how many stored documents it replaced."""
        run = pl.DataFrame({"run_id": [run_id]}).to_arrow()
        systems = systems_frame()
        tables: dict[str, Any] = {"incoming_run": run}
        if systems is not None:
            tables["incoming_systems"] = systems.to_arrow()
        # registered outside the transaction: unregistering inside an aborted one would fail
        with self._registered(**tables), self.transaction():
            replaced = int(self._q("staged_replaced") or 0)
            in_sync = self._events_in_sync()
            n_new = int(self._q("staged_pledges") or 0)
            self._q("publish_run")  # fills refresh_docs with the run's documents
            if systems is not None and self._q("systems_differ"):
                self._q("replace_systems")
                changed, in_sync = True, False  # families may change anywhere: refresh everything
            if changed:
                self._refresh_after_write(None, in_sync=in_sync, n_new=n_new)
            else:
                self._q("clear_refresh_docs")
        return replaced

    def _drop_run(self, run_id: str) -> None:
        """Delete the staging rows of a failed run (best effort: the next open clears them too)."""
        try:
            with self._registered(incoming_run=pl.DataFrame({"run_id": [run_id]}).to_arrow()):
                self._q("drop_run")
        except duckdb.Error:
            pass

    def _limit_memory(self) -> tuple[str, str] | None:
        """Lower DuckDB's memory limit to INGEST_MEMORY_LIMIT, on one thread, for a database file
        (it spills to the file's temporary folder; with more threads, the per-thread states of
        the event refresh do not fit in that limit); the previous settings, to restore."""
        if self.path == ":memory:":
            return None
        memory, threads = self._q("memory_settings")
        self._q("set_memory_limit", limit=INGEST_MEMORY_LIMIT)
        self._q("set_threads", threads=1)
        return str(memory), str(threads)

    def _restore_memory(self, previous: tuple[str, str] | None) -> None:
        if previous is not None:
            try:
                self._q("set_memory_limit", limit=previous[0])
                self._q("set_threads", threads=int(previous[1]))
            except duckdb.Error:
                pass

    def _stored_documents(self, ids: Sequence[str]) -> dict[str, tuple[str, dt.date | None]]:
        """doc_id -> (content_hash, published) of those of ``ids`` already stored."""
        if not ids:
            return {}
        rows = self._rows("stored_documents", ids=list(ids))
        return {doc_id: (digest, published) for doc_id, digest, published in rows}
