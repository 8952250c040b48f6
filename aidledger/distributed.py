"""Extraction on a Dask distributed cluster: process workers on this machine or on many.

``extract_on_cluster(documents, scheduler=..., jobs=...)`` is ``batch.extract_many`` with the
work done by the workers of a Dask cluster; ``extract_many(..., scheduler=ADDRESS)`` (the CLI's
``--scheduler``) calls it. It yields ``(document, pledges, problems)`` in input order, so what
follows (the JSON lines of ``extract``, the staged ingest of ``Ledger.ingest``) is the same as in
one process, byte for byte.

- ``scheduler="local"`` starts a ``LocalCluster`` of ``jobs`` single-threaded **process** workers
  (0: one per core) for the run and stops it at the end; any other value is the address of a
  running scheduler (``tcp://host:8786``), whose workers need ``aidledger`` installed.
- Documents travel as Arrow record batches (``documents_to_batch``) of ``chunk`` documents, at most
  ``2 * workers`` of them in flight, so memory stays bounded however large the input. Results
  travel back as wire rows (``aidledger.wire``: plain tuples, units listed once per batch), which
  the client rebuilds into records for about a third of what unpickling the records costs.
- Each worker runs a task's whole path once when it starts (the worker plugin ``WarmCatalog``,
  ``warm_up``): the catalog loaded, the patterns compiled, pyarrow imported; the catalog then
  stays in the worker's module-level cache. ``open_client`` imports what the client needs too.
- The workers of ``"local"`` are forked from multiprocessing's fork server, which imported
  ``aidledger.warm`` once (Linux, macOS; Dask's option ``distributed.worker.multiprocessing-method``,
  set for the process): a worker started or restarted after a death starts warm.
- The workers of ``"local"`` run without Dask's statistical profiler (it serves the dashboard,
  which is off, and costs the extraction CPU every 10 ms).
- A worker that dies (killed, out of memory) is replaced by its nanny and the scheduler runs its
  tasks again elsewhere. A chunk whose task killed more workers than
  ``distributed.scheduler.allowed-failures`` (``KilledWorker``) is extracted again one document
  per task, and a document whose own task meets the same fate is a problem line (AL205), as a
  document whose extraction raises is.

Only this module imports ``distributed`` (the ``distributed`` extra), at the top: importing it
without Dask raises ``ImportError``, which ``batch.extract_many`` turns into a one-line error.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import distributed
from distributed import KilledWorker, WorkerPlugin

from aidledger.batch import chunked, extract_safely
from aidledger.errors import InputError
from aidledger.model import Document, Pledge, Problem
from aidledger.wire import Wire, decode, encode

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa

__all__ = ["LOCAL", "DOCUMENT_FIELDS", "WARM_TEXT", "WarmCatalog", "documents_from_arrow", "documents_to_batch",
           "extract_arrow", "extract_on_cluster", "extract_task", "from_payload", "local_cluster", "open_client",
           "to_payload", "warm_up"]

Result = tuple[Document, list[Pledge], list[Problem]]
Extractor = Callable[[Document], tuple[list[Pledge], list[Problem]]]

#: ``--scheduler local``: a cluster of process workers on this machine, for the run.
LOCAL = "local"
#: The fields of ``Document`` in a document batch, in order.
DOCUMENT_FIELDS = ("id", "text", "published", "url", "outlet", "title", "source", "format", "pages")


# ---- documents as Arrow batches --------------------------------------------------------------------


def document_batch_schema() -> pa.Schema:
    """The Arrow schema of a batch of documents sent to a worker: every field of ``Document``."""
    import pyarrow as pa

    return pa.schema([("id", pa.string()), ("text", pa.string()), ("published", pa.date32()),
                      ("url", pa.string()), ("outlet", pa.string()), ("title", pa.string()),
                      ("source", pa.string()), ("format", pa.string()), ("pages", pa.list_(pa.int64()))])


def documents_to_batch(docs: Sequence[Document]) -> pa.RecordBatch:
    """Documents as one Arrow record batch (``document_batch_schema()``), nothing lost."""
    import pyarrow as pa

    columns = {name: [getattr(d, name) for d in docs] for name in DOCUMENT_FIELDS}
    columns["pages"] = [list(p) for p in columns["pages"]]
    return pa.RecordBatch.from_pydict(columns, schema=document_batch_schema())


def documents_from_arrow(batch: pa.RecordBatch | pa.Table) -> list[Document]:
    """The documents of ``documents_to_batch``'s output, every row, in order."""
    rows = batch.to_pylist()
    return [Document(**{name: row[name] for name in DOCUMENT_FIELDS if name != "pages"}, pages=tuple(row["pages"]))
            for row in rows]


def to_payload(docs: Sequence[Document]) -> pa.RecordBatch | list[Document]:
    """What a task carries: the documents as an Arrow batch, or, when a text cannot be UTF-8
    (a lone surrogate read from JSON), as the documents themselves (pickled by Dask)."""
    try:
        return documents_to_batch(docs)
    except UnicodeEncodeError:
        return list(docs)


def from_payload(payload: pa.RecordBatch | list[Document]) -> list[Document]:
    """The documents of ``to_payload``'s output."""
    return payload if isinstance(payload, list) else documents_from_arrow(payload)


def extract_arrow(payload: pa.RecordBatch | list[Document],
                  extract: Extractor = extract_safely) -> list[tuple[list[Pledge], list[Problem]]]:
    """``extract`` (by default ``batch.extract_safely``) on every document of a batch
    (``to_payload``), in order."""
    return [extract(doc) for doc in from_payload(payload)]


def extract_task(payload: pa.RecordBatch | list[Document], extract: Extractor = extract_safely) -> Wire:
    """The task a worker runs: ``extract_arrow``, the results as wire rows (``aidledger.wire``),
    which the client pickles and rebuilds at a fraction of the cost of the records themselves;
    ``wire.decode`` gives back ``extract_arrow``'s list."""
    return encode(extract_arrow(payload, extract))


# ---- the cluster ------------------------------------------------------------------------------------


#: A short document of our own that runs every stage of the extraction (a count, money, a date).
WARM_TEXT = ("On Monday Denmark said it would send 19 Caesar howitzers and €200 million ($217 million) "
             "to Ukraine.")


def warm_up() -> None:
    """Run a task's whole path once, on ``WARM_TEXT``: pyarrow imported, the catalog, the lexicons
    and every pattern loaded, the results encoded and pickled, so the first real task pays for none
    of it."""
    import pickle

    decode(pickle.loads(pickle.dumps(extract_task(to_payload([Document("warm-up", WARM_TEXT)])))))


class WarmCatalog(WorkerPlugin):
    """Worker plugin: ``warm_up()`` once, when a worker starts (and when its nanny restarts it), so
    no task pays for loading the catalog or compiling the patterns."""

    name = "aidledger-warm-catalog"
    idempotent = True

    def setup(self, worker: Any) -> None:
        warm_up()


def local_cluster(workers: int) -> Any:
    """A ``LocalCluster`` of ``workers`` single-threaded process workers (with nannies), no dashboard.

    The scheduler sends a worker one task at a time (``worker-saturation`` 1.0), so when a worker
    dies only the task it was running is held responsible (``allowed-failures``), not the ones
    queued behind it. The workers' statistical profiler (for the dashboard, which is off) is off:
    every 10 ms it walks the running task's stack and reads source lines, CPU the extraction needs.
    The workers are forked from a warm fork server where the platform has one
    (``_start_workers_warm``), so neither a new worker nor one restarted after a death pays the
    extractor's start-up."""
    import dask

    _start_workers_warm()
    with dask.config.set({"distributed.scheduler.worker-saturation": 1.0,
                          "distributed.worker.profile.enabled": False}):
        return distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR)


#: What the fork server imports once before it forks Dask workers: the extractor warmed (catalog,
#: lexicons, patterns) and Dask's worker code.
FORKSERVER_PRELOAD = ["aidledger.warm", "distributed"]


def _start_workers_warm() -> None:
    """Start the nannies' worker processes from multiprocessing's fork server (Dask's option
    ``distributed.worker.multiprocessing-method``), the server warmed once per process, where the
    platform has one and the option is Dask's default (``spawn``); else leave it as it is.

    A spawned worker imports Dask and aidledger and builds the catalog's patterns itself (about 5 s of
    CPU), at the start and again at each restart after a worker died; a forked one has them already
    (the ``WarmCatalog`` plugin's warm-up then costs a few milliseconds). The option is set for the
    process, not for one cluster: the nanny reads it again whenever it restarts a worker. The server
    is the one ``batch.extract_many``'s pools fork from; whichever of the two starts it first sets
    what it imports (the other's workers import the rest themselves)."""
    import multiprocessing

    import dask
    from distributed.utils import get_mp_context

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    if dask.config.get("distributed.worker.multiprocessing-method") != "spawn":
        return  # the user's choice
    dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"})
    get_mp_context()  # Dask sets the server's preload list the first time it is asked for the context
    multiprocessing.get_context("forkserver").set_forkserver_preload(FORKSERVER_PRELOAD)  # read when it starts


def open_client(scheduler: str, *, jobs: int = 0) -> tuple[Any, Any]:
    """``(client, cluster)``: a client of the scheduler at ``scheduler``, or of a new
    ``LocalCluster`` of ``jobs`` process workers (0: one per core) for ``"local"`` (``cluster``
    is None for an address). Every worker gets the ``WarmCatalog`` plugin.

    Raises ``InputError`` when the scheduler cannot be reached or its workers cannot load the catalog.
    """
    import aidledger.units  # noqa: F401 - this side's start-up too: the registry results' quantities use,
    to_payload([Document("warm-up", WARM_TEXT)])  # and pyarrow, imported before the first batch
    cluster = None
    try:
        if scheduler == LOCAL:
            cluster = local_cluster(jobs or os.cpu_count() or 1)
            client = distributed.Client(cluster, set_as_default=False)
        else:
            client = distributed.Client(scheduler, set_as_default=False)  # waits distributed.comm.timeouts.connect
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        client.register_plugin(WarmCatalog())
    except BaseException as exc:
        client.close()
        if cluster is not None:
            cluster.close()
        if isinstance(exc, Exception):  # e.g. a worker without aidledger installed
            raise InputError(f"the Dask workers at {scheduler} could not load aidledger's catalog "
                             f"(is aidledger installed there?): {type(exc).__name__}: {exc}") from None
        raise
    return client, cluster


def extract_on_cluster(documents: Iterable[Document], *, scheduler: str | Any, jobs: int = 0, chunk: int = 64,
                       extract: Extractor = extract_safely) -> Iterator[Result]:
    """``(document, pledges, problems)`` for every document, in input order, extracted on a Dask cluster.

    Args:
        documents (Iterable[Document]): read lazily, as results are taken.
        scheduler (str | distributed.Client): ``"local"``, a scheduler address, or a client you opened.
        jobs (int): workers of a ``"local"`` cluster (0: one per core); ignored otherwise.
        chunk (int): documents per task (one Arrow batch).
        extract: the function run on each document in the workers (a module-level function the
            workers can import).
    """
    if chunk < 1:
        raise InputError(f"chunk must be 1 or more, not {chunk}")
    import aidledger.units  # noqa: F401 - quantities unpickle into its registry (the application one)

    if isinstance(scheduler, str):
        client, cluster = open_client(scheduler, jobs=jobs)
    else:
        client, cluster = scheduler, None
    try:
        yield from _Run(client, extract).run(documents, chunk)
    finally:
        if isinstance(scheduler, str):
            client.close()
            if cluster is not None:
                cluster.close()


class _Run:
    """Ordered, bounded in-flight chunks on a cluster; a chunk that killed its workers retried one by one."""

    def __init__(self, client: Any, extract: Extractor):
        self.client = client
        self.extract = extract

    def _submit(self, docs: Sequence[Document]) -> Any:
        return self.client.submit(extract_task, to_payload(docs), self.extract, pure=False)

    def _in_flight(self) -> int:
        workers = self.client.scheduler_info().get("workers", {})
        return 2 * max(1, len(workers))

    def run(self, documents: Iterable[Document], chunk: int) -> Iterator[Result]:
        chunks = chunked(documents, chunk)
        pending: deque[tuple[list[Document], Any]] = deque()
        limit = self._in_flight()
        try:
            for docs in chunks:
                pending.append((docs, self._submit(docs)))
                if len(pending) >= limit:
                    break
            while pending:
                docs, future = pending.popleft()
                try:
                    wire = self._result(future)
                except InputError:
                    raise
                except Exception:  # KilledWorker, or a result that did not travel: one by one
                    self._check_connected()
                    results = self._one_by_one(docs)
                else:
                    results = decode(wire)
                for doc, (pledges, problems) in zip(docs, results, strict=True):
                    yield doc, pledges, problems
                nxt = next(chunks, None)
                if nxt is not None:
                    pending.append((nxt, self._submit(nxt)))
        finally:
            for _, future in pending:
                future.cancel()

    def _result(self, future: Any) -> Any:
        """The future's result; ``InputError`` when the cluster has had no live worker for
        ``aidledger.no-worker-timeout`` seconds (dask config, default 300): workers that died and
        did not come back would otherwise leave the run waiting for ever."""
        import time

        import dask

        limit = float(dask.config.get("aidledger.no-worker-timeout", 300))
        since = None
        while True:
            try:
                return future.result(timeout=min(5.0, limit))
            except (TimeoutError, distributed.TimeoutError):
                self._check_connected()
                if self.client.scheduler_info().get("workers"):
                    since = None
                    continue
                since = since if since is not None else time.monotonic()
                if time.monotonic() - since >= limit:
                    raise InputError(f"no Dask worker has been alive for {limit:g} s; the run stops here "
                                     "(start workers, or raise aidledger.no-worker-timeout)") from None

    def _check_connected(self) -> None:
        """Raise ``InputError`` when the scheduler is gone (then no document can be extracted)."""
        if self.client.status != "running":
            raise InputError(f"lost the Dask scheduler (client {self.client.status}); the run stops here")

    def _one_by_one(self, docs: Sequence[Document]) -> list[tuple[list[Pledge], list[Problem]]]:
        futures = [self._submit([doc]) for doc in docs]
        out: list[tuple[list[Pledge], list[Problem]]] = []
        for doc, future in zip(docs, futures, strict=True):
            try:
                wire = self._result(future)
            except InputError:
                raise
            except Exception as exc:
                self._check_connected()
                out.append(([], [Problem("AL205", _failure(exc), doc_id=doc.id)]))
            else:
                out.append(decode(wire)[0])
        return out


def _failure(exc: BaseException) -> str:
    if isinstance(exc, KilledWorker):
        return "a worker process died extracting it, every time it was tried"
    text = str(exc).strip()
    return f"extractor failed: {type(exc).__name__}: {text.splitlines()[0] if text else ''}"
