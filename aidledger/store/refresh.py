"""Refreshing what is derived from the pledges: FX problems, events and totals.

Every write of the store refreshes them in its own transaction: only the keys and documents it
touched when the events were in sync before and the write is small next to the ledger, else
everything (both give the same tables, tests/test_refresh.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from aidledger.store.schema import SchemaMixin

# A write whose new mentions are more than this share of the ledger's recomputes every event (the
# full refresh runs fewer, larger steps); a smaller one groups again only what it touched.
SCOPED_REFRESH_SHARE = 0.25
# Up to this many mentions, the six totals tables are refreshed in one statement (named queries
# ``refresh_totals_in_one``, ``refresh_totals_scoped_in_one``: one plan instead of six, which on a
# small ledger is most of the cost); above it, one statement a table, so that each fits in the
# ingest's memory limit. Both give the same rows (tests/test_refresh.py).
TOTALS_IN_ONE_MAX_MENTIONS = 100_000


class RefreshMixin(SchemaMixin):
    """``refresh_events``, ``refresh_fx_problems``, ``refresh_all`` and the refresh after a write."""

    def _derived_rows(self) -> tuple[int, int, int]:
        """Rows of pledges, mention_events and events (named query ``derived_rows``)."""
        n_pledges, n_mentions, n_events = self._q("derived_rows")
        return int(n_pledges), int(n_mentions), int(n_events)

    def refresh_fx_problems(self) -> int:
        """Recompute the FX problems of every pledge into ``problems``: AL301 (a conversion stated
        in the text differs from the ECB rate of the day by more than 5 %, view
        ``conversion_checks``) and AL302 (no rate for the currency and date, ``pledges_fx``).
        Runs in the caller's transaction; returns how many there are."""
        self._require_write()
        self._q("refresh_fx_problems")
        return int(self._q("fx_problem_count") or 0)

    def refresh_events(self) -> None:
        """Recompute the materialised events and totals (tables ``mention_events``, ``events``,
        ``totals_by_*``; named query ``refresh_events``) from ``pledges``, ``systems`` and
        ``fx_rates``. Every write of the store does it in its own transaction; call it after
        writing to ``pledges`` with SQL of your own. Runs in the caller's transaction, if any."""
        self._require_write()
        n_pledges, n_mentions, n_events = self._derived_rows()
        if n_pledges or n_mentions or n_events:
            self._q("refresh_events")
            self._q("refresh_totals_in_one" if n_pledges <= TOTALS_IN_ONE_MAX_MENTIONS else "refresh_totals")
            self._q("clear_refresh_groups")

    def refresh_all(self) -> None:
        """After SQL of one's own wrote to the ledger (``aidledger sql --write``): restore any
        view or table it dropped, and refresh FX problems, events and totals, in one transaction."""
        self._require_write()
        self.migrate()
        with self.transaction():
            self.refresh_fx_problems()
            self.refresh_events()

    def _events_in_sync(self) -> bool:
        """Whether ``mention_events`` has a row per pledge (nobody wrote to ``pledges`` without a
        refresh), so that a write may refresh only what it touched."""
        n_pledges, n_mentions, _ = self._derived_rows()
        return n_pledges == n_mentions

    def _refresh_after_write(self, doc_ids: Sequence[str] | None, *, in_sync: bool, n_new: int) -> None:
        """Refresh FX problems, events and totals after the pledges of ``doc_ids`` were written or
        deleted (None: the documents already in ``refresh_docs``). Only the keys and documents they
        touch are refreshed (named queries ``refresh_fx_problems_scoped``,
        ``refresh_events_scoped``, ``refresh_totals_scoped``) when the events were in sync before
        the write and the write is small next to the ledger (``SCOPED_REFRESH_SHARE``); otherwise
        everything is recomputed."""
        n_mentions = self._derived_rows()[1]
        if doc_ids is not None:
            self._q("clear_refresh_docs")
            with self._registered(incoming_refresh_docs=pl.DataFrame(
                    {"doc_id": list(doc_ids)}, schema={"doc_id": pl.String}).to_arrow()):
                self._q("add_refresh_docs")
        if in_sync and n_mentions and n_new <= SCOPED_REFRESH_SHARE * n_mentions:
            self._q("refresh_fx_problems_scoped")
            self._q("refresh_events_scoped")
            self._q("refresh_totals_scoped_in_one" if n_mentions <= TOTALS_IN_ONE_MAX_MENTIONS
                    else "refresh_totals_scoped")
        else:
            self._q("clear_refresh_docs")
            self.refresh_fx_problems()
            self.refresh_events()
