"""Saved web pages (``.html``, ``.htm``), read with trafilatura: main text and metadata.

trafilatura keeps the article and drops menus, ads, related-article lists, cookie banners and
footers. The text is the headline, then the article's paragraphs, separated by blank lines (list
items keep one line each, ``- item``), the shape of a news document in a JSONL corpus.

Title, canonical url and site name come from trafilatura's metadata (``og:*``, ``<link
rel=canonical>``, JSON-LD, ``<title>``). The publication date comes only from where a page states
it: ``<meta>`` tags (``article:published_time``, ``og:published_time``, ``datePublished``,
``date``, ``pubdate``, ``DC.date.issued``, ...), JSON-LD ``datePublished`` and ``<time pubdate>``
or ``<time itemprop=datePublished>``. When these disagree on the day the date is left unknown and
reported (AL112); a date in the running text is never guessed. A page with no main text is
skipped with AL104: trafilatura runs without its fallback extractors (``fast=True``), which
would otherwise return the text of a page's menus when it has no article.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

from aidledger.model import Document, Problem
from aidledger.sources.meta import Stated, make_document, parse_page_date

SUFFIXES = (".html", ".htm", ".xhtml")

#: ``<meta>`` names (property, name or itemprop, lower case) that state a publication date.
DATE_META = frozenset({
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "publication_date",
    "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.date", "sailthru.date", "parsely-pub-date",
    "article.published", "citation_publication_date", "cxenseparse:recs:publishtime",
})
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "tr",
           "section", "article", "header", "pre", "dl", "dt", "dd", "figure", "figcaption")


def stated_dates(tree: Any) -> list[Stated]:
    """Every publication date the page's markup states, with where it says it."""
    found: list[Stated] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in DATE_META and meta.get("content"):
            day = parse_page_date(meta.get("content"))
            if day:
                found.append(Stated(day, f"meta {key}"))
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            try:
                data = json.loads(script.text)
            except ValueError:
                continue
            for value in _json_ld_dates(data):
                day = parse_page_date(value) if isinstance(value, str) else None
                if day:
                    found.append(Stated(day, "JSON-LD datePublished"))
    for time in tree.iter("time"):
        if (time.get("pubdate") is not None or (time.get("itemprop") or "").lower() == "datepublished") \
                and time.get("datetime"):
            day = parse_page_date(time.get("datetime"))
            if day:
                found.append(Stated(day, "time pubdate"))
    return found


def _json_ld_dates(data: Any) -> Iterator[Any]:
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_dates(item)
    elif isinstance(data, dict):
        if "datePublished" in data:
            yield data["datePublished"]
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), list | dict):
                yield from _json_ld_dates(data[key])


def _paragraphs(text: str) -> str:
    """trafilatura's lines as paragraphs: a blank line between them, list items on their own line."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    out = lines[:1]
    for line in lines[1:]:
        out.append(("\n" if line.startswith("- ") else "\n\n") + line)
    return "".join(out)


def fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed entry's content): blocks as paragraphs, items as ``- item``."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return " ".join(html.split())
    for bad in list(root.iter("script", "style")):
        bad.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag == "li":
            el.text = "\n- " + (el.text or "")
        elif el.tag in _BLOCKS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    blocks: list[str] = []
    for block in re.split(r"\n\s*\n", root.text_content()):
        lines = [line for line in (" ".join(line.split()) for line in block.splitlines()) if line]
        if not lines:
            continue
        if blocks and all(line.startswith("- ") for line in lines):  # a list stays under its intro
            blocks[-1] += "\n" + "\n".join(lines)
        else:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def read(raw: bytes, *, source: str, stem: str, meta: dict[str, Any],
         published: dt.date | None = None) -> Iterator[Document | Problem]:
    """One document per saved page."""
    import trafilatura
    from trafilatura.utils import load_html

    doc_id = str(meta.get("id") or stem)
    if not raw.strip():
        yield Problem("AL101", f"{source}: file is empty", doc_id=doc_id)
        return
    tree = load_html(raw)
    if tree is None:
        yield Problem("AL115", f"{source}: not a readable HTML page; skipped", doc_id=doc_id)
        return
    dates = stated_dates(tree)
    extracted = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                            include_tables=True, include_images=False, favor_precision=True,
                                            fast=True)
    body = _paragraphs(extracted.text or "") if extracted is not None else ""
    if not body:
        yield Problem("AL104", f"{source}: page has no main text (menus and boilerplate only?); skipped",
                      doc_id=doc_id)
        return
    title = " ".join((extracted.title or "").split()) or None
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    found = {"dates": dates, "title": title, "url": extracted.url, "outlet": extracted.sitename}
    doc, problems = make_document(text, doc_id=stem, source=source, fmt="html", user=meta, found=found,
                                  published=published)
    yield from problems
    yield doc
