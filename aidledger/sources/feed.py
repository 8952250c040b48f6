"""RSS and Atom feeds (``.xml``, ``.rss``, ``.atom``), read with feedparser: one document per entry.

An entry's text is its title, a blank line, and its content (or, without content, its summary)
turned from HTML into paragraphs (``html.fragment_text``). Its id is the entry's ``id``/``guid``,
else its link, else ``FEEDSTEM:N``; its date the entry's ``published`` date (``updated`` when it
has none: Atom requires only that one); its url the entry's link; its outlet the feed's title. A
file that is not a feed, or holds no entry, is skipped with AL115.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from aidledger.model import Document, Problem
from aidledger.sources.html import fragment_text
from aidledger.sources.meta import make_document, parse_page_date

SUFFIXES = (".xml", ".rss", ".atom")


def _date(entry: Any) -> dt.date | None:
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        raw = entry.get(key)
        if raw:
            day = parse_page_date(raw)
            if day:
                return day
    return None


def _body(entry: Any) -> str:
    for content in entry.get("content") or ():
        value = content.get("value")
        if value and value.strip():
            return fragment_text(value) if "html" in (content.get("type") or "html") else value.strip()
    summary = entry.get("summary") or ""
    return fragment_text(summary) if summary.strip() else ""


def read(raw: bytes, *, source: str, stem: str, meta: dict[str, Any],
         published: dt.date | None = None) -> Iterator[Document | Problem]:
    """The documents of a feed file; ``meta`` (a sidecar) may give the outlet of all its entries.

    feedparser is lenient: the entries of a slightly broken feed are read; a feed that gives no
    entry with text is one problem (AL115) naming the parser's complaint."""
    import feedparser

    if not raw.strip():
        yield Problem("AL101", f"{source}: file is empty", doc_id=stem)
        return
    parsed = feedparser.parse(raw, sanitize_html=True, resolve_relative_uris=False)
    reason = f"{type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}" if parsed.get("bozo") else \
        "no RSS item or Atom entry"
    outlet = (parsed.feed.get("title") or "").strip() or None
    user = {"outlet": meta.get("outlet")} if meta.get("outlet") else {}
    read: list[Document | Problem] = []
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{source}#{n}"
        title = " ".join((entry.get("title") or "").split())
        body = _body(entry)
        text = f"{title}\n\n{body}" if title and body else (title or body)
        doc_id = (entry.get("id") or entry.get("link") or f"{stem}:{n}").strip()
        if not text.strip():
            read.append(Problem("AL104", f"{where}: feed entry has no text; skipped", doc_id=doc_id))
            continue
        found = {"published": _date(entry), "title": title or None, "url": entry.get("link"), "outlet": outlet}
        doc, problems = make_document(text, doc_id=doc_id, source=where, fmt="feed", user=user, found=found,
                                      published=published)
        read.extend(problems)
        read.append(doc)
    if not any(isinstance(item, Document) for item in read) and (parsed.get("bozo") or not parsed.entries):
        # a feed broken beyond repair: one line, not one per salvaged fragment
        yield Problem("AL115", f"{source}: not a readable feed ({reason}); skipped", doc_id=stem)
        return
    yield from read
