"""Faults said in words (issue 14, "smaller, but users meet them"; docs/reliability.md).

A full disk, a damaged file, a database locked by another process, a closed pipe and a bad gold
file each give one plain line (or, for the pipe, a quiet exit 0), and leave the ledger as it was.
Real faults where the platform allows it: a file-size limit (``RLIMIT_FSIZE``) stands in for a
full disk, a second process holds the lock, bytes are overwritten in a copy of a ledger.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from aidledger.cli import app
from aidledger.errors import describe_failure

runner = CliRunner()
AIDLEDGER = [sys.executable, "-m", "aidledger"]


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("aidledger: error: "), result.stderr
    assert "Traceback" not in result.output and "internal error" not in lines[0]
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corpus(path: Path, n: int, prefix: str = "d") -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"{prefix}{i}", "published": "2023-02-01",
                                  "text": f"France will send {i + 1} Caesar howitzers to Ukraine, officials said. "
                                          f"Germany will give €{i + 1} million to Ukraine."}) + "\n")
    return path


@pytest.fixture(scope="module")
def small_ledger(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("faults")
    db = folder / "aid.duckdb"
    result = invoke("ingest", corpus(folder / "small.jsonl", 3), "--db", db)
    assert result.exit_code == 0, result.output
    return db


def copy_of(db: Path, folder: Path) -> Path:
    out = folder / db.name
    out.write_bytes(db.read_bytes())
    return out


# ---- a full disk ---------------------------------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE and SIGXFSZ as on Linux")
def test_a_full_disk_says_so_and_the_ledger_is_as_before(small_ledger, tmp_path):
    """The issue's probe gave ``internal error: TransactionException``. A file-size limit makes
    every write past it fail as a full disk does (``EFBIG`` instead of ``ENOSPC``)."""
    db = copy_of(small_ledger, tmp_path)
    before = digest(db)
    big = corpus(tmp_path / "big.jsonl", 120, prefix="new")
    limit = (
        "import resource, runpy, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
        "resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, resource.RLIM_INFINITY)); "
        "sys.argv = ['aidledger'] + sys.argv[1:]; runpy.run_module('aidledger', run_name='__main__')"
    )
    done = subprocess.run([sys.executable, "-c", limit, "ingest", str(big), "--db", str(db)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("aidledger: error: the disk is full") and "as it was before" in line
    assert digest(db) == before  # the main file untouched; the log's unfinished tail is ignored
    result = invoke("sql", "SELECT count(*) AS n FROM documents", "--db", db, "--format", "json")
    assert json.loads(result.stdout) == [{"n": 3}]


@pytest.mark.parametrize("exc, said", [
    (duckdb.TransactionException("TransactionContext Error: Failed to commit: Could not write file "
                                 "\"/x/aid.duckdb.wal\": No space left on device"), "the disk is full"),
    (duckdb.FatalException("FATAL Error: Failed: database has been invalidated because of a previous fatal "
                           "error. The database must be restarted prior to being used again."),
     "could not complete the write"),
    (duckdb.Error("Corrupt database file: computed checksum 1 does not match stored checksum 2 in block at "
                  "location 4096"), "damaged"),
    (duckdb.IOException("IO Error: Could not set lock on file \"/x/aid.duckdb\": Conflicting lock is held in "
                        "/usr/bin/python3 (PID 42). However, you would be able to open this database in "
                        "read-only mode, e.g. by using the -readonly parameter in the CLI. See also "
                        "https://duckdb.org/docs/current/connect/concurrency"), "in use by another process"),
])
def test_database_failures_are_said_in_words(exc, said, monkeypatch, small_ledger):
    from aidledger import api

    def failing(*args, **kwargs):
        raise exc

    monkeypatch.setattr(api, "ingest", failing)
    line = one_line_error(invoke("ingest", small_ledger, "--db", small_ledger))
    assert said in line and ("as it was before" in line or "did not change" in line or "nothing was changed" in line)
    assert "-readonly" not in line and "duckdb.org" not in line
    assert describe_failure(ValueError("No space left on device")) is None  # not a database failure


# ---- a damaged file --------------------------------------------------------------------------------


@pytest.mark.parametrize("offset", [0, 4096, 8192])
def test_a_damaged_header_is_said_and_the_file_left_alone(offset, small_ledger, tmp_path):
    db = copy_of(small_ledger, tmp_path)
    with db.open("r+b") as handle:
        handle.seek(offset)
        handle.write(b"\x13" * 4096)
    before = digest(db)
    for args in (["sql", "SELECT count(*) FROM pledges"], ["ingest", small_ledger.with_name("small.jsonl")]):
        line = one_line_error(invoke(*args, "--db", db))
        assert "damaged" in line and "did not change" in line, line
    assert digest(db) == before


# ---- a lock held by another process ------------------------------------------------------------------

HOLD = ("import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == 'ro'); "
        "print('ready', flush=True); sys.stdin.read()")


@pytest.mark.parametrize("held, args", [("ro", ["ingest"]), ("rw", ["sql", "SELECT 1"])])
def test_a_locked_database_is_said_without_duckdbs_cli_hint(held, args, small_ledger, tmp_path):
    db = copy_of(small_ledger, tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), held], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "ready\n"
        if args[0] == "ingest":
            args = [*args, small_ledger.with_name("small.jsonl")]
        line = one_line_error(invoke(*args, "--db", db))
    finally:
        holder.communicate("", timeout=30)
    assert "in use by another process" in line and "nothing was changed" in line
    assert "-readonly" not in line and "CLI" not in line and "duckdb.org" not in line


# ---- a closed pipe ---------------------------------------------------------------------------------------


def test_a_closed_pipe_is_a_quiet_normal_end(tmp_path):
    """``aidledger extract ... | head -1`` ended with "Broken pipe" and exit 1 (the output is
    several times the 8 KiB buffer, so writes go on after the reader has gone)."""
    docs = corpus(tmp_path / "many.jsonl", 150)
    proc = subprocess.Popen([*AIDLEDGER, "extract", str(docs)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, as head does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert json.loads(first)["doc_id"] == "d0" and err == ""


def test_a_closed_pipe_after_a_table_is_quiet(small_ledger):
    proc = subprocess.Popen([*AIDLEDGER, "sql", "SELECT * FROM range(5000)", "--db", str(small_ledger)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0 and err == ""


# ---- eval on a bad gold file -------------------------------------------------------------------------


@pytest.mark.parametrize("gold, where", [
    ('{"doc": "d0", "donor": "FRA", "status": "pledged", "quantity": 1}\n\n{"doc": "d0", oops\n', "gold.jsonl:3:"),
    ('{"doc": "d0", "donor": "FRA", "status": "pledged"}\n["not", "an", "object"]\n', "gold.jsonl:2:"),
    ('{"doc": "d0", "status": "pledged"}\n', "gold.jsonl:1:"),
    ("", "gold.jsonl:"),
    ("\n\n", "gold.jsonl:"),
])
def test_eval_names_the_bad_gold_line_and_refuses_an_empty_file(gold, where, tmp_path):
    (tmp_path / "gold.jsonl").write_text(gold, encoding="utf-8")
    docs = corpus(tmp_path / "docs.jsonl", 1)
    result = invoke("eval", docs, "--gold", tmp_path / "gold.jsonl")
    assert result.exit_code == 1 and "F1=" not in result.stdout
    assert where in one_line_error(result)
