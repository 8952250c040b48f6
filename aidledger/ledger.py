"""The ledger: pledge records as one polars DataFrame with a fixed schema.

``LEDGER_SCHEMA`` (column -> polars dtype) is defined here once; the ``pledges`` table of
``sql/010_tables.sql`` has the same columns, and ``docs/data-model.md`` documents each one.
``to_frame`` builds a frame from ``Pledge`` records, ``validate_ledger`` lists what is wrong
with a frame (an empty list when nothing is). ``documents_frame`` and ``problems_frame`` do
the same for the other two tables that ``aidledger.store`` writes.

>>> to_frame([]).schema == LEDGER_SCHEMA
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal

import polars as pl

from aidledger.model import CATEGORIES, STATUSES, Document, Pledge, Problem

MONEY = pl.Decimal(38, 2)

#: The one schema of the ledger (and of the ``pledges`` table), column -> dtype.
LEDGER_SCHEMA: pl.Schema = pl.Schema({
    "pledge_id": pl.String,        # doc_id:span_start-span_end, ".2", ".3" on collision
    "doc_id": pl.String,
    "donor": pl.String,            # ISO 3166-1 alpha-3, or EU / NATO
    "recipient": pl.String,        # ISO 3166-1 alpha-3
    "system": pl.String,           # catalog name or generic item name
    "category": pl.String,         # one of model.CATEGORIES
    "quantity": pl.Float64,        # in quantity_unit
    "quantity_unit": pl.String,    # units, rounds, ...
    "amount": MONEY,               # full units of currency
    "currency": pl.String,         # ISO 4217
    "status": pl.String,           # one of model.STATUSES
    "date": pl.Date,               # announcement date
    "published": pl.Date,          # the document's publication date
    "quote": pl.String,            # text[span_start:span_end]
    "span_start": pl.Int64,
    "span_end": pl.Int64,
    "stated_amount": MONEY,        # a conversion stated in the text
    "stated_currency": pl.String,
    "item_text": pl.String,
    "notes": pl.String,            # remarks separated by "; "
    "is_additional": pl.Boolean,   # the words mark a new pledge ("another", "a further", "12 more")
})

#: Columns of the ``documents`` table.
DOCUMENT_SCHEMA: pl.Schema = pl.Schema({
    "doc_id": pl.String,
    "content_hash": pl.String,
    "published": pl.Date,
    "url": pl.String,
    "outlet": pl.String,
    "title": pl.String,
    "source": pl.String,
    "n_chars": pl.Int64,
    "ingested_at": pl.Datetime("us"),
    "text": pl.String,             # NULL when the text is left out (ingest --no-text)
})

#: Columns of the ``problems`` table.
PROBLEM_SCHEMA: pl.Schema = pl.Schema({
    "doc_id": pl.String,
    "code": pl.String,
    "message": pl.String,
    "span_start": pl.Int64,
    "span_end": pl.Int64,
    "quote": pl.String,
})

NOTES_SEPARATOR = "; "
_CENT = Decimal("0.01")


def _money(value: Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(_CENT)


def pledge_ids(pledges: Sequence[Pledge]) -> list[str]:
    """Stable ids ``doc_id:start-end``; a repeated span gets ``.2``, ``.3``... in input order."""
    seen: dict[str, int] = {}
    ids = []
    for p in pledges:
        base = f"{p.source.doc_id}:{p.source.start}-{p.source.end}"
        n = seen.get(base, 0) + 1
        seen[base] = n
        ids.append(base if n == 1 else f"{base}.{n}")
    return ids


def to_frame(pledges: Iterable[Pledge], *,
             published: dict[str, dt.date | None] | None = None) -> pl.DataFrame:
    """A ledger frame (``LEDGER_SCHEMA``) from pledge records.

    ``published`` maps doc_id -> publication date (the ``published`` column); without it the
    column is null.
    """
    from aidledger.additional import mark_additional

    rows = mark_additional(pledges)
    published = published or {}
    columns = {
        "pledge_id": pledge_ids(rows),
        "doc_id": [p.doc_id for p in rows],
        "donor": [p.donor for p in rows],
        "recipient": [p.recipient for p in rows],
        "system": [p.system for p in rows],
        "category": [p.category for p in rows],
        "quantity": [p.quantity_value for p in rows],
        "quantity_unit": [p.quantity_unit for p in rows],
        "amount": [_money(p.amount) for p in rows],
        "currency": [p.currency for p in rows],
        "status": [p.status for p in rows],
        "date": [p.date for p in rows],
        "published": [published.get(p.doc_id) for p in rows],
        "quote": [p.source.quote for p in rows],
        "span_start": [p.source.start for p in rows],
        "span_end": [p.source.end for p in rows],
        "stated_amount": [_money(p.stated_amount) for p in rows],
        "stated_currency": [p.stated_currency for p in rows],
        "item_text": [p.item_text for p in rows],
        "notes": [NOTES_SEPARATOR.join(p.notes) if p.notes else None for p in rows],
        "is_additional": [bool(p.is_additional) for p in rows],
    }
    return pl.DataFrame(columns, schema=LEDGER_SCHEMA)


def _storable(text: str) -> str:
    """``text`` as UTF-8 can store it: a lone surrogate becomes ``?`` (one character for one, so
    every offset still points at the same place)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def documents_frame(documents: Iterable[Document], *, ingested_at: dt.datetime | None = None,
                    keep_text: bool = True) -> pl.DataFrame:
    """The ``documents`` table rows of some documents (``keep_text=False``: ``text`` left NULL)."""
    docs = list(documents)
    when = (ingested_at or dt.datetime.now(dt.UTC)).replace(tzinfo=None)
    return pl.DataFrame({
        "doc_id": [d.id for d in docs],
        "content_hash": [d.content_hash for d in docs],
        "published": [d.published for d in docs],
        "url": [d.url for d in docs],
        "outlet": [d.outlet for d in docs],
        "title": [d.title for d in docs],
        "source": [d.source for d in docs],
        "n_chars": [len(d.text) for d in docs],
        "ingested_at": [when] * len(docs),
        "text": [_storable(d.text) if keep_text else None for d in docs],
    }, schema=DOCUMENT_SCHEMA)


def problems_frame(problems: Iterable[Problem]) -> pl.DataFrame:
    """The ``problems`` table rows of some problems."""
    rows = list(problems)
    return pl.DataFrame({
        "doc_id": [p.source.doc_id if p.source else p.doc_id for p in rows],
        "code": [p.code for p in rows],
        "message": [p.message for p in rows],
        "span_start": [p.source.start if p.source else None for p in rows],
        "span_end": [p.source.end if p.source else None for p in rows],
        "quote": [p.source.quote if p.source else None for p in rows],
    }, schema=PROBLEM_SCHEMA)


def validate_ledger(frame: pl.DataFrame) -> list[str]:
    """Every way ``frame`` departs from the ledger contract; an empty list when it is valid.

    Checks: columns and dtypes of ``LEDGER_SCHEMA``, required values present, categories and
    statuses from the shared vocabulary, unique pledge ids, half-open spans with
    ``span_end - span_start == len(quote)``, money with a 3-letter currency, positive quantities.
    """
    errors: list[str] = []
    missing = [c for c in LEDGER_SCHEMA if c not in frame.columns]
    extra = [c for c in frame.columns if c not in LEDGER_SCHEMA]
    if missing:
        errors.append(f"missing columns: {', '.join(missing)}")
    if extra:
        errors.append(f"unexpected columns: {', '.join(extra)}")
    for name, dtype in LEDGER_SCHEMA.items():
        if name in frame.columns and frame.schema[name] != dtype:
            errors.append(f"column {name}: dtype {frame.schema[name]}, expected {dtype}")
    if errors:
        return errors

    def count(expr: pl.Expr) -> int:
        return int(frame.select(expr.sum()).item() or 0)

    for name in ("pledge_id", "doc_id", "donor", "recipient", "system", "category", "status", "quote",
                 "span_start", "span_end"):
        n = count(pl.col(name).is_null())
        if n:
            errors.append(f"column {name}: {n} null value(s)")
    checks = {
        "category not in the vocabulary": ~pl.col("category").is_in(list(CATEGORIES)),
        "status not in the vocabulary": ~pl.col("status").is_in(list(STATUSES)),
        "span_start > span_end or negative": (pl.col("span_start") > pl.col("span_end"))
        | (pl.col("span_start") < 0),
        "span length differs from len(quote)": (pl.col("span_end") - pl.col("span_start"))
        != pl.col("quote").str.len_chars(),
        "amount without a currency": pl.col("amount").is_not_null() & pl.col("currency").is_null(),
        "currency not a 3-letter code": pl.col("currency").is_not_null()
        & ~pl.col("currency").str.contains(r"^[A-Z]{3}$"),
        "stated_amount without a stated_currency": pl.col("stated_amount").is_not_null()
        & pl.col("stated_currency").is_null(),
        "quantity not positive": pl.col("quantity").is_not_null() & (pl.col("quantity") <= 0),
        "quantity without a unit": pl.col("quantity").is_not_null() & pl.col("quantity_unit").is_null(),
        "neither quantity nor amount": pl.col("quantity").is_null() & pl.col("amount").is_null()
        & (pl.col("category") == "money"),
    }
    for message, expr in checks.items():
        n = count(expr.fill_null(False))
        if n:
            errors.append(f"{n} row(s): {message}")
    dupes = frame.height - frame["pledge_id"].n_unique()
    if dupes:
        errors.append(f"{dupes} duplicate pledge_id value(s)")
    return errors
