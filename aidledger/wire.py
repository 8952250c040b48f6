"""Extraction results as plain tuples: what a worker process sends back, cheap to pickle and to rebuild.

Pickling a ``Pledge`` as it is costs the receiving process about 16 µs a pledge: the dataclass
``__setstate__`` of each slotted record (and of its ``Provenance``) looks its fields up again,
and pint unpickles each quantity by parsing its unit again. On two cores, where the process that
receives the results shares a core with a worker, that is CPU taken from the extraction. A *wire
row* is instead a flat tuple of the record's fields (``dataclasses.fields`` order), its source as
``(doc_id, start, end, quote)`` and its quantity as ``(magnitude, unit number)``, with the units
of a batch listed once; rebuilding calls the constructors directly.

>>> from aidledger.model import Document
>>> from aidledger.pledges import extract_document
>>> results = [extract_document(Document("a", "Denmark will send 19 Caesar howitzers to Ukraine."))]
>>> decode(encode(results)) == results
True

Anything that is not a ``Pledge`` or a ``Problem`` (an extractor of one's own may return other
records) travels as it is, in a one-item list.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Sequence
from typing import Any

from aidledger.model import Pledge, Problem, Provenance

__all__ = ["Wire", "decode", "encode"]

Results = list[tuple[list[Pledge], list[Problem]]]
#: ``(units, [(pledge rows, problem rows) per document])``: what ``encode`` returns.
Wire = tuple[list[Any], list[tuple[list[Any], list[Any]]]]

_PLEDGE = tuple(f.name for f in dataclasses.fields(Pledge))
_PROBLEM = tuple(f.name for f in dataclasses.fields(Problem))
_P_SOURCE, _P_QUANTITY = _PLEDGE.index("source"), _PLEDGE.index("quantity")
_X_SOURCE = _PROBLEM.index("source")


def _quantity_type() -> type:
    from aidledger.units import ureg

    return ureg.Quantity


def encode(results: Sequence[tuple[Sequence[Any], Sequence[Any]]]) -> Wire:
    """``(pledges, problems)`` of each document as wire rows (see the module's text)."""
    quantity = _quantity_type()
    units: list[Any] = []
    unit_number: dict[Any, int] = {}

    def pledge_row(p: Any) -> Any:
        if type(p) is not Pledge:
            return [p]
        row = [getattr(p, name) for name in _PLEDGE]
        s = p.source
        row[_P_SOURCE] = (s.doc_id, s.start, s.end, s.quote)
        q = p.quantity
        if q is not None:
            if isinstance(q, quantity):
                n = unit_number.get(q.units)
                if n is None:
                    n = unit_number[q.units] = len(units)
                    units.append(q.units)
                row[_P_QUANTITY] = (q.magnitude, n)
            else:
                row[_P_QUANTITY] = (q, None)
        return tuple(row)

    def problem_row(x: Any) -> Any:
        if type(x) is not Problem:
            return [x]
        row = [getattr(x, name) for name in _PROBLEM]
        s = x.source
        if s is not None:
            row[_X_SOURCE] = (s.doc_id, s.start, s.end, s.quote)
        return tuple(row)

    return units, [([pledge_row(p) for p in pledges], [problem_row(x) for x in problems])
                   for pledges, problems in results]


def decode(wire: Wire) -> Results:
    """The ``(pledges, problems)`` of each document that ``encode`` was given, equal to them.

    The cyclic garbage collector is paused while the records are built: they hold no reference
    cycles, so a collection finds nothing to free, but the tens of thousands of objects a batch
    allocates would otherwise trigger collections that walk the whole heap of the receiving process
    (in a Dask client, the scheduler's state too), costing as much as the building itself."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _decode(wire)
    finally:
        if paused:
            gc.enable()


def _decode(wire: Wire) -> Results:
    units, rows = wire
    quantity = _quantity_type() if units else None

    def pledge(row: Any) -> Any:
        if type(row) is list:
            return row[0]
        values = list(row)
        values[_P_SOURCE] = Provenance(*values[_P_SOURCE])
        q = values[_P_QUANTITY]
        if q is not None:
            magnitude, n = q
            values[_P_QUANTITY] = magnitude if n is None else quantity(magnitude, units[n])  # type: ignore[misc]
        return Pledge(*values)

    def problem(row: Any) -> Any:
        if type(row) is list:
            return row[0]
        values = list(row)
        if values[_X_SOURCE] is not None:
            values[_X_SOURCE] = Provenance(*values[_X_SOURCE])
        return Problem(*values)

    return [([pledge(r) for r in pledge_rows], [problem(r) for r in problem_rows])
            for pledge_rows, problem_rows in rows]
