"""Extraction at corpus scale: many documents on all cores, and Arrow record batches in and out.

- ``extract_many(documents, *, jobs=1, chunk=64)`` extracts a stream of documents, in order, in
  this process (``jobs=1``) or in a pool of ``jobs`` worker processes (``jobs=0``: one per core),
  each with ``extract_safely`` (a document over ``SEGMENT_CHARS`` in segments, a crash as AL205).
  Memory stays bounded: documents are read from the iterable only as results are taken, at most
  ``2 * jobs`` chunks of ``chunk`` documents are in flight at any time.
- ``extract_batch(batch)`` is a pure function from an Arrow record batch (or table) of documents
  to an Arrow table of pledge rows (``pledge_batch_schema()``). It is what a distributed engine
  calls on each partition (Dask ``map_partitions``, Ray Data ``map_batches``, Spark
  ``mapInArrow``); see ``docs/distributed.md``. ``extract_partition`` wraps it for engines that
  hand out pandas frames (Dask): Arrow-backed columns in and out, so money stays decimal.

>>> from aidledger.model import Document
>>> [(d.id, [p.system for p in pledges]) for d, pledges, problems in extract_many(
...     [Document("a", "Denmark will send 19 Caesar howitzers to Ukraine."), Document("b", "No aid.")])]
[('a', ['Caesar']), ('b', [])]

Worker processes are forked from multiprocessing's fork server where the platform has one (Linux,
macOS; ``spawn`` elsewhere): the server is a fresh single-threaded process (safe next to DuckDB's
threads) that loads the catalog and compiles the patterns once (``aidledger.warm``), so every worker
of every pool in a run starts warm; each worker still warms itself when it starts (a no-op when it
came from a warm server). A crash of
a worker process is not a crash of the run: the pool is rebuilt, every chunk lost with it is
extracted again alone, and a document that kills its worker alone gets problem ``AL205``.
``extract_many(..., scheduler=...)`` runs the same on a Dask cluster (``aidledger.distributed``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace as dc_replace
from typing import TYPE_CHECKING, Any, TypeVar

from aidledger.errors import InputError
from aidledger.ledger import LEDGER_SCHEMA
from aidledger.model import Document, Pledge, Problem, Provenance

T = TypeVar("T")

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa

__all__ = ["DOCUMENT_BATCH_COLUMNS", "PLEDGE_BATCH_COLUMNS", "SEGMENT_CHARS", "documents_from_batch", "extract_batch",
           "extract_many", "extract_partition", "extract_safely", "pledge_batch_schema", "pledges_to_table",
           "segments"]

Result = tuple[Document, list[Pledge], list[Problem]]
#: A function from a document to its pledges and problems (None: ``extract_safely``).
Extractor = Callable[[Document], tuple[list[Pledge], list[Problem]]] | None

#: Columns of the documents an Arrow batch may hold (``id`` and ``text`` are required).
DOCUMENT_BATCH_COLUMNS = ("id", "text", "published", "url", "outlet", "title")
#: Columns of ``extract_batch``'s output: those of the ledger (``aidledger.ledger.LEDGER_SCHEMA``), in
#: its order.
PLEDGE_BATCH_COLUMNS = tuple(LEDGER_SCHEMA)


# ---- many documents, many processes ---------------------------------------------------------------


def extract_many(documents: Iterable[Document], *, jobs: int = 1, chunk: int = 64, scheduler: Any = None,
                 extract: Extractor = None) -> Iterator[Result]:
    """``(document, pledges, problems)`` for every document, in input order.

    Args:
        documents (Iterable[Document]): read lazily, as results are taken.
        jobs (int): worker processes; 1 extracts in this process, 0 uses one per core.
        chunk (int): documents sent to a worker at a time.
        scheduler (str | distributed.Client | None): extract on a Dask cluster (``aidledger.distributed``):
            ``"local"`` starts one of ``jobs`` process workers, else a scheduler address or a client.
        extract: the function run on each document (default ``extract_safely``); with workers, a
            module-level function they can import.

    Raises ``InputError`` (a ``ValueError``) for a negative ``jobs``, a ``chunk`` below 1, or a
    ``scheduler`` without Dask installed or out of reach.
    """
    if jobs < 0:
        raise InputError(f"jobs must be 0 (all cores) or more, not {jobs}")
    if chunk < 1:
        raise InputError(f"chunk must be 1 or more, not {chunk}")
    if scheduler is not None:
        try:
            from aidledger.distributed import extract_on_cluster
        except ImportError:
            raise InputError("--scheduler needs Dask distributed: pip install 'aidledger[distributed]'") from None
        yield from extract_on_cluster(documents, scheduler=scheduler, jobs=jobs, chunk=chunk,
                                      extract=extract or extract_safely)
        return
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs == 1:
        extract_one = extract or extract_safely
        for doc in documents:
            pledges, problems = extract_one(doc)
            yield doc, pledges, problems
        return
    yield from _Pool(jobs, extract).run(documents, chunk)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` consecutive items (the last may be shorter), read lazily."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def warm_worker() -> None:
    """Worker initializer: load the catalog, the lexicons and every pattern once."""
    from aidledger.pledges import extract_document

    extract_document(Document("warm-up", "On Monday Denmark said it would send 19 Caesar howitzers "
                                         "and €200 million ($217 million) to Ukraine."))


def _context() -> Any:
    """The multiprocessing context of the pool: the fork server, its server warmed once per
    process (``aidledger.warm``), where the platform has one; ``spawn`` elsewhere."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["aidledger.warm"])  # read when the server starts (the first pool)
    return ctx


def _work(docs: list[Document], extract: Extractor = None) -> list[tuple[list[Pledge], list[Problem]]]:
    """Extract a chunk in a worker process (``extract_safely``: huge documents in segments).

    Pledges travel back pickled, pint quantities included: ``aidledger.units`` makes its registry
    pint's application registry, so they unpickle into it in the parent."""
    extract = extract or extract_safely
    return [extract(doc) for doc in docs]


#: Documents longer than this (characters) are extracted in segments (problem AL109).
SEGMENT_CHARS = 100_000


def segments(text: str, size: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` pieces of ``text`` of at most ``size`` characters, cut at a
    paragraph break, else a line break, else a sentence end, else anywhere."""
    out: list[tuple[int, int]] = []
    pos = 0
    while len(text) - pos > size:
        window = text[pos:pos + size]
        cut = -1
        for sep in ("\n\n", "\n", ". "):
            i = window.rfind(sep)
            if i > size // 2:
                cut = i + len(sep)
                break
        end = pos + (cut if cut > 0 else size)
        out.append((pos, end))
        pos = end
    out.append((pos, len(text)))
    return out


def _shift(prov: Provenance | None, offset: int, doc_id: str) -> Provenance | None:
    if prov is None:
        return None
    return Provenance(doc_id, prov.start + offset, prov.end + offset, prov.quote)


def extract_safely(doc: Document) -> tuple[list[Pledge], list[Problem]]:
    """``pledges.extract_document``, with a crash turned into problem AL205.

    A document longer than ``SEGMENT_CHARS`` is extracted piece by piece (``segments``), the
    spans shifted back into the whole text, so one huge document costs time in proportion to
    its length (problem AL109: context such as the donor does not carry across a cut).
    """
    from aidledger.pledges import extract_document

    pieces = segments(doc.text) if len(doc.text) > SEGMENT_CHARS else [(0, len(doc.text))]
    found: list[Pledge] = []
    problems: list[Problem] = []
    if len(pieces) > 1:
        problems.append(Problem("AL109", f"document of {len(doc.text):,} characters extracted in "
                                f"{len(pieces)} segments", doc_id=doc.id))
    for start, end in pieces:
        part = doc if len(pieces) == 1 else dc_replace(doc, text=doc.text[start:end])
        try:
            pledges, doubts = extract_document(part)
        except Exception as exc:  # a crashing stage is one more problem, never a lost run
            problems.append(Problem("AL205", f"extractor failed: {type(exc).__name__}: {exc}", doc_id=doc.id))
            continue
        if start == 0:
            found.extend(pledges)
            problems.extend(doubts)
            continue
        found.extend(dc_replace(p, source=_shift(p.source, start, doc.id)) for p in pledges)
        problems.extend(dc_replace(p, source=_shift(p.source, start, doc.id)) for p in doubts)
    if len(pieces) > 1:  # the document's rules (one record per fact...) once over all segments, not per segment
        from aidledger.extractor.records import finish

        found = finish(found, set())
    return found, problems


class _Pool:
    """A process pool with bounded, ordered in-flight chunks; rebuilt when a worker dies.

    A dead worker breaks the whole pool (``BrokenProcessPool``), every chunk in flight with it,
    and does not say which chunk killed it. So after a break the pool is rebuilt and each chunk
    that was lost is extracted again **alone** in the pool: one that breaks it alone is run
    document by document, alone again, and a document that breaks the pool alone is problem
    AL205. Every call that can meet a broken pool (a result, a submit) is guarded: a dead worker
    costs a retry of its documents, never the run."""

    def __init__(self, jobs: int, extract: Extractor = None):
        self.jobs = jobs
        self.extract = extract
        self.executor: Any = None

    def _start(self) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.executor = ProcessPoolExecutor(self.jobs, mp_context=_context(), initializer=warm_worker)

    def _stop(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def _restart(self) -> None:
        self._stop()
        self._start()

    def _submit(self, docs: list[Document]) -> Any:
        """A future of the chunk's results; on a pool that broke since the last result, a new pool first."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.executor.submit(_work, docs, self.extract)
        except BrokenProcessPool:
            self._restart()
            return self.executor.submit(_work, docs, self.extract)

    def run(self, documents: Iterable[Document], chunk: int) -> Iterator[Result]:
        from concurrent.futures import Future

        import aidledger.units  # noqa: F401 - quantities unpickle into its registry (the application one)

        self._start()
        try:
            chunks = chunked(documents, chunk)
            pending: deque[tuple[list[Document], Future[Any]]] = deque()
            for docs in chunks:
                pending.append((docs, self._submit(docs)))
                if len(pending) >= 2 * self.jobs:
                    break
            while pending:
                docs, future = pending.popleft()
                try:
                    results = future.result()
                except Exception as exc:
                    results = self._recover(docs, exc, pending)
                for doc, (pledges, problems) in zip(docs, results, strict=True):
                    yield doc, list(pledges), list(problems)
                nxt = next(chunks, None)
                if nxt is not None:
                    pending.append((nxt, self._submit(nxt)))
        finally:
            self._stop()

    def _recover(self, docs: list[Document], exc: Exception,
                 pending: deque[tuple[list[Document], Any]]) -> list[tuple[list[Pledge], list[Problem]]]:
        """The results of a chunk whose future failed; after a broken pool, those of every chunk
        in flight that was lost with it are computed too, each alone (``_alone``)."""
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        if not isinstance(exc, BrokenProcessPool):  # e.g. a result that could not travel
            return [self._one(doc) for doc in docs]
        self._restart()
        results = self._alone(docs)
        for i, (other, future) in enumerate(pending):
            if not future.done() or future.cancelled() or future.exception() is not None:
                done: Future[Any] = Future()
                done.set_result(self._alone(other))
                pending[i] = (other, done)
        return results

    def _alone(self, docs: list[Document]) -> list[tuple[list[Pledge], list[Problem]]]:
        """A chunk with nothing else in the pool; when it breaks the pool, document by document."""
        try:
            return self._submit(docs).result()
        except Exception as exc:
            from concurrent.futures.process import BrokenProcessPool

            if isinstance(exc, BrokenProcessPool):
                self._restart()
                if len(docs) == 1:  # that was its second death: the first broke the chunk
                    return [([], [Problem("AL205", "a worker process died extracting it, every time it was "
                                                   "tried", doc_id=docs[0].id)])]
            return [self._one(doc) for doc in docs]

    def _one(self, doc: Document) -> tuple[list[Pledge], list[Problem]]:
        """One document alone in the pool; one that breaks it (or cannot travel) is problem AL205."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._submit([doc]).result()[0]
        except Exception as exc:
            if isinstance(exc, BrokenProcessPool):
                self._restart()
                message = "a worker process died extracting it, every time it was tried"
            else:
                message = f"extractor failed: {type(exc).__name__}: {exc}"
            return [], [Problem("AL205", message, doc_id=doc.id)]


# ---- Arrow record batches -----------------------------------------------------------------------


def pledge_batch_schema() -> pa.Schema:
    """The Arrow schema of ``extract_batch``'s output: the ledger's one schema
    (``aidledger.ledger.LEDGER_SCHEMA``, the columns of the ``pledges`` table) as Arrow.

    Money is ``decimal128(38, 2)`` (full currency units, rounded to cents), ``span_start`` and
    ``span_end`` the half-open character span of ``quote``, ``notes`` remarks joined with ``"; "``.
    """
    from aidledger.ledger import to_frame

    return to_frame([]).to_arrow().schema


def _published(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    from aidledger.sources.meta import parse_date

    try:
        return parse_date(value)
    except (ValueError, TypeError):
        return None  # as read_documents does (there with problem AL107)


def documents_from_batch(batch: pa.RecordBatch | pa.Table) -> list[Document]:
    """The documents of an Arrow batch: columns ``id`` and ``text``; ``published`` (date32,
    timestamp or ISO string), ``url``, ``outlet``, ``title`` when present; nulls allowed there.
    Rows without text are skipped (``read_documents`` reports them as AL104)."""
    names = set(batch.schema.names)
    missing = {"id", "text"} - names
    if missing:
        raise InputError(f"document batch lacks column(s) {', '.join(sorted(missing))}")
    cols = {name: batch.column(name).to_pylist() for name in DOCUMENT_BATCH_COLUMNS if name in names}
    n = batch.num_rows
    empty = [None] * n
    docs = []
    for i in range(n):
        text = cols["text"][i]
        if not isinstance(text, str) or not text.strip():
            continue
        docs.append(Document(
            id=str(cols["id"][i]), text=text, published=_published(cols.get("published", empty)[i]),
            url=cols.get("url", empty)[i], outlet=cols.get("outlet", empty)[i], title=cols.get("title", empty)[i]))
    return docs


def pledges_to_table(rows: Iterable[tuple[Document, Sequence[Pledge]]]) -> pa.Table:
    """The ledger rows (``pledge_batch_schema()``) of the pledges of some documents, each document's
    pledges as ``aidledger.ledger.to_frame`` makes them (ids, ``is_additional``, its ``published``)."""
    import polars as pl

    from aidledger.ledger import to_frame

    frames = [to_frame(pledges, published={doc.id: doc.published}) for doc, pledges in rows]
    return pl.concat([to_frame([]), *frames], how="vertical").to_arrow()


def extract_batch(batch: pa.RecordBatch | pa.Table) -> pa.Table:
    """Pledge rows (``pledge_batch_schema()``) of the documents of an Arrow batch.

    A pure function of its input (no I/O, no global state besides the loaded catalog), so any
    engine that hands out Arrow batches can run it in parallel and write the result as Parquet.

    >>> import pyarrow as pa
    >>> docs = pa.table({"id": ["a"], "text": ["Denmark will send 19 Caesar howitzers to Ukraine."]})
    >>> extract_batch(docs).select(["doc_id", "donor", "system", "quantity", "status"]).to_pylist()
    [{'doc_id': 'a', 'donor': 'DNK', 'system': 'Caesar', 'quantity': 19.0, 'status': 'pledged'}]
    """
    from aidledger.pledges import extract_document

    docs = documents_from_batch(batch)
    return pledges_to_table((doc, extract_document(doc)[0]) for doc in docs)


def extract_partition(frame: Any) -> Any:
    """``extract_batch`` over a pandas DataFrame (a Dask partition), returning a pandas DataFrame
    with Arrow-backed columns (``pd.ArrowDtype``), so decimals and dates survive unchanged.

    ``ddf.map_partitions(extract_partition, meta=extract_partition(ddf._meta))`` runs it on
    Dask; pandas is imported only here (it comes with Dask, it is no dependency of aidledger).
    """
    import pandas as pd
    import pyarrow as pa

    table = pa.Table.from_pandas(frame, preserve_index=False)
    return extract_batch(table).to_pandas(types_mapper=pd.ArrowDtype)
