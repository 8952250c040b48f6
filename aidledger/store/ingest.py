"""A staged ingest: read, extract and store documents in batches, and publish them at the end.

Documents are streamed, extracted (in this process, on worker processes or on a Dask cluster:
``aidledger.batch.extract_many``) and appended every ``batch_size`` documents to the staging
tables of the schema ``internal`` under the run's id, each batch committed; one short transaction
publishes the run. A failed run leaves the ledger as it was.
"""

from __future__ import annotations

import datetime as dt
import uuid
import warnings
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import duckdb

from aidledger.batch import chunked, extract_safely
from aidledger.errors import InputError
from aidledger.model import Document, Pledge, Problem
from aidledger.store.reports import IngestReport, Progress
from aidledger.store.staging import INGEST_MEMORY_LIMIT, StagingMixin


def _problem_doc(problem: Problem) -> str | None:
    return problem.source.doc_id if problem.source else problem.doc_id


class IngestMixin(StagingMixin):
    """``Ledger.ingest``: documents read, extracted, staged in batches and published at the end."""

    def ingest(self, paths: Iterable[str | Path], *, published: dt.date | None = None,
               batch_size: int = 500, force: bool = False, progress: Progress | None = None,
               jobs: int = 1, scheduler: str | None = None, keep_text: bool = True) -> IngestReport:
        """Read, extract and store every document under ``paths``; publish them at the end.

        Idempotent: a document already stored with the same id, content hash and publication
        date is skipped (``unchanged``) and its rows stay as they are, ``ingested_at``
        included; ``force=True`` extracts and writes it again (after an extractor upgrade). A
        changed document has its rows replaced. A document id seen twice in one run is kept
        once (problem AL108). Raises ``InputError`` for a path that does not exist, before
        anything is written.

        Atomic and in bounded memory: documents are streamed, extracted (``jobs`` worker
        processes when above 1, 0 = one per core; ``aidledger.batch.extract_many``) and appended
        every ``batch_size`` documents to the staging tables under this run's id, each batch
        committed. At the end one short transaction publishes the run: the replaced documents'
        rows deleted, the staged rows inserted, the staging rows deleted, FX problems, events and
        totals refreshed. An exception deletes the run's staging rows; a killed process leaves
        only staging rows, never read by any view, which the next open for writing deletes. Either
        way the ledger stays as it was before the call. The report keeps counts and the first
        ``REPORT_PROBLEMS`` problems; every problem is stored in ``problems``.

        ``progress(done, total)`` is called after each document (``total``: the number of
        documents and JSONL lines, counted before the run). ``scheduler`` extracts on a Dask
        cluster instead (``"local"`` or an address; ``aidledger.distributed``), same records.
        ``keep_text=False`` leaves the documents' texts out of ``documents.text`` (only their
        quotes are kept).
        """
        from aidledger.sources import count_documents, expand_paths, read_documents

        self._require_write()
        if jobs < 0:
            raise InputError(f"jobs must be 0 (one per core) or more, not {jobs}")
        paths = list(paths)
        files = expand_paths(paths)  # fail fast on a missing path
        report = IngestReport(db=self.path, run_id=uuid.uuid4().hex)
        total = count_documents(files) if progress is not None else None
        now = dt.datetime.now(dt.UTC)
        seen: set[str] = set()
        skipped: set[str] = set()  # unchanged documents: their stored problems are left be
        done = 0
        buffer: tuple[list[Document], list[Pledge], list[Problem]] = ([], [], [])

        def classified() -> Iterator[tuple[str, Document | Problem]]:
            """("problem" | "extract" | "done", item) in input order; one look-up per batch."""
            for batch in chunked(read_documents(paths, published=published), batch_size):
                incoming = [d for d in batch if isinstance(d, Document)]
                stored = {} if force else self._stored_documents([d.id for d in incoming])
                out: list[tuple[str, Document | Problem]] = []
                for item in batch:
                    if isinstance(item, Problem):
                        out.append(("problem", item))
                    elif item.id in seen:
                        out.append(("problem", Problem("AL108", f"{item.source}: duplicate document id "
                                                       f"{item.id!r}; first one kept", doc_id=item.id)))
                        out.append(("done", item))
                    elif stored.get(item.id) == (item.content_hash, item.published):
                        seen.add(item.id)
                        skipped.add(item.id)
                        report.unchanged += 1
                        out.append(("done", item))
                    else:
                        seen.add(item.id)
                        out.append(("extract", item))
                yield from out

        def flush(last: bool = False) -> None:
            docs, pledges, problems = buffer
            if (last and (docs or problems)) or len(docs) >= batch_size or len(problems) >= batch_size:
                self._stage(report.run_id, docs, pledges, problems, ingested_at=now, keep_text=keep_text)
                report.documents += len(docs)
                report.pledges += len(pledges)
                for items in buffer:
                    items.clear()

        def handle(kind: str, item: Document | Problem, found: Sequence[Pledge] = (),
                   doubts: Sequence[Problem] = ()) -> None:
            nonlocal done
            if isinstance(item, Problem):
                report.note(item)
                if _problem_doc(item) not in skipped:
                    buffer[2].append(item)
                flush()
                return
            if kind == "extract":
                buffer[0].append(item)
                buffer[1].extend(found)
                for doubt in doubts:
                    report.note(doubt)
                buffer[2].extend(doubts)
            done += 1
            if progress is not None:
                progress(done, total)
            flush()

        limit = self._limit_memory()
        try:
            if jobs == 1 and scheduler is None:
                for kind, item in classified():
                    if kind == "extract":
                        assert isinstance(item, Document)
                        handle(kind, item, *extract_safely(item))
                    else:
                        handle(kind, item)
            else:
                from aidledger.batch import extract_many

                pending: deque[tuple[str, Document | Problem]] = deque()

                def to_extract() -> Iterator[Document]:
                    for kind, item in classified():
                        if kind == "extract":
                            assert isinstance(item, Document)
                            yield item
                        else:
                            pending.append((kind, item))

                for doc, found, doubts in extract_many(to_extract(), jobs=jobs, scheduler=scheduler):
                    while pending:
                        handle(*pending.popleft())
                    handle("extract", doc, found, doubts)
                while pending:
                    handle(*pending.popleft())
            flush(True)
            try:
                report.replaced = self._publish(report.run_id, changed=report.documents > 0)
            except duckdb.OutOfMemoryException:
                if limit is None:
                    raise
                # Rolled back: rather than lose the run, publish again without the memory limit.
                warnings.warn(f"aidledger: the publish of the ingest needed more than {INGEST_MEMORY_LIMIT}; "
                              "retried without the memory limit", stacklevel=2)
                self._restore_memory(limit)
                limit = None
                report.replaced = self._publish(report.run_id, changed=report.documents > 0)
        except BaseException:
            self._drop_run(report.run_id)
            raise
        finally:
            self._restore_memory(limit)
        return report
