"""Bad input costs one line, never the run (issue 14, reading items 6 and 7 and the smaller ones).

Each test fed the reader input that crashed it, lost the run, or was accepted silently before.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from aidledger import api
from aidledger.cli import app
from aidledger.model import Document, Problem
from aidledger.sources import read_documents
from aidledger.sources.meta import FUTURE_DAYS, parse_date

runner = CliRunner()
SENTENCE = "France will send 12 more Caesar howitzers to Ukraine, the minister said on Tuesday."


def read(*paths, **options) -> tuple[list[Document], list[Problem]]:
    items = list(read_documents(paths, **options))
    return [d for d in items if isinstance(d, Document)], [p for p in items if isinstance(p, Problem)]


def jsonl(path: Path, *objects: dict | str) -> Path:
    path.write_text("".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objects),
                    encoding="utf-8")
    return path


# --- item 6: a lone surrogate -------------------------------------------------------------------

def test_a_lone_surrogate_is_replaced_one_for_one_and_the_run_goes_on(tmp_path):
    text = "Intro \\ud800 text. " + SENTENCE
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "s\\udc00", "published": "2023-01-31", "text": "' + text + '"}\n'
                      + json.dumps({"id": "ok", "published": "2023-01-31", "text": SENTENCE}) + "\n")
    (doc, ok), problems = read(corpus)
    assert doc.text == "Intro \ufffd text. " + SENTENCE and len(doc.text) == len(json.loads(f'"{text}"'))
    assert doc.id == "s\ufffd"
    assert [p.code for p in problems] == ["AL118"] and f"{corpus}:1" in problems[0].message
    result = api.extract_paths([corpus])
    assert len(result.pledges) == 2
    for pledge in result.pledges:
        source = {"s\ufffd": doc, "ok": ok}[pledge.doc_id]
        assert source.text[pledge.source.start:pledge.source.end] == pledge.source.quote
    db = tmp_path / "aid.duckdb"
    out = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert out.exit_code == 1 and "AL118" in out.stderr  # replaced characters: the exit code says so
    from aidledger.store import open_ledger

    with open_ledger(db, read_only=True) as led:
        assert led.counts()["pledges"] == 2 and led.counts()["documents"] == 2
    out = runner.invoke(app, ["extract", str(corpus)])
    assert len(out.stdout.splitlines()) == 2 and "Traceback" not in out.output


# --- item 7: unreadable files and malformed sidecars ------------------------------------------

def test_an_unreadable_file_in_a_folder_is_one_line_and_the_rest_is_read(tmp_path):
    (tmp_path / "good.txt").write_text(SENTENCE)
    (tmp_path / "dead.txt").symlink_to(tmp_path / "gone.txt")  # a link to nothing: cannot be read
    result = runner.invoke(app, ["extract", str(tmp_path), "--published", "2023-01-31"])
    assert result.exit_code == 1  # some input was skipped
    (line,) = result.stderr.splitlines()
    assert "AL110" in line and "dead.txt" in line and "skipped" in line
    assert len(result.stdout.splitlines()) == 1


def test_a_named_unreadable_file_is_one_line_not_a_usage_error(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text(SENTENCE)
    other = tmp_path / "other.txt"
    other.write_text(SENTENCE)
    real = Path.read_bytes

    def read_bytes(self):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = runner.invoke(app, ["extract", str(locked), str(other), "--published", "2023-01-31"])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line == f"locked: AL110 {locked}: file cannot be read (Permission denied); skipped"
    assert len(result.stdout.splitlines()) == 1  # the other file is read


@pytest.mark.parametrize("sidecar", ['{"id": "a", "published": "2023-01-31"', "[1, 2]", "\xff\xfe"])
def test_a_malformed_sidecar_skips_its_document_with_one_line(tmp_path, sidecar):
    (tmp_path / "a.txt").write_text(SENTENCE)
    (tmp_path / "a.json").write_bytes(sidecar.encode("latin-1"))
    (tmp_path / "b.txt").write_text(SENTENCE)
    result = runner.invoke(app, ["extract", str(tmp_path), "--published", "2023-01-31"])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert "AL111" in line and "a.txt" in line and "sidecar a.json is malformed" in line
    assert [json.loads(x)["doc_id"] for x in result.stdout.splitlines()] == ["b"]


def test_a_malformed_metadata_json_is_a_problem_per_document_and_the_rest_is_read(tmp_path):
    folder = tmp_path / "described"
    folder.mkdir()
    (folder / "metadata.json").write_text('{"a.txt": {"published": "2023-01-31"},}')
    (folder / "a.txt").write_text(SENTENCE)
    (tmp_path / "c.txt").write_text(SENTENCE)
    docs, problems = read(tmp_path, published=dt.date(2023, 1, 31))
    assert [d.id for d in docs] == ["c"]
    (problem,) = problems
    assert problem.code == "AL111" and "metadata.json is malformed" in problem.message
    assert "line 1 column" in problem.message


# --- dates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["2023-01-31T25:99:00Z", "2023-01-31garbage", "2023-02-30", "31/01/2023",
                                   "2023-1-31", "2023-01-31T", "20230131", "2023-01-31 noon"])
def test_dates_that_are_not_dates_are_refused(tmp_path, value):
    with pytest.raises(ValueError):
        parse_date(value)
    (doc,), problems = read(jsonl(tmp_path / "d.jsonl", {"id": "d", "text": SENTENCE, "published": value}))
    assert doc.published is None
    assert [p.code for p in problems] == ["AL107", "AL105"]
    assert repr(value) in problems[0].message


@pytest.mark.parametrize("value", ["2023-01-31", "2023-01-31T10:00:00Z", "2023-01-31 23:30:00-05:00",
                                   "2023-01-31T00:00:00.123+02:00"])
def test_iso_dates_and_timestamps_keep_their_written_day(value):
    assert parse_date(value) == dt.date(2023, 1, 31)


@given(st.text(max_size=40))
def test_parse_date_accepts_only_what_starts_with_the_day_it_returns(value):
    try:
        day = parse_date(value)
    except ValueError:
        return
    assert day is None or value.strip().startswith(day.isoformat())


def test_a_date_in_the_future_is_flagged_and_not_kept(tmp_path):
    far = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    near = (dt.date.today() + dt.timedelta(days=FUTURE_DAYS)).isoformat()
    docs, problems = read(jsonl(tmp_path / "f.jsonl", {"id": "far", "text": SENTENCE, "published": far},
                                {"id": "near", "text": SENTENCE, "published": near}))
    assert [d.published for d in docs] == [None, dt.date.fromisoformat(near)]
    (flag,) = [p for p in problems if p.code == "AL117"]
    assert flag.doc_id == "far" and far in flag.message and "future" in flag.message


# --- messages ------------------------------------------------------------------------------

def test_a_malformed_jsonl_line_says_what_is_wrong_in_full(tmp_path):
    corpus = tmp_path / "m.jsonl"
    corpus.write_text('{"id": "a", "text": "bad\x07bell"}\n{"id": "b", "text": "x"\n'
                      + json.dumps({"id": "c", "text": SENTENCE}) + "\n")
    docs, problems = read(corpus, published=dt.date(2023, 1, 31))
    assert [d.id for d in docs] == ["c"]
    first, second = (p.message for p in problems)
    assert first == (f"{corpus}:1: malformed JSON: invalid control character '\\x07' (escape it inside a JSON "
                     "string) at column 25; line skipped")
    assert second == f"{corpus}:2: malformed JSON: Expecting ',' delimiter at column 24; line skipped"


def test_ids_with_line_breaks_and_control_characters_are_escaped_in_problem_lines(tmp_path):
    corpus = jsonl(tmp_path / "ids.jsonl", {"id": "evil\nAL000 forged line", "text": ""},
                   {"id": "bell\x07\u2028", "text": SENTENCE})
    result = runner.invoke(app, ["extract", str(corpus)])
    lines = result.stderr.splitlines()
    assert len(lines) == 2  # one problem each, whatever the ids hold
    assert lines[0].startswith("evil\\nAL000 forged line: AL104 ")
    assert lines[1].startswith("bell\\x07\\u2028: AL105 ")
    assert all(ch.isprintable() for line in lines for ch in line)


def test_a_folder_that_cannot_be_listed_is_one_line_not_silence(tmp_path, monkeypatch):
    import os

    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(SENTENCE)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(SENTENCE)
    real = os.scandir

    def scandir(path="."):
        if Path(path) == tmp_path / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, problems = read(tmp_path, published=dt.date(2023, 1, 31))
    assert [d.id for d in docs] == ["a"]
    (problem,) = problems
    assert problem.message == f"{tmp_path / 'locked'}: folder cannot be read (Permission denied); skipped"
