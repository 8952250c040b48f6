"""Writing records built elsewhere: ``Ledger.write`` (in the caller's transaction) and ``Ledger.add``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from aidledger import ledger as ledger_mod
from aidledger.errors import StoreError
from aidledger.model import Document, Pledge, Problem
from aidledger.store.refresh import RefreshMixin


class WritingMixin(RefreshMixin):
    """Documents with their pledges and problems, replacing earlier rows of the same documents."""

    def write(self, documents: Sequence[Document], pledges: Sequence[Pledge],
              problems: Sequence[Problem] = (), *, ingested_at: dt.datetime | None = None) -> int:
        """Write documents with their pledges and problems, replacing earlier rows of the same
        documents; returns how many documents replaced earlier rows. Runs in the caller's
        transaction (see ``add`` for a self-contained one)."""
        self._require_write()
        published = {d.id: d.published for d in documents}
        docs = ledger_mod.documents_frame(documents, ingested_at=ingested_at).to_arrow()
        rows = ledger_mod.to_frame(pledges, published=published).to_arrow()
        probs = ledger_mod.problems_frame(problems).to_arrow()
        with self._registered(incoming_documents=docs, incoming_pledges=rows, incoming_problems=probs):
            replaced = self._q("incoming_replaced")
            self._q("delete_incoming_documents")
            if self._q("pledges_already_stored"):
                raise StoreError("pledge ids already stored in another document, or given twice "
                                 "(write the whole document again instead)")
            self._q("insert_incoming")
        return int(replaced or 0)

    def add(self, pledges: Iterable[Pledge], *, documents: Iterable[Document] = (),
            problems: Iterable[Problem] = ()) -> int:
        """Store pledge records built elsewhere (with their documents) in one transaction, and
        refresh the events and totals in it."""
        documents, pledges = list(documents), list(pledges)
        with self.transaction():
            in_sync = self._events_in_sync()
            replaced = self.write(documents, pledges, list(problems))
            doc_ids = sorted({d.id for d in documents} | {p.doc_id for p in pledges})
            self._refresh_after_write(doc_ids, in_sync=in_sync, n_new=len(pledges))
            return replaced
