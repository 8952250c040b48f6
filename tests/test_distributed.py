"""Extraction on a Dask distributed cluster of PROCESS workers (``aidledger.distributed``): the same
records as one process, from the CLI, the ingest and the Parquet recipe of ``docs/distributed.md``;
a worker that dies is retried, a document that kills every worker is a problem line.

One ``LocalCluster`` of two process workers serves the module (its address is what a user passes
to ``--scheduler``); the CLI test starts its own with ``--scheduler local``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.xdist_group("dask-cluster")  # under xdist, one worker runs the module: one cluster
# The tests that start a cluster of their own (the CLI's --scheduler local, the recipe's script) are
# groups of their own too ("dask-cluster_dask-cli", ...: xdist joins the names), so that xdist can run
# them on the other worker while this one runs the module's cluster (50-60 s of CPU each).

from conftest import copy_db  # noqa: E402
from corpus_sentences import SENTENCES  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from aidledger.batch import extract_many, extract_safely  # noqa: E402
from aidledger.cli import app  # noqa: E402
from aidledger.distributed import (  # noqa: E402
    documents_from_arrow,
    documents_to_batch,
    extract_on_cluster,
    from_payload,
    to_payload,
)
from aidledger.model import Document  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FORKSERVER = "forkserver" in multiprocessing.get_all_start_methods()


def corpus(n: int = 21) -> list[Document]:
    """``n`` distinct documents (two sentences each), half of them dated."""
    docs = []
    for i in range(n):
        text = f"{SENTENCES[i % 7]} {SENTENCES[(i * 3 + 1) % 7]} Report number {i}."
        docs.append(Document(f"d{i:03d}", text, dt.date(2023, 1, 1 + i % 28) if i % 2 else None,
                             url=f"https://example.org/{i}", source=f"corpus.jsonl:{i + 1}"))
    return docs


def dump(results) -> list:
    return [(d.id, [p.to_dict() for p in ps], [x.render() for x in pr]) for d, ps, pr in results]


def write_jsonl(path: Path, docs: list[Document]) -> Path:
    path.write_text("".join(json.dumps({"id": d.id, "text": d.text, "url": d.url,
                                        "published": d.published and d.published.isoformat()}) + "\n"
                            for d in docs), encoding="utf-8")
    return path


def kill_on(doc: Document, *, victim: str, flag: str, always: bool) -> tuple[list, list]:
    """``extract_safely``, except that the worker process extracting ``victim`` is killed (SIGKILL),
    the first time only (``flag`` file) or every time."""
    if doc.id == victim and (always or not os.path.exists(flag)):
        Path(flag).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return extract_safely(doc)


def worker_pid() -> int:
    return os.getpid()


def catalog_loads() -> int:
    from aidledger.catalog import load_catalog

    return load_catalog.cache_info().misses


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of 2 process workers; a task is retried once when its worker dies."""
    import dask

    from aidledger.distributed import local_cluster

    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        cluster = local_cluster(2)
    client = distributed.Client(cluster, set_as_default=False)
    from aidledger.distributed import WarmCatalog

    client.register_plugin(WarmCatalog())
    yield cluster, client
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def expected():
    docs = corpus()
    return docs, dump(extract_many(docs))


def test_the_module_is_one_xdist_group(request):
    """Under ``--dist loadgroup`` xdist marks each grouped test's id with its group; without the
    mark the module's tests are spread over both workers and each starts the module's cluster
    (pytest 9.2 with pytest-xdist 3.8 does that silently: pyproject.toml keeps pytest below 9.2)."""
    if "PYTEST_XDIST_WORKER" not in os.environ or not getattr(request.config.option, "loadgroup", False):
        pytest.skip("not an xdist worker of --dist loadgroup")
    assert request.node.nodeid.endswith("@dask-cluster"), request.node.nodeid


# ---- documents travel as Arrow batches, nothing lost ------------------------------------------------


def test_documents_round_trip_through_an_arrow_batch():
    docs = corpus(5) + [Document("ü\nid", "Text with \u00e9 and a newline\n", None, None, "Outlet", "Title", None),
                        Document("p", "page one\fpage two", dt.date(2023, 1, 2), source="a.pdf", format="pdf",
                                 pages=(0, 9))]
    batch = documents_to_batch(docs)
    assert batch.num_rows == len(docs)
    assert documents_from_arrow(batch) == docs


TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)  # lone surrogates too


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT, st.none() | st.dates(), st.none() | TEXT), max_size=4))
def test_any_documents_travel_to_a_worker_unchanged(rows):
    """Arrow batches when every text is UTF-8; the documents themselves (pickled) when one holds a
    lone surrogate, which JSON allows and Arrow refuses: never a lost chunk."""
    import pickle

    docs = [Document(i, t, p, u) for i, t, p, u in rows]
    payload = pickle.loads(pickle.dumps(to_payload(docs)))
    assert from_payload(payload) == docs
    try:
        "".join(f"{d.id}{d.text}{d.url or ''}" for d in docs).encode("utf-8")
    except UnicodeEncodeError:
        assert isinstance(payload, list)
    else:
        assert not isinstance(payload, list)


# ---- the CLI, with --scheduler local (starts its own cluster of process workers) ----------------------


@pytest.mark.xdist_group("dask-cli")
def test_cli_extract_scheduler_local_equals_one_process(tmp_path, expected):
    docs, _ = expected
    source = write_jsonl(tmp_path / "docs.jsonl", docs)
    outputs = []
    for options in ([], ["--scheduler", "local", "--jobs", "2"]):
        out = tmp_path / f"out{len(outputs)}.jsonl"
        result = CliRunner().invoke(app, ["extract", str(source), "-o", str(out), *options])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") > len(docs) // 2


def test_cli_rejects_a_blank_scheduler_and_an_unreachable_one(tmp_path):
    source = write_jsonl(tmp_path / "docs.jsonl", corpus(1))
    result = CliRunner().invoke(app, ["extract", str(source), "--scheduler", " "])
    assert result.exit_code == 2 and "--scheduler" in result.output
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(app, ["ingest", str(source), "--db", str(tmp_path / "x.duckdb"),
                                          "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert re.search(r"error: cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9", result.output)
    assert "Traceback" not in result.output


# ---- the engine on a running cluster (the address a user passes to --scheduler) ---------------------


def worker_settings() -> tuple[bool, bool]:
    import sys

    import dask

    return dask.config.get("distributed.worker.profile.enabled"), "pyarrow" in sys.modules


def test_local_workers_run_without_the_profiler_and_are_warmed_through_a_whole_task(cluster):
    """Dask's statistical profiler would walk every task's stack each 10 ms; the warm-up ran a
    task's path (pyarrow, which only batches need, imported) before any task. The first test on
    the module's cluster: no task has run there yet."""
    _, client = cluster
    assert set(client.run(worker_settings).values()) == {(False, True)}


def worker_start() -> tuple[int, bool]:
    import sys

    return os.getppid(), "aidledger.warm" in sys.modules


@pytest.mark.skipif(not FORKSERVER, reason="no fork server here")
def test_local_workers_are_forked_from_the_warm_fork_server(cluster):
    """The workers are not children of this process (spawned by the nannies) but forked from the
    fork server, which imported ``aidledger.warm``: they start with the catalog loaded."""
    _, client = cluster
    starts = set(client.run(worker_start).values())
    assert len(starts) == 1
    (parent, warm), = starts
    assert warm and parent != os.getpid()


def test_workers_are_processes_and_load_the_catalog_once(cluster, expected):
    _, client = cluster
    docs, want = expected
    assert dump(extract_on_cluster(docs, scheduler=client, chunk=4)) == want
    pids = client.run(worker_pid)
    assert len(set(pids.values())) == 2 and os.getpid() not in pids.values()
    assert set(client.run(catalog_loads).values()) == {1}


def test_extract_many_with_a_scheduler_address(cluster, expected):
    mine, client = cluster
    docs, want = expected
    assert dump(extract_many(iter(docs), scheduler=mine.scheduler_address, chunk=3)) == want


def test_explain_on_the_cluster_equals_one_process(tmp_path, cluster, expected):
    """``--explain`` (AL201 for each skipped sentence) runs in the workers too, in the same order."""
    from aidledger import api

    mine, _ = cluster
    docs, _ = expected
    skipped = Document("lost", "France will send 12 Caesar howitzers to Ukraine. Russia lost 40 tanks near Bakhmut.")
    source = write_jsonl(tmp_path / "docs.jsonl", docs[:6] + [skipped] + docs[6:])

    def run(**options):
        return [x.to_dict() if hasattr(x, "to_dict") else repr(x)
                for x in api.iter_extract([source], explain=True, **options)]

    one = run()
    assert run(scheduler=mine.scheduler_address) == one
    assert any("AL201" in x for x in one if isinstance(x, str))


def test_ingest_on_the_cluster_writes_the_same_ledger(tmp_path, cluster, expected, empty_db_template):
    from aidledger.store import open_ledger

    mine, _ = cluster
    docs, _ = expected
    source = write_jsonl(tmp_path / "docs.jsonl", docs)
    with source.open("a", encoding="utf-8") as f:
        f.write("not json\n")
    tables = []
    for options in ({}, {"scheduler": mine.scheduler_address}):
        with open_ledger(copy_db(empty_db_template, tmp_path / f"{len(tables)}.duckdb")) as ledger:  # fresh ledgers
            report = ledger.ingest([source], batch_size=5, **options)
            assert (report.documents, report.skipped_lines) == (len(docs), 1)
            tables.append((ledger.pledges(), ledger.problems(),
                           ledger.sql("SELECT * EXCLUDE (doc_ids, pledge_ids) FROM pledge_events ORDER BY event_id")))
    for one, two in zip(*tables, strict=True):
        assert one.equals(two)
    assert tables[0][0].height > 0


# ---- workers that die ---------------------------------------------------------------------------


def kill_two(doc: Document, *, once: str, always: str, flag: str) -> tuple[list, list]:
    """``kill_on`` for two documents: ``once`` kills its worker the first time, ``always`` every time."""
    if doc.id == always:
        return kill_on(doc, victim=always, flag=flag + ".always", always=True)
    return kill_on(doc, victim=once, flag=flag, always=False)


def test_dead_workers_are_retried_and_a_document_that_kills_every_one_is_a_problem_line(tmp_path, cluster,
                                                                                        expected):
    """The scheduler runs the task of a killed worker again (allowed-failures=1 here): a document
    whose worker died once gives its records; one that kills every worker it meets is one AL205
    line, and every other document gives what one process gives."""
    _, client = cluster
    docs, want = expected
    flag = tmp_path / "killed"
    killer = functools.partial(kill_two, once=docs[2].id, always=docs[5].id, flag=str(flag))
    got = dump(extract_on_cluster(docs, scheduler=client, chunk=3, extract=killer))
    assert flag.exists()  # a worker really died on docs[2], and its records came back all the same
    assert [g for i, g in enumerate(got) if i != 5] == [w for i, w in enumerate(want) if i != 5]
    doc_id, pledges, problems = got[5]
    assert (doc_id, pledges) == (docs[5].id, [])
    assert len(problems) == 1 and "AL205" in problems[0] and "worker process died" in problems[0]
    if FORKSERVER:  # the nannies restart the killed workers from the same warm fork server
        client.wait_for_workers(2, timeout=120)
        starts = set(client.run(worker_start).values())
        assert len(starts) == 1 and next(iter(starts))[1] and next(iter(starts))[0] != os.getpid()


def raise_on(doc: Document, *, victim: str) -> tuple[list, list]:
    if doc.id == victim:
        raise RuntimeError("boom")
    return extract_safely(doc)


def test_a_document_whose_task_raises_is_a_problem_line(cluster, expected):
    _, client = cluster
    docs, want = expected
    got = dump(extract_on_cluster(docs, scheduler=client, chunk=4,
                                  extract=functools.partial(raise_on, victim=docs[6].id)))
    assert [g for i, g in enumerate(got) if i != 6] == [w for i, w in enumerate(want) if i != 6]
    assert got[6][:2] == (docs[6].id, [])
    assert got[6][2] == [f"{docs[6].id}: AL205 extractor failed: RuntimeError: boom"]


# ---- the Python recipe of docs/distributed.md, run as written -------------------------------------------


def python_blocks() -> list[str]:
    """The python blocks of docs/distributed.md, in order: the Dask recipe and the load into a ledger.
    This test runs them (tests/test_doc_blocks.py leaves the page to it: one Dask cluster, not two)."""
    text = (ROOT / "docs" / "distributed.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```", text, flags=re.S | re.M)


def recipe() -> str:
    marked = [b for b in python_blocks() if "map_partitions(extract_partition" in b]
    assert len(marked) == 1, "docs/distributed.md has one Dask recipe"
    return marked[0]


@pytest.mark.xdist_group("dask-recipe")
def test_the_dask_dataframe_recipe_runs_and_duckdb_loads_its_parquet(tmp_path):
    """The recipe runs as written (a script, its cluster started under ``__main__``); the page's other
    python blocks then run in order in the same folder, as a reader runs them: the ledger they load
    from the Parquet holds the same pledges as an ingest of the same documents."""
    import pyarrow.parquet as pq

    from aidledger.batch import extract_batch
    from aidledger.store import open_ledger

    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    script = tmp_path / "recipe.py"
    script.write_text(recipe(), encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
                            timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    out = tmp_path / "build" / "distributed"
    docs = pq.read_table(out / "docs")
    want = extract_batch(docs).sort_by("pledge_id")
    got = pq.read_table(out / "pledges").sort_by("pledge_id")
    assert got.num_rows == want.num_rows > 0
    assert got.select(want.schema.names).cast(want.schema).equals(want)
    assert "Caesar" in result.stdout  # DuckDB read the pledges back

    # the page's other blocks (loading the Parquet into a ledger), as written, in the same folder
    others = [b for b in python_blocks() if b != recipe()]
    assert others and any("read_parquet('build/distributed/pledges/*.parquet')" in b for b in others)
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        for i, block in enumerate(others):
            exec(compile(block, f"docs/distributed.md python block {i + 2}", "exec"), {"__name__": "__main__"})
    finally:
        os.chdir(cwd)
    with open_ledger(out / "aid.duckdb", read_only=True) as ledger:
        from_parquet = ledger.pledges()
        assert ledger.view("pledge_events").height > 0  # refresh_events took the new rows in
    # the ledger loads the Parquet: the same pledge rows as an ingest of the same documents
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text("".join(json.dumps({"id": r["id"], "text": r["text"], "published": r["published"].isoformat()})
                             + "\n" for r in docs.to_pylist()), encoding="utf-8")
    with open_ledger(tmp_path / "ingest.duckdb") as ledger:
        ledger.ingest([jsonl])
        ingested = ledger.pledges()
    assert from_parquet.equals(ingested)


def test_a_cluster_without_live_workers_stops_the_run_with_one_line_instead_of_waiting_for_ever():
    """Workers that died and do not come back (or a scheduler with none) must not leave a run hanging."""
    import dask

    from aidledger.errors import InputError

    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=None) as empty, \
            distributed.Client(empty, set_as_default=False) as client, \
            dask.config.set({"aidledger.no-worker-timeout": 2}):
        with pytest.raises(InputError, match="no Dask worker has been alive for 2 s"):
            list(extract_on_cluster(corpus()[:2], scheduler=client, chunk=1))
