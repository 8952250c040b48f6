"""Builders for the source-format tests: web pages, PDFs, feeds and archives written by the tests.

Every text here is written for these tests (no evaluation text).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import tarfile
import zipfile
from pathlib import Path

HEADLINE = "Germany and Norway to send Leopard tanks to Ukraine"
ARTICLE = [
    "Germany will send 14 Leopard 2A6 tanks to Ukraine, Chancellor Olaf Scholz said on Wednesday.",
    "Norway said it would deliver 8 Leopard 2A4 tanks, its defence minister told reporters in Oslo.",
    "Canada is considering a request for more armoured vehicles, but no decision has been taken.",
]
ITEMS_INTRO = "The Netherlands will deliver the following items:"
ITEMS = ["3 patrol boats", "40 machine guns"]


def article_text(*, headline: str = HEADLINE, paragraphs: list[str] | None = None,
                 items: list[str] | None = None) -> str:
    """The article alone, as a ``.txt`` file holds it: headline, paragraphs, the bulleted list."""
    parts = [headline, *(ARTICLE if paragraphs is None else paragraphs)]
    text = "\n\n".join(parts)
    items = ITEMS if items is None else items
    if items:
        text += f"\n\n{ITEMS_INTRO}\n" + "\n".join(f"- {item}" for item in items)
    return text


def page_html(*, headline: str = HEADLINE, paragraphs: list[str] | None = None, items: list[str] | None = None,
              meta: dict[str, str] | None = None, json_ld_date: str | None = None,
              canonical: str = "https://news.example.org/2023/01/25/leopards",
              site: str = "Example News") -> str:
    """A saved page: cookie banner, menu, ads, the article, related articles and a footer."""
    meta = {"article:published_time": "2023-01-25T10:00:00+01:00"} if meta is None else meta
    tags = "\n".join(f'<meta property="{html.escape(k)}" content="{html.escape(v)}">' for k, v in meta.items())
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          f'"headline": "{headline}", "datePublished": "{json_ld_date}"}}</script>') if json_ld_date else ""
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in (ARTICLE if paragraphs is None else paragraphs))
    items = ITEMS if items is None else items
    listing = (f"<p>{ITEMS_INTRO}</p><ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>"
               if items else "")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(headline)} | {site}</title>
<meta property="og:title" content="{html.escape(headline)}">
<meta property="og:site_name" content="{site}">
<link rel="canonical" href="{canonical}">
{tags}
{ld}
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<aside class="advertisement">Advertisement: buy 3 sofas for the price of 2 this weekend only!</aside>
<main><article>
<h1>{html.escape(headline)}</h1>
{paras}
{listing}
</article></main>
<section class="related-articles"><h2>Related articles</h2><ul>
<li><a href="/a">Poland sends 60 PT-91 tanks to the front</a></li>
<li><a href="/b">Spain pledges 6 Leopard 2A4 tanks</a></li></ul></section>
<footer><p>Copyright 2023 {site}. All rights reserved.</p><p>Contact us | Privacy policy</p></footer>
</body></html>"""


def write_pdf(path: Path, pages: list[str], *, created: dt.datetime | None = None, title: str | None = None,
              user_password: str | None = None) -> Path:
    """A PDF with one page per string (``\\n`` starts a line, a blank line a paragraph), built with fpdf2."""
    from fpdf import FPDF

    pdf = FPDF()
    if created is not None:
        pdf.set_creation_date(created)
    if title:
        pdf.set_title(title)
    pdf.set_font("Helvetica", size=11)
    for page in pages:
        pdf.add_page()
        if page:
            pdf.multi_cell(0, 6, page)
    if user_password is not None:
        pdf.set_encryption(owner_password="owner", user_password=user_password)
    pdf.output(str(path))
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A PDF whose page holds only drawn shapes (what a scan without OCR looks like to a reader)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 80, style="F")
    pdf.output(str(path))
    return path


def rss(entries: list[dict[str, str]], *, title: str = "Ministry of Defence news") -> str:
    """An RSS 2.0 feed; each entry: title, link, description (HTML), pubDate (RFC 2822), guid."""
    items = "".join(
        "<item>" + "".join(f"<{k}>{html.escape(v)}</{k}>" for k, v in e.items()) + "</item>" for e in entries)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://mod.example.org/</link><description>News</description>{items}</channel></rss>")


def atom(entries: list[dict[str, str]], *, title: str = "Example Outlet") -> str:
    """An Atom feed; each entry: title, id, link (href), published, updated, content (HTML)."""
    out = []
    for e in entries:
        parts = [f"<title>{html.escape(e['title'])}</title>", f"<id>{e['id']}</id>",
                 f'<link href="{e["link"]}"/>', f"<updated>{e.get('updated', e.get('published'))}</updated>"]
        if "published" in e:
            parts.append(f"<published>{e['published']}</published>")
        parts.append(f'<content type="html">{html.escape(e["content"])}</content>')
        out.append("<entry>" + "".join(parts) + "</entry>")
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{title}</title><id>urn:example:feed</id><updated>2023-02-01T00:00:00Z</updated>"
            + "".join(out) + "</feed>")


def write_zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def write_tar_gz(path: Path, members: dict[str, bytes | str], *, links: dict[str, str] | None = None) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in members.items():
            raw = data.encode("utf-8") if isinstance(data, str) else data
            info = tarfile.TarInfo(name)
            info.size = len(raw)
            archive.addfile(info, io.BytesIO(raw))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type = tarfile.SYMTYPE
            info.linkname = target
            archive.addfile(info)
    return path
