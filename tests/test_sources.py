"""Reading sources as researchers keep them (issue 16): saved pages, PDFs, feeds, archives, mixed.

Every page, PDF, feed and archive is written by the test itself (``sources_builders``).
"""

from __future__ import annotations

import datetime as dt
import json
import tarfile
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sources_builders import (
    ARTICLE,
    HEADLINE,
    ITEMS,
    ITEMS_INTRO,
    article_text,
    atom,
    page_html,
    rss,
    write_pdf,
    write_scanned_pdf,
    write_tar_gz,
    write_zip,
)
from typer.testing import CliRunner

from aidledger import api
from aidledger.cli import app
from aidledger.model import Document, Problem
from aidledger.sources import archive, read_documents

runner = CliRunner()


def read(*paths, **options) -> tuple[list[Document], list[Problem]]:
    items = list(read_documents(paths, **options))
    return [d for d in items if isinstance(d, Document)], [p for p in items if isinstance(p, Problem)]


def records(*paths, published=None) -> list[dict]:
    """The extracted records without the document id (the same text gives the same offsets)."""
    result = api.extract_paths(paths, published=published)
    return [{k: v for k, v in p.to_dict().items() if k != "doc_id"} for p in result.pledges]


def codes(problems) -> list[str]:
    return sorted(p.code for p in problems if p.code != "AL105")


# --- saved web pages --------------------------------------------------------------------------

def test_a_saved_page_gives_the_records_of_its_article_text_and_fills_its_metadata(tmp_path):
    page = tmp_path / "leopards.html"
    page.write_text(page_html(), encoding="utf-8")
    plain = tmp_path / "plain" / "leopards.txt"
    plain.parent.mkdir()
    plain.write_text(article_text(), encoding="utf-8")
    (doc,), problems = read(page)
    assert problems == []
    assert doc.text == article_text()  # headline and article; no menu, ad, banner, related list or footer
    for boilerplate in ("cookies", "Advertisement", "Related articles", "Poland sends", "Copyright", "Sport"):
        assert boilerplate not in doc.text
    assert (doc.published, doc.title, doc.url, doc.outlet, doc.format) == (
        dt.date(2023, 1, 25), HEADLINE, "https://news.example.org/2023/01/25/leopards", "Example News", "html")
    assert doc.source == str(page)
    from_page = records(page)
    assert len(from_page) == 5
    assert from_page == records(plain, published=dt.date(2023, 1, 25))
    for record in api.extract_paths([page]).pledges:
        assert doc.text[record.source.start:record.source.end] == record.source.quote


def test_a_page_whose_dates_disagree_is_a_problem_not_a_guess(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(page_html(meta={"article:published_time": "2023-01-25T10:00:00Z"},
                              json_ld_date="2023-02-03"), encoding="utf-8")
    (doc,), problems = read(page)
    assert doc.published is None
    (disagree,) = [p for p in problems if p.code == "AL112"]
    assert "2023-01-25 (meta article:published_time)" in disagree.message
    assert "2023-02-03 (JSON-LD datePublished)" in disagree.message
    assert str(page) in disagree.message
    # the same day written twice (with different times) agrees
    page.write_text(page_html(meta={"article:published_time": "2023-01-25T10:00:00Z"},
                              json_ld_date="2023-01-25T11:30:00+00:00"), encoding="utf-8")
    (doc,), problems = read(page)
    assert doc.published == dt.date(2023, 1, 25) and problems == []


def test_a_sidecar_wins_over_the_page_which_wins_over_nothing(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(page_html(meta={"article:published_time": "2023-01-25"}, json_ld_date="2023-02-03"),
                    encoding="utf-8")
    (tmp_path / "p.json").write_text(json.dumps({"id": "mine", "published": "2023-01-24", "outlet": "My Outlet"}))
    (doc,), problems = read(page)
    assert (doc.id, doc.published, doc.outlet, doc.title) == ("mine", dt.date(2023, 1, 24), "My Outlet", HEADLINE)
    assert problems == []  # the user's date settles it: no disagreement to report
    (doc,), _ = read(page, published=dt.date(2023, 3, 1))  # --published wins over both
    assert doc.published == dt.date(2023, 3, 1)
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "q.html").write_text(page_html(meta={}, site="Example News"), encoding="utf-8")
    (doc,), problems = read(bare / "q.html")
    assert doc.published is None and [p.code for p in problems] == ["AL105"]


def test_a_page_without_main_text_is_one_problem_and_the_rest_is_read(tmp_path):
    (tmp_path / "menu.html").write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/x'>World</a></nav><footer>(c) 2023</footer></body></html>")
    (tmp_path / "good.html").write_text(page_html(), encoding="utf-8")
    docs, problems = read(tmp_path)
    assert [d.id for d in docs] == ["good"]
    (empty,) = [p for p in problems if p.code == "AL104"]
    assert "menu.html" in empty.message and "no main text" in empty.message


# --- PDF ------------------------------------------------------------------------------------

STATEMENT_PAGES = [
    f"{HEADLINE}\n\n{ARTICLE[0]}\n\n{ARTICLE[1]}",
    f"{ARTICLE[2]}\n\n{ITEMS_INTRO}\n" + "\n".join(f"- {i}" for i in ITEMS),
]


def test_a_two_page_pdf_statement_gives_the_records_of_the_same_text(tmp_path):
    pytest.importorskip("fpdf")
    pdf = write_pdf(tmp_path / "statement.pdf", STATEMENT_PAGES, title="Statement",
                    created=dt.datetime(2023, 1, 25, 9, 30, tzinfo=dt.UTC))
    plain = tmp_path / "plain.txt"
    plain.write_text(article_text(), encoding="utf-8")
    (doc,), problems = read(pdf)
    assert problems == []
    assert doc.text == article_text()  # wrapped lines joined, page break a paragraph break, items kept
    assert (doc.format, doc.published, doc.title) == ("pdf", dt.date(2023, 1, 25), "Statement")
    assert doc.pages == (0, doc.text.index(ARTICLE[2]))
    from_pdf = records(pdf)
    assert len(from_pdf) == 5 and from_pdf == records(plain, published=dt.date(2023, 1, 25))
    pages = {p.system: doc.page_at(p.source.start) for p in api.extract_paths([pdf]).pledges}
    assert pages == {"Leopard 2A6": 1, "Leopard 2A4": 1, "armoured vehicles": 2, "patrol boats": 2,
                     "machine guns": 2}
    from aidledger.sources import describe

    assert describe(doc, doc.text.index("40 machine")) == f"{pdf} (pdf, page 2)"


def test_scanned_encrypted_and_broken_pdfs_are_one_line_each_and_the_rest_is_read(tmp_path):
    pytest.importorskip("fpdf")
    write_scanned_pdf(tmp_path / "scan.pdf")
    write_pdf(tmp_path / "locked.pdf", ["France will send 6 Caesar howitzers."], user_password="secret")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf body\n")
    (tmp_path / "good.html").write_text(page_html(), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1  # some input was skipped
    lines = result.stderr.splitlines()
    assert len([line for line in lines if "AL113" in line]) == 1
    assert any("scan.pdf" in line and "run OCR first" in line for line in lines)
    assert any("locked.pdf" in line and "AL114" in line and "encrypted" in line for line in lines)
    assert any("broken.pdf" in line and "AL115" in line for line in lines)
    assert len([json.loads(line) for line in result.stdout.splitlines()]) == 5  # the page is read


# --- feeds ----------------------------------------------------------------------------------

RSS_ENTRIES = [
    {"title": "Germany to send Leopard tanks", "link": "https://mod.example.org/1", "guid": "mod-1",
     "pubDate": "Wed, 25 Jan 2023 10:00:00 GMT", "description": f"<p>{ARTICLE[0]}</p>"},
    {"title": "Norway confirms tanks", "link": "https://mod.example.org/2", "guid": "mod-2",
     "pubDate": "Thu, 26 Jan 2023 08:00:00 +0100", "description": f"<p>{ARTICLE[1]}</p>"},
    {"title": "Dutch package", "link": "https://mod.example.org/3", "guid": "mod-3",
     "pubDate": "Fri, 27 Jan 2023 18:00:00 GMT",
     "description": f"<p>{ITEMS_INTRO}</p><ul>" + "".join(f"<li>{i}</li>" for i in ITEMS) + "</ul>"},
]


def test_a_feed_of_three_entries_gives_three_dated_documents(tmp_path):
    feed = tmp_path / "mod.rss"
    feed.write_text(rss(RSS_ENTRIES), encoding="utf-8")
    docs, problems = read(feed)
    assert problems == []
    assert [d.id for d in docs] == ["mod-1", "mod-2", "mod-3"]
    assert [d.published for d in docs] == [dt.date(2023, 1, 25), dt.date(2023, 1, 26), dt.date(2023, 1, 27)]
    assert [d.url for d in docs] == [e["link"] for e in RSS_ENTRIES]
    assert {d.outlet for d in docs} == {"Ministry of Defence news"} and {d.format for d in docs} == {"feed"}
    assert docs[0].text == f"Germany to send Leopard tanks\n\n{ARTICLE[0]}"
    assert docs[2].text == f"Dutch package\n\n{ITEMS_INTRO}\n" + "\n".join(f"- {i}" for i in ITEMS)
    assert [d.source for d in docs] == [f"{feed}#{n}" for n in (1, 2, 3)]
    systems = sorted(p.system for p in api.extract_paths([feed]).pledges)
    assert systems == ["Leopard 2A4", "Leopard 2A6", "machine guns", "patrol boats"]


def test_an_atom_feed_uses_published_then_updated(tmp_path):
    feed = tmp_path / "outlet.atom"
    feed.write_text(atom([
        {"title": "One", "id": "urn:a:1", "link": "https://o.example/1", "published": "2023-01-25T10:00:00Z",
         "updated": "2023-01-28T10:00:00Z", "content": f"<p>{ARTICLE[0]}</p>"},
        {"title": "Two", "id": "urn:a:2", "link": "https://o.example/2", "updated": "2023-01-26T10:00:00Z",
         "content": f"<p>{ARTICLE[1]}</p>"},
    ]), encoding="utf-8")
    docs, problems = read(feed)
    assert problems == []
    assert [(d.id, d.published, d.outlet) for d in docs] == [
        ("urn:a:1", dt.date(2023, 1, 25), "Example Outlet"), ("urn:a:2", dt.date(2023, 1, 26), "Example Outlet")]


def test_a_broken_feed_is_one_problem_and_the_rest_is_read(tmp_path):
    (tmp_path / "broken.xml").write_text("<rss><channel><item><title>half", encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url>x</url></urlset>')
    (tmp_path / "good.rss").write_text(rss(RSS_ENTRIES[:1]), encoding="utf-8")
    docs, problems = read(tmp_path)
    assert [d.id for d in docs] == ["mod-1"]
    assert codes(problems) == ["AL115", "AL115"]
    assert {p.message.split(":")[0] for p in problems} == {str(tmp_path / "broken.xml"), str(tmp_path / "sitemap.xml")}


# --- archives -------------------------------------------------------------------------------

def test_an_archive_of_pages_gives_one_document_per_page(tmp_path):
    pages = {f"site/page{n}.html": page_html(headline=f"Headline {n}", paragraphs=[ARTICLE[n]], items=[])
             for n in range(3)}
    for path in (write_zip(tmp_path / "pages.zip", pages), write_tar_gz(tmp_path / "pages.tar.gz", pages)):
        docs, problems = read(path)
        assert problems == []
        assert [d.id for d in docs] == ["page0", "page1", "page2"]
        assert [d.source for d in docs] == [f"{path}!site/page{n}.html" for n in range(3)]
        assert all(d.published == dt.date(2023, 1, 25) and d.format == "html" for d in docs)


def test_an_archive_reads_every_format_and_its_sidecars(tmp_path):
    pytest.importorskip("fpdf")
    pdf = write_pdf(tmp_path / "s.pdf", STATEMENT_PAGES).read_bytes()
    path = write_zip(tmp_path / "mixed.zip", {
        "a/note.txt": ARTICLE[0], "a/note.json": json.dumps({"id": "n1", "published": "2023-01-20"}),
        "b/s.pdf": pdf, "c/feed.xml": rss(RSS_ENTRIES[:2]),
        "d/lines.jsonl": json.dumps({"id": "j1", "text": ARTICLE[1], "published": "2023-01-21"}) + "\n",
        "README": "not a document", "__MACOSX/a/._note.txt": b"\x00\x05\x16\x07"})
    docs, problems = read(path)
    assert [(d.id, d.format) for d in docs] == [("n1", "txt"), ("s", "pdf"), ("mod-1", "feed"), ("mod-2", "feed"),
                                                ("j1", "jsonl")]
    assert docs[0].published == dt.date(2023, 1, 20)
    assert codes(problems) == []


def test_path_escaping_links_nested_archives_and_bombs_are_refused_and_the_rest_read(tmp_path):
    good = page_html()
    zipped = write_zip(tmp_path / "a.zip", {"ok.html": good, "../evil.html": good, "/etc/abs.html": good,
                                            "inner.zip": b"PK\x05\x06" + b"\x00" * 18})
    docs, problems = read(zipped)
    assert [d.id for d in docs] == ["ok"]
    assert codes(problems) == ["AL116", "AL116", "AL116"]
    messages = " | ".join(p.message for p in problems)
    assert "../evil.html: entry escapes its folder" in messages and "/etc/abs.html" in messages
    assert "archive inside an archive" in messages

    tarred = write_tar_gz(tmp_path / "b.tar.gz", {"ok.html": good, "../../up.html": good},
                          links={"link.html": "/etc/passwd"})
    docs, problems = read(tarred)
    assert [d.id for d in docs] == ["ok"]
    assert codes(problems) == ["AL116", "AL116"]
    assert any("link entry" in p.message for p in problems)


def test_a_zip_bomb_is_refused_without_unpacking_it(tmp_path):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("big.txt", b"0" * (30 * 2**20))  # 30 MiB of one byte: about 30 KiB compressed
        z.writestr("ok.txt", ARTICLE[0])
    docs, problems = read(bomb)
    assert [d.id for d in docs] == ["ok"]
    (refused,) = [p for p in problems if p.code == "AL116"]
    assert "big.txt" in refused.message and "zip bomb" in refused.message


def test_a_tar_bomb_stops_at_the_limit(tmp_path, monkeypatch):
    bomb = tmp_path / "bomb.tar.gz"
    with tarfile.open(bomb, "w:gz") as t:
        for n in range(3):
            info = tarfile.TarInfo(f"z{n}.txt")
            info.size = 8 * 2**20
            import io

            t.addfile(info, io.BytesIO(b"0" * info.size))
    docs, problems = read(bomb)
    assert docs == [] or all(d.id == "z0" for d in docs)
    assert any(p.code == "AL116" and "tar bomb" in p.message for p in problems)
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 100)
    small = write_tar_gz(tmp_path / "small.tar.gz", {"a.txt": ARTICLE[0] * 3})
    docs, problems = read(small)
    assert docs == [] and [p.code for p in problems] == ["AL116"]


def test_a_file_that_is_not_an_archive_of_its_kind_is_one_problem(tmp_path):
    (tmp_path / "fake.zip").write_bytes(b"not a zip at all")
    (tmp_path / "fake.tar.gz").write_bytes(b"not gzip either")
    (tmp_path / "ok.txt").write_text(ARTICLE[0])
    docs, problems = read(tmp_path)
    assert [d.id for d in docs] == ["ok"]
    assert codes(problems) == ["AL115", "AL115"]


# --- a mixed folder, end to end -----------------------------------------------------------------

def test_ingest_reads_a_folder_that_mixes_every_format(tmp_path):
    pytest.importorskip("fpdf")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.txt").write_text(ARTICLE[0])
    (corpus / "note.json").write_text(json.dumps({"published": "2023-01-25"}))
    (corpus / "lines.jsonl").write_text(json.dumps({"id": "j1", "text": ARTICLE[1], "published": "2023-01-26"}))
    (corpus / "page.htm").write_text(page_html(), encoding="utf-8")
    write_pdf(corpus / "statement.pdf", STATEMENT_PAGES, created=dt.datetime(2023, 1, 27, tzinfo=dt.UTC))
    (corpus / "feed.xml").write_text(rss(RSS_ENTRIES), encoding="utf-8")
    write_zip(corpus / "more.zip", {"x.html": page_html(headline="Archived", items=[])})
    db = tmp_path / "aid.duckdb"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 0, result.output
    from aidledger.store import open_ledger

    with open_ledger(db, read_only=True) as led:
        rows = led.sql("SELECT doc_id, source, published FROM documents ORDER BY source").rows()
    assert len(rows) == 8  # note, j1, page, statement, 3 feed entries, the archived page x
    sources = {r[1] for r in rows}
    assert f"{corpus / 'feed.xml'}#3" in sources and f"{corpus / 'more.zip'}!x.html" in sources
    assert all(r[2] is not None for r in rows)


def test_each_bad_source_is_one_clear_line_and_the_rest_is_ingested(tmp_path):
    pytest.importorskip("fpdf")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_scanned_pdf(corpus / "scan.pdf")
    write_pdf(corpus / "locked.pdf", ["Secret statement."], user_password="pw")
    (corpus / "broken.rss").write_text("<rss><channel><item><title>cut", encoding="utf-8")
    write_zip(corpus / "pages.zip", {"../escape.html": page_html(), "inside.html": page_html()})
    (corpus / "good.txt").write_text(article_text())
    (corpus / "good.json").write_text(json.dumps({"published": "2023-01-25"}))
    db = tmp_path / "aid.duckdb"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 1
    problems = [line for line in result.stderr.splitlines() if ": AL1" in line]
    assert len(problems) == 4, problems
    for name, code in (("scan.pdf", "AL113"), ("locked.pdf", "AL114"), ("broken.rss", "AL115"),
                       ("pages.zip!../escape.html", "AL116")):
        (line,) = [p for p in problems if name in p]
        assert f" {code} " in line
    from aidledger.store import open_ledger

    with open_ledger(db, read_only=True) as led:
        assert sorted(r[0] for r in led.sql("SELECT doc_id FROM documents").rows()) == ["good", "inside"]
        assert led.counts()["pledges"] == 10


@given(st.lists(st.sampled_from(["a", "..", ".", "b.html", "", "C:", "\\", "/"]), min_size=1, max_size=6))
def test_a_member_name_that_is_not_refused_stays_inside_its_folder(parts):
    import posixpath

    name = "/".join(parts)
    if archive.escapes(name) is None:
        normal = posixpath.normpath(name.replace("\\", "/"))
        assert not normal.startswith(("/", "..")) and ":" not in normal.split("/")[0][1:2]


@given(st.lists(st.one_of(st.text(max_size=20), st.sampled_from(["\ud800", "\udfff", "\udc80x"])), max_size=6))
def test_any_jsonl_text_is_read_with_its_length_kept(tmp_path_factory, pieces):
    line = json.dumps({"id": "t", "text": "".join(pieces), "published": "2023-01-01"})
    text = json.loads(line)["text"]  # what the line means: an escaped pair is one character
    path = tmp_path_factory.mktemp("j") / "t.jsonl"
    path.write_text(line + "\n", encoding="ascii")
    docs, problems = read(path)
    if not text.strip():
        assert docs == [] and [p.code for p in problems] == ["AL104"]
        return
    (doc,) = docs
    assert len(doc.text) == len(text)
    doc.text.encode("utf-8")  # storable: no lone surrogate left
    assert all(a == b or b == "\ufffd" for a, b in zip(text, doc.text, strict=True))


@given(st.text(max_size=200))
def test_fragment_text_never_fails_and_gives_printable_paragraphs(markup):
    from aidledger.sources.html import fragment_text

    text = fragment_text(markup)
    assert "\n\n\n" not in text and text == text.strip()


def test_the_progress_total_counts_feed_entries_and_zip_members(tmp_path):
    from aidledger.sources import count_documents, expand_paths

    (tmp_path / "feed.rss").write_text(rss(RSS_ENTRIES), encoding="utf-8")
    write_zip(tmp_path / "pages.zip", {"a.html": "x", "b.htm": "y", "notes.json": "{}"})
    (tmp_path / "bad.zip").write_bytes(b"not a zip")
    (tmp_path / "one.txt").write_text("x")
    assert count_documents(expand_paths([tmp_path])) == 3 + 2 + 1 + 1


def test_page_dates_from_json_ld_graphs_and_time_elements_and_a_legacy_encoding(tmp_path):
    from aidledger.sources.html import stated_dates
    from aidledger.sources.meta import Stated

    page = (b'<html><head><meta charset="windows-1252"><title>Caf\xe9 talks</title>'
            b'<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
            b'{"@type": "NewsArticle", "datePublished": "2023-01-25T08:00:00Z"}]}</script></head><body>'
            b'<article><h1>Caf\xe9 talks end with a pledge</h1><time pubdate datetime="2023-01-25">25 Jan</time>'
            + "".join(f"<p>{p}</p>" for p in ARTICLE).encode("ascii") + b"</article></body></html>")
    (tmp_path / "legacy.html").write_bytes(page)
    (doc,), problems = read(tmp_path / "legacy.html")
    assert doc.title == "Caf\u00e9 talks end with a pledge" and doc.text.startswith("Caf\u00e9 talks")
    assert doc.published == dt.date(2023, 1, 25) and problems == []
    from trafilatura.utils import load_html

    assert stated_dates(load_html(page)) == [Stated(dt.date(2023, 1, 25), "JSON-LD datePublished"),
                                             Stated(dt.date(2023, 1, 25), "time pubdate")]
