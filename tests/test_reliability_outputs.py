"""Outputs never destroy inputs (issue 14, item 1; ``aidledger.outputs``, docs/reliability.md).

Every command that writes a file refuses to write over its own input and over the ledger (one
line, exit 2, nothing changed, also through a symbolic or hard link and with ``--force``),
replaces an existing file only with ``--force``, and leaves the old file when it fails midway.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aidledger import api, outputs
from aidledger.cli import app
from aidledger.errors import OutputRefused

runner = CliRunner()
ARTICLE = ("France will send 12 Caesar howitzers to Ukraine, the Elysee said on Monday.\n\n"
           "Germany will give €200 million to Ukraine for air defence.\n")
#: Every command with an output option, and the option (a new one must be added to the tests here).
OUTPUT_COMMANDS = {"extract": "-o", "export": "-o", "plot": "-o", "demo": "--out"}


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line_refusal(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2, result.output
    assert len(lines) == 1 and lines[0].startswith("aidledger: error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "docs.jsonl").write_text('{"id": "j1", "text": "Norway will send 8 Leopard 2 tanks to Ukraine."}\n',
                                       encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def ledger_file(corpus, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("ledger") / "aid.duckdb"
    result = invoke("ingest", corpus, "--db", db, "--published", "2023-01-30")
    assert result.exit_code == 0, result.output
    return db


def no_temporary_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if ".tmp" in p.name]


def test_every_output_option_is_covered_here():
    import typer.main

    group = typer.main.get_command(app)
    found = {}
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        for sub in getattr(cmd, "commands", {name: cmd}).values():
            for param in sub.params:
                if {"-o", "--output", "--out"} & set(param.opts):
                    found[sub.name] = param.opts
    assert set(found) == set(OUTPUT_COMMANDS), found


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("case", ["extract-own-input", "extract-jsonl-input", "extract-folder-input",
                                  "extract-ledger", "export-ledger", "export-ledger-wal", "plot-ledger",
                                  "demo-ledger"])
def test_every_output_command_refuses_its_input_and_the_ledger(case, force, corpus, ledger_file, tmp_path):
    """The issue's probes: ``export pledges -o aid.duckdb --db aid.duckdb``, ``extract in.jsonl -o
    in.jsonl``, ``extract x -o aid.duckdb``: refused, one line, exit 2, every file unchanged."""
    wal = ledger_file.with_name(ledger_file.name + ".wal")
    demo_dir = tmp_path / "demo"
    demo_dir.mkdir()
    demo_db = demo_dir / "aidledger.duckdb"
    demo_db.write_bytes(ledger_file.read_bytes())
    extra = ["--force"] if force else []
    args = {
        "extract-own-input": ["extract", corpus / "article.txt", "-o", corpus / "article.txt"],
        "extract-jsonl-input": ["extract", corpus / "docs.jsonl", "-o", corpus / "docs.jsonl"],
        "extract-folder-input": ["extract", corpus, "-o", corpus / "docs.jsonl"],
        "extract-ledger": ["extract", corpus / "article.txt", "-o", ledger_file],
        "export-ledger": ["export", "pledges", "-o", ledger_file, "--format", "csv", "--db", ledger_file],
        "export-ledger-wal": ["export", "pledges", "-o", wal, "--format", "csv", "--db", ledger_file],
        "plot-ledger": ["plot", "donor", "-o", ledger_file, "--db", ledger_file],
        "demo-ledger": ["demo", "--out", demo_dir],
    }[case]
    if case == "demo-ledger" and force:
        pytest.skip("demo --force rebuilds its own database: that is what --force asks for (tested below)")
    watched = [corpus / "article.txt", corpus / "docs.jsonl", ledger_file, demo_db]
    before = {p: digest(p) for p in watched}
    message = one_line_refusal(invoke(*args, *extra))
    assert "input" in message or "database" in message or "exists" in message
    assert {p: digest(p) for p in watched} == before
    assert not wal.exists()
    assert no_temporary_files(corpus) and no_temporary_files(ledger_file.parent)


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_links_to_the_ledger_or_an_input_are_refused(link, corpus, ledger_file, tmp_path):
    make = os.symlink if link == "symlink" else os.link
    to_ledger, to_input = tmp_path / "out.csv", tmp_path / "out.jsonl"
    make(ledger_file, to_ledger)
    make(corpus / "article.txt", to_input)
    before = digest(ledger_file), digest(corpus / "article.txt")
    one_line_refusal(invoke("export", "pledges", "-o", to_ledger, "--db", ledger_file, "--force"))
    one_line_refusal(invoke("extract", corpus / "article.txt", "-o", to_input, "--force"))
    assert (digest(ledger_file), digest(corpus / "article.txt")) == before


def test_ingest_refuses_a_db_that_is_an_input(corpus, tmp_path):
    target = tmp_path / "article.txt"
    target.write_text(ARTICLE, encoding="utf-8")
    before = digest(target)
    message = one_line_refusal(invoke("ingest", target, "--db", target))
    assert "input" in message and digest(target) == before


@pytest.mark.parametrize("command", ["extract", "export", "plot"])
def test_an_existing_file_is_replaced_only_with_force(command, corpus, ledger_file, tmp_path):
    out = tmp_path / {"extract": "p.jsonl", "export": "p.csv", "plot": "p.png"}[command]
    out.write_text("precious\n", encoding="utf-8")
    args = {"extract": ["extract", corpus / "article.txt", "--published", "2023-01-30"],
            "export": ["export", "pledges", "--db", ledger_file],
            "plot": ["plot", "donor", "--db", ledger_file]}[command]
    message = one_line_refusal(invoke(*args, "-o", out))
    assert "--force" in message and out.read_text(encoding="utf-8") == "precious\n"
    result = invoke(*args, "-o", out, "--force")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() != b"precious\n" and no_temporary_files(tmp_path)


def test_a_new_file_gets_the_usual_permissions(corpus, tmp_path):
    out = tmp_path / "p.jsonl"
    assert invoke("extract", corpus / "article.txt", "-o", out).exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_failed_export_leaves_the_old_file(monkeypatch, ledger_file, tmp_path):
    import polars as pl

    out = tmp_path / "p.csv"
    out.write_text("old\n", encoding="utf-8")

    def half_then_fail(self, file, *args, **kwargs):
        Path(file).write_text("half a fi", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pl.DataFrame, "write_csv", half_then_fail)
    result = invoke("export", "pledges", "-o", out, "--db", ledger_file, "--force")
    assert result.exit_code == 1 and "No space left" in result.stderr
    assert out.read_text(encoding="utf-8") == "old\n" and no_temporary_files(tmp_path)


def test_an_interrupted_extract_leaves_the_old_file(monkeypatch, corpus, tmp_path):
    out = tmp_path / "p.jsonl"
    out.write_text("old\n", encoding="utf-8")
    real = api.iter_extract

    def interrupted(*args, **kwargs):
        yield from real(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "iter_extract", interrupted)
    result = invoke("extract", corpus / "article.txt", "-o", out, "--force")
    assert result.exit_code == 130
    assert out.read_text(encoding="utf-8") == "old\n" and no_temporary_files(tmp_path)


def test_demo_replaces_its_files_only_with_force(fake_extractor, tmp_path):
    out = tmp_path / "demo"
    assert invoke("demo", "--out", out).exit_code == 0
    before = digest(out / "aidledger.duckdb"), digest(out / "aid-by-donor.png")
    one_line_refusal(invoke("demo", "--out", out))
    assert (digest(out / "aidledger.duckdb"), digest(out / "aid-by-donor.png")) == before
    assert invoke("demo", "--out", out, "--force").exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["aid-by-donor.png", "aidledger.duckdb"]


def test_an_output_never_replaces_a_duckdb_database_even_with_force(ledger_file, tmp_path):
    other = tmp_path / "other.duckdb"
    other.write_bytes(ledger_file.read_bytes())
    with pytest.raises(OutputRefused, match="DuckDB database"):
        outputs.check_output(other, force=True)
    assert outputs.check_output(other, force=True, database=True) == other.resolve()


def test_writing_is_all_or_nothing(tmp_path):
    target = tmp_path / "t.txt"
    with outputs.writing(target) as tmp:
        assert tmp.parent == tmp_path and tmp.suffix == ".txt" and not tmp.exists()
        tmp.write_text("one", encoding="utf-8")
        assert not target.exists()  # nothing visible before the end
    assert target.read_text(encoding="utf-8") == "one"
    with pytest.raises(RuntimeError), outputs.writing(target, force=True) as tmp:
        tmp.write_text("two", encoding="utf-8")
        raise RuntimeError("the writer failed")
    assert target.read_text(encoding="utf-8") == "one" and no_temporary_files(tmp_path)
    with pytest.raises(OutputRefused, match="folder does not exist"):
        outputs.check_output(tmp_path / "missing" / "t.txt")
    with pytest.raises(OutputRefused, match="is a folder"):
        outputs.check_output(tmp_path, force=True)
