"""Plausible bounds on the numbers of a record: beyond them a number is a problem, not a pledge.

A run of 310 digits is a number to the recogniser, but as a float it is ``inf``, and an amount of
10^26 or more no longer fits the 28-digit decimal context of the ledger's money columns. Such a
number is never a real quantity or amount: it is a typo, a table glued into a sentence, an id or
a test of the parser. ``within`` turns every record carrying one into problem ``AL305`` (an
error: the command exits 1), with the span of the number itself, so nothing infinite, NaN or
absurd reaches the ledger, its views, the charts or a JSON export.

The bounds, and why (each is about three orders of magnitude above the largest figure aid
reporting has):

- ``MAX_QUANTITY`` = 10^12 items (or units of the quantity: rounds, tonnes, litres). The largest
  counts in aid reporting are rounds of small-arms ammunition and litres of fuel, in the
  hundreds of millions (10^8 to 10^9).
- ``MAX_AMOUNT`` = 10^15 units of any currency. The largest packages, counted in currencies of
  small unit value (yen, won, hryvnia), are in the trillions (10^12 to 10^13). 10^15 with cents is
  17 digits: well inside ``DECIMAL(38,2)``, the 28-digit ``decimal`` context and a float's range.

>>> from aidledger.pledges import extract_document
>>> from aidledger.model import Document
>>> records, problems = extract_document(Document("d", "France will send 10000000000000 Caesar howitzers."))
>>> records, [(p.code, p.source.quote) for p in problems if p.code == "AL305"]
([], [('AL305', '10000000000000')])
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from aidledger.model import Pledge, Problem, Provenance

__all__ = ["MAX_AMOUNT", "MAX_QUANTITY", "implausible", "within"]

#: The largest plausible count or physical quantity of one record (see the module docstring).
MAX_QUANTITY = Decimal(10) ** 12
#: The largest plausible amount of money of one record, in units of its currency.
MAX_AMOUNT = Decimal(10) ** 15


def _too_big(value: object, bound: Decimal) -> bool:
    if value is None:
        return False
    if isinstance(value, float):
        return not math.isfinite(value) or value > bound or value < 0
    number = Decimal(value)  # type: ignore[arg-type]
    return not number.is_finite() or number > bound or number < 0


def implausible(pledge: Pledge) -> str | None:
    """Why ``pledge`` carries an implausible number (``"quantity"``, ``"amount"``,
    ``"stated amount"``), or None when every number is within bounds."""
    if _too_big(pledge.quantity_value, MAX_QUANTITY):
        return "quantity"
    if _too_big(pledge.amount, MAX_AMOUNT):
        return "amount"
    if _too_big(pledge.stated_amount, MAX_AMOUNT):
        return "stated amount"
    return None


def _number_span(pledge: Pledge, bound: Decimal) -> tuple[Provenance | None, Decimal | None]:
    """The span and value of the first number above ``bound`` in the record's quote (else the
    quote, and None)."""
    from aidledger.mentions.numbers import find_numbers

    src = pledge.source
    if src is None:
        return None, None
    for m in find_numbers(src.quote):
        if m.value > bound:
            return Provenance(src.doc_id, src.start + m.start, src.start + m.end, m.text), m.value
    return src, None


def within(records: Sequence[Pledge], problems: Sequence[Problem] = ()) -> tuple[list[Pledge], list[Problem]]:
    """``records`` without those carrying an implausible number, and ``problems`` plus one
    ``AL305`` for each record left out (with the span of the number)."""
    kept: list[Pledge] = []
    out = list(problems)
    for p in records:
        what = implausible(p)
        if what is None:
            kept.append(p)
            continue
        bound = MAX_QUANTITY if what == "quantity" else MAX_AMOUNT
        span, number = _number_span(p, bound)
        value = number if number is not None else {
            "quantity": p.quantity_value, "amount": p.amount, "stated amount": p.stated_amount}[what]
        shown = f"{Decimal(value):.3e}" if Decimal(value).is_finite() else str(value)  # type: ignore[arg-type]
        out.append(Problem("AL305", f"{what} {shown} is beyond any plausible {what} (at most {bound:.0e}): "
                                    f"no record for {p.item_text or p.system!r}",
                           doc_id=p.source.doc_id if p.source else None, source=span))
    return kept, out
