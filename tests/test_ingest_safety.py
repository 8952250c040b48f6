"""Safe ingest: idempotent (hypothesis), atomic (a killed process), bad input kept as problems."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidledger.errors import CODES, ERROR_CODES
from aidledger.model import Document, Pledge, Problem, Provenance
from aidledger.store import SEGMENT_CHARS, Ledger, segments

SENTENCES = [
    "Germany pledged 14 Leopard 2A6 tanks.",
    "Poland delivered 4 T-72 tanks.",
    "France will send 12 more Caesar howitzers.",
    "The weather in Kyiv was cold.",
    "Denmark said it would give 19 Caesar howitzers on Tuesday.",
    "Norway will provide NOK 7.5 billion in military aid.",
]


def _snapshot(led: Ledger) -> dict[str, list]:
    """Every row of the written tables (ingested_at included) and of the events view."""
    return {
        "documents": led.sql("SELECT * FROM documents ORDER BY doc_id").rows(),
        "pledges": led.sql("SELECT * FROM pledges ORDER BY pledge_id").rows(),
        "problems": led.sql("SELECT * FROM problems ORDER BY ALL").rows(),
        "events": led.sql("SELECT * EXCLUDE (doc_ids, pledge_ids) FROM pledge_events ORDER BY event_id").rows(),
    }


@pytest.fixture(scope="module")
def shared_ledger():
    with Ledger.open(None) as led:
        yield led


def _clear(led: Ledger) -> None:
    for table in ("documents", "pledges", "problems"):
        led.con.execute(f"DELETE FROM {table}").fetchall()


DOC = st.fixed_dictionaries({
    "id": st.sampled_from(["a", "b", "c", "d"]),
    "text": st.lists(st.sampled_from(SENTENCES), min_size=0, max_size=3).map(" ".join),
    "published": st.one_of(st.none(), st.dates(dt.date(2022, 3, 1), dt.date(2024, 12, 31)).map(str)),
})
LINE = st.one_of(DOC.map(json.dumps), st.just("{not json"), st.just("[1, 2]"), st.just(""))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(LINE, min_size=0, max_size=8), txt=st.one_of(st.none(), st.sampled_from(SENTENCES)))
def test_ingesting_a_corpus_twice_leaves_every_table_identical(shared_ledger, tmp_path_factory, lines, txt):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if txt is not None:
        (folder / "note.txt").write_text(txt, encoding="utf-8")
    _clear(shared_ledger)
    first = shared_ledger.ingest([folder])
    before = _snapshot(shared_ledger)
    again = shared_ledger.ingest([folder])
    assert _snapshot(shared_ledger) == before
    assert again.documents == 0 and again.pledges == 0
    assert again.unchanged == first.documents
    assert again.skipped_lines == first.skipped_lines


def test_a_changed_document_replaces_its_rows(tmp_path, ledger):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": SENTENCES[0], "published": "2023-01-25"}) + "\n"
                      + json.dumps({"id": "b", "text": SENTENCES[1], "published": "2023-01-25"}) + "\n")
    with ledger as led:  # a copy of the session's empty ledger file
        led.ingest([corpus])
        assert sorted(led.pledges()["system"].to_list()) == ["Leopard 2A6", "T-72"]
        corpus.write_text(json.dumps({"id": "a", "text": SENTENCES[2], "published": "2023-01-25"}) + "\n"
                          + json.dumps({"id": "b", "text": SENTENCES[1], "published": "2023-01-25"}) + "\n")
        report = led.ingest([corpus])
        assert (report.documents, report.replaced, report.unchanged) == (1, 1, 1)
        assert sorted(led.pledges()["system"].to_list()) == ["Caesar", "T-72"]


# -- atomicity ------------------------------------------------------------------------------------

KILLED_INGEST = textwrap.dedent("""
    import sys
    from aidledger import store
    from aidledger.store import ingest
    from aidledger.model import Pledge, Provenance
    from aidledger.units import Q_

    def fake(doc):
        prov = Provenance.of(doc.id, doc.text, 0, 7)
        return [Pledge("DEU", "UKR", "Leopard 2A6", "tank", "pledged", prov, quantity=Q_(1, "unit"))], []

    ingest.extract_safely = fake

    def progress(done, total):
        if done % 500 == 0:
            print(done, total, flush=True)

    with store.Ledger.open(sys.argv[1]) as led:
        report = led.ingest([sys.argv[2]], progress=progress, batch_size=250)
    print("done", report.documents, flush=True)
""")


def _corpus(path: Path, n: int, prefix: str) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"{prefix}{i}", "text": f"Article {i} about aid to Ukraine.",
                                  "published": "2023-02-01"}) + "\n")
    return path


def _run(db: Path, corpus: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", KILLED_INGEST, str(db), str(corpus)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_an_ingest_killed_midway_leaves_the_previous_state(tmp_path):
    """SIGKILL during an ingest: the database opens and holds exactly what it held before (none of
    the new batch: one transaction, committed at the end); running the ingest again completes."""
    db = tmp_path / "l.duckdb"
    small = _corpus(tmp_path / "small.jsonl", 3, "old")
    big = _corpus(tmp_path / "big.jsonl", 4000, "new")
    proc = _run(db, small)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    with Ledger.open(db, read_only=True) as led:
        before = _snapshot(led)
    assert len(before["documents"]) == 3

    proc = _run(db, big)
    assert proc.stdout is not None
    seen = []
    for line in proc.stdout:  # wait until 1000 documents are processed (4 batches written), then kill
        seen.append(line)
        if line.startswith("1000 "):
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, (seen, proc.stderr.read() if proc.stderr else "")
    assert seen[0] == "500 4000\n"

    with Ledger.open(db, read_only=True) as led:
        assert _snapshot(led) == before
        # the committed batches are in staging only, which no view reads
        assert led.sql("SELECT count(*) AS n FROM staging_documents")["n"].item() >= 750

    proc = _run(db, big)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.splitlines()[-1] == "done 4000"
    with Ledger.open(db, read_only=True) as led:
        assert led.counts()["documents"] == 4003
        assert led.counts()["pledges"] == 4003
        assert led.sql("SELECT count(*) AS n FROM staging_pledges")["n"].item() == 0
        assert led.sql("SELECT sum(n_mentions) AS n FROM pledge_events")["n"].item() == 4003


def test_the_report_keeps_the_first_problems_and_counts_them_all(tmp_path, monkeypatch, ledger):
    from aidledger import store

    monkeypatch.setattr(store.reports, "REPORT_PROBLEMS", 3)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("not json\n" * 10 + json.dumps({"id": "a", "text": "Nothing."}) + "\n")
    with ledger as led:  # a copy of the session's empty ledger file
        report = led.ingest([corpus])
        assert report.n_problems == 11 and report.problem_counts == {"AL103": 10, "AL105": 1}
        assert [p.code for p in report.problems] == ["AL103"] * 3 + ["AL105"]  # the first of every code
        assert report.skipped_lines == 10 and report.n_errors == 10
        assert led.problems().height == 11


# -- bad input ------------------------------------------------------------------------------------


def codes(report) -> list[str]:
    return sorted(p.code for p in report.problems)


def test_bad_files_become_problems_and_the_rest_is_ingested(tmp_path, ledger):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.jsonl").write_bytes(b"\n\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 10)
    (folder / "binary.jsonl").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "latin1.txt").write_bytes("Germany pledged 14 Leopard 2A6 tanks. Caf\xe9.".encode("latin-1"))
    (folder / "good.txt").write_text(SENTENCES[1], encoding="utf-8")
    with ledger as led:  # a copy of the session's empty ledger file
        report = led.ingest([folder])
        assert codes(report) == ["AL101", "AL101", "AL102", "AL105", "AL105", "AL106", "AL106"]
        assert report.documents == 2  # latin1 (bytes replaced) and good
        assert sorted(led.pledges()["system"].to_list()) == ["Leopard 2A6", "T-72"]
        assert sorted(led.problems()["code"].to_list()) == codes(report)
        assert {p.code for p in report.errors} == {"AL101", "AL102", "AL106"}


def test_a_malformed_jsonl_line_names_file_and_line_and_the_others_are_ingested(tmp_path, ledger):
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"id": "a", "text": "Germany pledged 14 Leopard 2A6 tanks.", '
                       b'"published": "2023-01-25"}\n'
                       b'{"id": "b", "text": "Poland delivered 4 T-72 tanks.", \n'
                       b'{"id": "c", "text": "bad \xff byte"}\n'
                       b'{"id": "d", "text": "France will send 12 more Caesar howitzers.", '
                       b'"published": "2023-01-31"}\n')
    with ledger as led:  # a copy of the session's empty ledger file
        report = led.ingest([corpus])
        bad = sorted(p.message for p in report.problems if p.code == "AL103")
        assert len(bad) == 2 and bad[0].startswith(f"{corpus}:2: ") and bad[1].startswith(f"{corpus}:3: ")
        assert report.skipped_lines == 2 and report.documents == 2
        assert sorted(led.documents()["doc_id"].to_list()) == ["a", "d"]
        assert led.problems().filter(led.problems()["code"] == "AL103").height == 2


def test_a_document_without_a_date_leaves_relative_dates_unresolved(tmp_path, ledger):
    (tmp_path / "undated.txt").write_text("On Tuesday, Germany pledged 14 Leopard 2A6 tanks.", encoding="utf-8")
    with ledger as led:  # a copy of the session's empty ledger file
        report = led.ingest([tmp_path])
        assert codes(report) == ["AL105"] and "AL105" not in ERROR_CODES
        (row,) = led.pledges().rows(named=True)
        assert row["date"] is None and row["published"] is None
        (event,) = led.view("pledge_events").rows(named=True)
        assert event["effective_date"] is None


def test_segments_cover_the_text_and_cut_at_breaks():
    text = ("para one. " * 30 + "\n\n") * 10
    cuts = segments(text, 400)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:], strict=False))
    assert all(end - start <= 400 for start, end in cuts)
    assert all(text[end - 2:end] == "\n\n" for _, end in cuts[:-1])


def test_a_huge_document_is_extracted_in_segments_with_exact_spans(tmp_path, ledger):
    # a different count in each paragraph: the same fact told again is one record per document
    donors = ["Germany pledged {} Leopard 2A6 tanks.", "Poland delivered {} T-72 tanks."]
    filler = "Officials met in Brussels to discuss the war and other matters of the day. " * 12
    paragraphs = [f"{donors[i % 2].format(i + 1)} {filler}" for i in range(int(2.5 * SEGMENT_CHARS // len(filler)))]
    text = "\n\n".join(paragraphs)
    assert len(text) > 2 * SEGMENT_CHARS
    (tmp_path / "huge.jsonl").write_text(json.dumps({"id": "huge", "text": text, "published": "2023-02-01"}) + "\n")
    with ledger as led:  # a copy of the session's empty ledger file
        report = led.ingest([tmp_path])
        assert "AL109" in codes(report) and "AL109" not in ERROR_CODES
        rows = led.pledges().rows(named=True)
        assert {r["donor"] for r in rows} == {"DEU", "POL"}
        assert any(r["span_start"] > SEGMENT_CHARS for r in rows)
        for r in rows:
            assert text[r["span_start"]:r["span_end"]] == r["quote"]


def test_progress_is_reported_per_document(tmp_path, ledger):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": "Nothing.", "published": "2023-01-01"}) + "\n"
                              for i in range(7)) + "not json\n")
    calls: list[tuple[int, int | None]] = []
    with ledger as led:  # a copy of the session's empty ledger file
        led.ingest([corpus], batch_size=3, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(i, 8) for i in range(1, 8)]


# -- FX problems in the problems table ---------------------------------------------------------------


def test_fx_problems_al301_and_al302_are_stored(tmp_path, monkeypatch, ledger):
    from aidledger import store

    def extract(doc: Document):
        prov = Provenance.of(doc.id, doc.text, 0, 4)
        if doc.id == "flagged":
            return [Pledge("FRA", "UKR", "money", "money", "funded", prov, amount=Decimal("200000000"),
                           currency="EUR", stated_amount=Decimal("250000000"), stated_currency="USD")], []
        return [Pledge("FRA", "UKR", "money", "money", "funded", prov, amount=Decimal("1000000"),
                       currency="XXX")], []

    monkeypatch.setattr(store.ingest, "extract_safely", extract)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "flagged", "text": "some text", "published": "2023-01-31"}) + "\n"
                      + json.dumps({"id": "norate", "text": "more text", "published": "2023-01-31"}) + "\n")
    with ledger as led:  # a copy of the session's empty ledger file
        led.ingest([corpus])
        probs = {r["code"]: r for r in led.problems().rows(named=True)}
        assert probs["AL301"]["doc_id"] == "flagged" and "by 15.4 %" in probs["AL301"]["message"]
        assert probs["AL302"]["doc_id"] == "norate" and "XXX" in probs["AL302"]["message"]
        assert probs["AL301"]["span_start"] == 0 and probs["AL301"]["quote"] == "some"
        before = led.problems().rows()
        led.ingest([corpus])
        assert led.problems().rows() == before


# -- read-only -----------------------------------------------------------------------------------


def test_read_only_opens_alongside_another_reader(tmp_path):
    db = tmp_path / "l.duckdb"
    with Ledger.open(db) as led:
        led.add([], documents=[Document("a", "text", published=dt.date(2023, 1, 1))],
                problems=[Problem("AL105", "x", doc_id="a")])
    with Ledger.open(db, read_only=True) as one, Ledger.open(db, read_only=True) as two:
        assert one.counts()["documents"] == two.counts()["documents"] == 1
        assert one.view("pledge_events").height == 0
        with pytest.raises(Exception, match="read-only"):
            two.ingest([db])


def test_every_code_has_a_description_and_the_exit_codes_are_documented():
    root = Path(__file__).resolve().parent.parent
    text = (root / "docs" / "errors.md").read_text(encoding="utf-8")
    for code in CODES:
        assert f"`{code}`" in text, code
    assert "malformed line" in CODES["AL103"]


def test_a_publish_out_of_memory_is_retried_without_the_memory_limit(tmp_path, monkeypatch):
    """The publish runs under INGEST_MEMORY_LIMIT on a database file; when DuckDB runs out of it,
    the transaction is rolled back and the publish retried with the previous settings."""
    import duckdb

    corpus = _corpus(tmp_path / "c.jsonl", 5, "d")
    real = Ledger._publish
    calls = []

    def publish(self, run_id, **kwargs):
        calls.append(self.sql("SELECT current_setting('memory_limit') AS m")["m"].item())
        if len(calls) == 1:
            raise duckdb.OutOfMemoryException("Out of Memory Error: test")
        return real(self, run_id, **kwargs)

    monkeypatch.setattr(Ledger, "_publish", publish)
    with Ledger.open(tmp_path / "l.duckdb") as led:
        before = led.sql("SELECT current_setting('memory_limit') AS m")["m"].item()
        with pytest.warns(UserWarning, match="without the memory limit"):
            report = led.ingest([corpus])
        assert report.documents == 5 and led.counts()["documents"] == 5
        limited = calls[0]
        assert limited != before and calls[1] != limited  # the retry ran without the ingest's limit
        # restored (SET from the displayed value: equal up to its rounding)
        assert led.sql("SELECT current_setting('memory_limit') AS m")["m"].item() != limited
