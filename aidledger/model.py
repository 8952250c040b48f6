"""Typed, immutable records that flow through aidledger.

Data flows one way: ``Document`` -> mentions -> ``Pledge`` -> ledger (polars) -> DuckDB.
Every derived record carries a ``Provenance``: half-open character offsets into the original
document text, with ``text[start:end] == quote`` always. Doubts and errors are ``Problem`` records,
not exceptions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

CATEGORIES = (
    "tank", "ifv_apc", "artillery", "mlrs", "air_defence", "aircraft", "helicopter", "drone",
    "ammunition", "missile", "small_arms", "vehicle", "naval", "other_equipment", "money",
)
STATUSES = ("pledged", "delivered", "funded", "considering", "refused")


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a record comes from.

    Attributes:
        doc_id: the document's id.
        start: offset of the first character of the quote in the document text.
        end: offset one past the last character (half-open).
        quote: ``text[start:end]``.
    """

    doc_id: str
    start: int
    end: int
    quote: str

    @classmethod
    def of(cls, doc_id: str, text: str, start: int, end: int) -> Provenance:
        """The one factory: builds the quote from the text so the invariant cannot break."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}-{end} outside a text of {len(text)} characters")
        return cls(doc_id, start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class Document:
    """One source text.

    Attributes:
        id: stable identifier (file stem or JSONL ``id``).
        text: the original text, never modified (all offsets point into it).
        published: publication date, or None when unknown.
        url, outlet, title: metadata when known.
        source: where the document was read from: a path, ``path:line`` for JSONL, ``feed.xml#3``
            for a feed's third entry, ``pages.zip!inner/page.html`` for an archive member.
        format: the reader that made it: ``txt``, ``jsonl``, ``html``, ``pdf``, ``feed``.
        pages: for a PDF, the offset in ``text`` where each page starts (page 1 at 0); empty otherwise.
    """

    id: str
    text: str
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    source: str | None = None
    format: str | None = None
    pages: tuple[int, ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The PDF page (from 1) holding the character at ``offset``; None for other formats."""
        if not self.pages:
            return None
        import bisect

        return max(1, bisect.bisect_right(self.pages, offset))

    @property
    def content_hash(self) -> str:
        import hashlib

        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    r"""``text`` on one printable line: control characters and line separators as escapes (``\n``)."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True, slots=True)
class Problem:
    """A doubt or error, carried as data.

    Attributes:
        code: stable code from ``aidledger.errors.CODES`` (AL1xx input, AL2xx assembly,
            AL3xx units/FX, AL4xx store).
        message: one line for a human.
        source: the span it concerns, when there is one.
        doc_id: the document it concerns (also in ``source`` when that is set).
    """

    code: str
    message: str
    doc_id: str | None = None
    source: Provenance | None = None

    def render(self) -> str:
        """``doc:start-end: CODE message`` on one line: control characters and line breaks in the
        id or the message (a document id with a newline) are shown as escapes (``\\n``)."""
        where = self.doc_id or "-"
        if self.source is not None:
            where = f"{self.source.doc_id}:{self.source.start}-{self.source.end}"
        return one_line(f"{where}: {self.code} {self.message}")


@dataclass(frozen=True, slots=True)
class Pledge:
    """One pledge record: who gives what, how many, worth how much, in what state.

    Attributes:
        donor: ISO 3166-1 alpha-3 code, or ``EU`` / ``NATO``.
        recipient: ISO 3166-1 alpha-3 code (``UKR``).
        system: canonical catalog name, or a generic name for unnamed items ("machine guns").
        category: one of ``CATEGORIES``.
        quantity: a pint quantity (``12 unit``, ``50000 round``) or None.
        amount: money in full units as a Decimal, or None.
        currency: ISO 4217 code of ``amount``.
        status: one of ``STATUSES``.
        date: the day the pledge was announced, when the text fixes it.
        source: provenance (document, span, quote).
        stated_amount, stated_currency: a conversion the text itself gives in brackets
            ("$217 million"), kept for checking, never a second record.
        item_text: the words of the text that named the item.
        notes: short machine-readable remarks (e.g. ``system-from-context``).
        is_additional: the words mark a new pledge ("another", "a further", "12 more", "a new
            package"), not a report of one already made; None until examined
            (``aidledger.additional.mark_additional``).
    """

    donor: str
    recipient: str
    system: str
    category: str
    status: str
    source: Provenance
    quantity: Any = None  # pint.Quantity
    amount: Decimal | None = None
    currency: str | None = None
    date: dt.date | None = None
    stated_amount: Decimal | None = None
    stated_currency: str | None = None
    item_text: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    is_additional: bool | None = None

    @property
    def doc_id(self) -> str:
        return self.source.doc_id

    @property
    def quantity_value(self) -> float | None:
        return None if self.quantity is None else float(self.quantity.magnitude)

    @property
    def quantity_unit(self) -> str | None:
        if self.quantity is None:
            return None
        return "rounds" if str(self.quantity.units) == "round" else (
            "units" if str(self.quantity.units) == "unit" else str(self.quantity.units))

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``aidledger extract`` (the public contract)."""
        q = self.quantity_value
        return {
            "doc_id": self.doc_id,
            "donor": self.donor,
            "recipient": self.recipient,
            "system": self.system,
            "category": self.category,
            "quantity": (int(q) if q is not None and q == int(q) else q),
            "quantity_unit": self.quantity_unit,
            "amount": (None if self.amount is None else
                       (int(self.amount) if self.amount == self.amount.to_integral_value()
                        else float(self.amount))),
            "currency": self.currency,
            "status": self.status,
            "date": self.date.isoformat() if self.date else None,
            "quote": self.source.quote,
            "start": self.source.start,
            "end": self.source.end,
            "stated_amount": None if self.stated_amount is None else float(self.stated_amount),
            "stated_currency": self.stated_currency,
            "item_text": self.item_text,
            "notes": list(self.notes),
        }
