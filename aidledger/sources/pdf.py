"""PDF files, read with pdfminer.six: text in reading order, one paragraph per text box.

pdfminer's layout analysis groups characters into lines and lines into boxes in reading order
(``LAParams``: ``boxes_flow`` 0.5, its default; ``line_margin`` 1.0). Lines of a box are joined with a space into one
paragraph (the line wraps of the page are not sentence breaks), except lines that start a bulleted
or numbered item, which keep their own line; boxes are separated by a blank line, and so are pages.
``Document.pages`` keeps the offset where each page starts, so ``Document.page_at(start)`` finds
a record's page again.

The date is the PDF's own ``CreationDate`` (``D:20230131...``) when it has one. A PDF without a
text layer (a scan) is skipped with AL113 ("run OCR first"); an encrypted one that does not open
with an empty password with AL114; one pdfminer cannot parse with AL115.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from typing import Any

from aidledger.model import Document, Problem
from aidledger.sources.meta import make_document

SUFFIXES = (".pdf",)
#: Lines closer than this many line heights belong to one text box (pdfminer's default 0.5 splits
#: paragraphs set at 1.5 line spacing into one box per line).
LINE_MARGIN = 1.0

_BULLET = re.compile(r"^(?:[•▪◦●○■□‣⁃∙·*–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})(\d{2})")


def _paragraph(lines: list[str]) -> str:
    """The lines of one text box as a paragraph: wrapped lines joined, bulleted items kept apart."""
    out: list[str] = []
    for line in lines:
        line = " ".join(line.split())
        if not line:
            continue
        if out and not _BULLET.match(line):
            out[-1] = out[-1] + line if out[-1].endswith("-") else f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _info_date(info: list[dict[str, Any]]) -> dt.date | None:
    from pdfminer.pdftypes import resolve1

    for entry in info:
        raw = resolve1(entry.get("CreationDate"))
        if isinstance(raw, bytes):
            raw = raw.decode("latin-1", "replace")
        m = _PDF_DATE.match(raw) if isinstance(raw, str) else None
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None


def _info_title(info: list[dict[str, Any]]) -> str | None:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    for entry in info:
        raw = resolve1(entry.get("Title"))
        if isinstance(raw, bytes):
            title = decode_text(raw).strip()
            if title:
                return title
    return None


def read(raw: bytes, *, source: str, stem: str, meta: dict[str, Any],
         published: dt.date | None = None) -> Iterator[Document | Problem]:
    """One document per PDF file."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextBox
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError
    from pdfminer.psparser import PSException

    doc_id = str(meta.get("id") or stem)
    if not raw.strip():
        yield Problem("AL101", f"{source}: file is empty", doc_id=doc_id)
        return
    try:
        document = PDFDocument(PDFParser(io.BytesIO(raw)))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        yield Problem("AL114", f"{source}: encrypted PDF (a password is needed to read it); skipped", doc_id=doc_id)
        return
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as exc:
        yield Problem("AL115", f"{source}: not a readable PDF ({type(exc).__name__}: {exc}); skipped", doc_id=doc_id)
        return
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=LAParams(line_margin=LINE_MARGIN))
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[int] = []
    parts: list[str] = []
    size = 0
    try:
        for page in PDFPage.create_pages(document):
            interpreter.process_page(page)
            boxes = [_paragraph(box.get_text().splitlines()) for box in device.get_result()
                     if isinstance(box, LTTextBox)]
            boxes = [b for b in boxes if b]
            if parts and boxes:
                size += 2
            pages.append(size)
            if boxes:
                page_text = "\n\n".join(boxes)
                parts.append(page_text)
                size += len(page_text)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        yield Problem("AL114", f"{source}: encrypted PDF (a password is needed to read it); skipped", doc_id=doc_id)
        return
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AttributeError) as exc:
        yield Problem("AL115", f"{source}: not a readable PDF ({type(exc).__name__}: {exc}); skipped", doc_id=doc_id)
        return
    text = "\n\n".join(parts)
    if not text.strip():
        yield Problem("AL113", f"{source}: no text layer (a scanned PDF?); run OCR first; skipped", doc_id=doc_id)
        return
    found = {"published": _info_date(document.info), "title": _info_title(document.info)}
    doc, problems = make_document(text, doc_id=stem, source=source, fmt="pdf", user=meta, found=found,
                                  published=published, pages=tuple(pages))
    yield from problems
    yield doc
