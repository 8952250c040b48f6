"""Find physical quantities and ammunition counts in news text, each with its exact character span.

A quantity is a number (see :mod:`aidledger.mentions.numbers`) directly followed by a unit: with a
space, no space, or a hyphen (``155 mm``, ``155mm``, ``155-mm``, ``155-millimetre``,
``40-kilometer``).  The magnitude is a pint quantity from the package registry
(``aidledger.units.Q_``).

>>> [(q.text, str(q.quantity), q.kind) for q in find_quantities("155mm shells with a range of 40 km")]
[('155mm', '155 millimeter', 'length'), ('40 km', '40 kilometer', 'length')]

Ammunition counts.  ``rounds``, ``shells``, ``cartridges`` (optionally preceded by ``artillery``,
``mortar``, ``tank`` or ``ammunition``, optionally followed by ``of ammunition``) and
``pieces of ammunition`` give kind ``count`` with unit ``round``; ``units``/``pieces``/``systems``
give ``unit``, ``batteries`` give ``battery``.  Only the words right after the number count
(``12,400 new rounds`` is not a quantity).

>>> [(q.text, str(q.quantity)) for q in find_quantities("300,000 rounds and 70,000 pieces of ammunition")]
[('300,000 rounds', '300000 round'), ('70,000 pieces of ammunition', '70000 round')]

Calibres written ``7.62×39mm`` or ``12.7x108 mm`` are the first number in millimetres.  A decimal
comma is read before a unit only (``2,5 tons`` → 2.5 t).  ``tons`` means the metric tonne (news about
aid deliveries almost always does).  Numbers right after a currency sign (``$40m``) are never
quantities.  Not handled (deliberately): compound units (``5 ft 2 in``), ranges (``8- to 16-meter``),
areas and volumes written with exponents (``km2``), temperatures, ``in`` as inches.

Conversions.  A quantity in brackets right after another one of the same dimension
(``40 km (25 miles)``) is its ``conversion`` and is not returned at top level;
:func:`conversion_agrees` checks it:

>>> q, = find_quantities("a range of 9 kilometres (6 miles)")
>>> q.conversion.text, conversion_agrees(q)
('6 miles', True)

Agreement means: the converted value is within ``tolerance`` (relative) of the stated one, or it
rounds to the stated value at the stated precision (``6 miles`` means 5.5-6.5 miles).
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import NamedTuple

import pint

from aidledger.mentions.numbers import (
    NumberMention,
    clean_decimal,
    find_numbers,
    first_non_overlapping,
    nest_conversions,
)
from aidledger.units import Q_, ureg

__all__ = ["QuantityMention", "find_quantities", "conversion_agrees"]


class QuantityMention(NamedTuple):
    start: int
    end: int
    text: str
    quantity: pint.Quantity
    kind: str
    conversion: QuantityMention | None


# (surface regex, pint unit, case-sensitive?)  -- ordered: longer / more specific forms first
_UNIT_FORMS: list[tuple[str, str, bool]] = [
    # speed
    (r"(?:kilomet(?:re|er)s?|km)(?:\s+(?:per|an|a)\s+hour|/h(?:r|our)?)|kph|km/h", "kilometer / hour", False),
    (r"miles?\s+(?:per|an)\s+hour|mph", "mile / hour", False),
    (r"knots?", "knot", False),
    # ammunition and materiel counts
    (
        r"(?:(?:artillery|mortar|tank|ammunition|ammo)\s+)?(?:rounds?|shells?|cartridges?)"
        r"(?:\s+of\s+(?:artillery\s+)?(?:ammunition|ammo))?|(?:pieces?|rounds?|units?)\s+of\s+(?:ammunition|ammo)",
        "round",
        False,
    ),
    (r"units?|pieces?|systems?", "unit", False),
    (r"batter(?:y|ies)", "battery", False),
    # length
    (r"millimet(?:re|er)s?", "millimeter", False),
    (r"mm", "millimeter", True),
    (r"nanomet(?:re|er)s?", "nanometer", False),
    (r"nm", "nanometer", True),
    (r"centimet(?:re|er)s?", "centimeter", False),
    (r"cm", "centimeter", True),
    (r"kilomet(?:re|er)s?", "kilometer", False),
    (r"kms?", "kilometer", True),
    (r"nautical\s+miles?", "nautical_mile", False),
    (r"nmi", "nautical_mile", True),
    (r"met(?:re|er)s?", "meter", False),
    (r"m", "meter", True),
    (r"miles?", "mile", False),
    (r"mi", "mile", True),
    (r"feet|foot", "foot", False),
    (r"ft", "foot", True),
    (r"inch(?:es)?", "inch", False),
    (r"yards?", "yard", False),
    (r"yds?", "yard", True),
    # mass
    (r"(?:metric\s+)?(?:tonnes?|tons?)", "metric_ton", False),
    (r"t", "metric_ton", True),
    (r"kilo(?:gram(?:me)?s?|s)?", "kilogram", False),
    (r"kgs?", "kilogram", True),
    (r"milligram(?:me)?s?", "milligram", False),
    (r"mg", "milligram", True),
    (r"gram(?:me)?s?", "gram", False),
    (r"g", "gram", True),
    (r"pounds?", "pound", False),
    (r"lbs?", "pound", True),
    # volume
    (r"millilit(?:re|er)s?", "milliliter", False),
    (r"ml", "milliliter", True),
    (r"centilit(?:re|er)s?", "centiliter", False),
    (r"cl", "centiliter", True),
    (r"lit(?:re|er)s?", "liter", False),
    (r"[lL]", "liter", True),
    (r"gallons?", "gallon", False),
    (r"barrels?", "oil_barrel", False),
    (r"bbl", "oil_barrel", True),
    (r"cubic\s+met(?:re|er)s?", "meter ** 3", False),
    # time
    (r"seconds?|secs?", "second", False),
    (r"minutes?|mins?", "minute", False),
    (r"hours?|hrs?", "hour", False),
    (r"days?", "day", False),
    (r"weeks?", "week", False),
    (r"months?", "month", False),
    (r"years?|yrs?", "year", False),
]

_KINDS = [
    ("length", "[length]"),
    ("mass", "[mass]"),
    ("volume", "[length] ** 3"),
    ("speed", "[length] / [time]"),
    ("time", "[time]"),
    ("count", "[ammunition]"),
    ("count", "[materiel]"),
    ("count", "[battery]"),
]

_UNIT_RE = re.compile(
    r"(?:[\s\u00a0]?[\-‐‑][\s\u00a0]?|[\s\u00a0]+)?(?:"
    + "|".join(f"(?P<u{i}>{rx if cs else f'(?i:{rx})'})" for i, (rx, _, cs) in enumerate(_UNIT_FORMS))
    + r")(?![\w/^²³])(?![\s\u00a0]+(?:squared|cubed)\b)(?![\-‐‑]\d)"
)
# (the last lookahead: a unit symbol with a hyphen and a digit after it is a model's designation: "4 L-39 jets",
# "six L-119 guns" count aircraft and guns, no litres)
# "(?<![\w.,])(\d{1,3}..." written with the lookbehind after the first digit ("\d(?<![\w.,]\d)\d{0,2}":
# the character before the digit is none of [\w.,]), so that Python's ``re`` skips to the digits at C
# speed instead of trying the lookbehind at every position; the groups and matches are the same.
_CALIBRE_RE = re.compile(
    r"(\d(?<![\w.,]\d)\d{0,2}(?:\.\d+)?)[\s\u00a0]?[x×][\s\u00a0]?\d{1,3}(?:\.\d+)?[\s\u00a0]?mm\b"
)
_DECIMAL_COMMA_RE = re.compile(r"(\d(?<![\w.,]\d)\d{0,2}),(\d{1,2})(?![\d,.])")
_CURRENCY_BEFORE = re.compile(r"[$€£¥₩₴₺₹₽₪][\s\u00a0]?\Z|[A-Z]{3}[\s\u00a0]?\Z")
_OPEN_CONV = re.compile(
    r"[\s\u00a0]*\([\s\u00a0]*(?:(?:about|around|approx\.|approximately|roughly|some|or|c\.|ca\.|nearly|almost)"
    r"[\s\u00a0]+)?",
    re.IGNORECASE,
)
_CLOSE_CONV = re.compile(r"[\s\u00a0]*\)")
_SCALE_WORD = re.compile(r"(?i)million|billion|trillion|\d[\s\u00a0]?(?:bn|mn|mln|bln|tn|trn)$")


@cache
def _unit(i: int) -> pint.Unit:
    return ureg.Unit(_UNIT_FORMS[i][1])


@cache
def _kind_of_unit(i: int) -> str:
    dim = _unit(i).dimensionality
    for kind, d in _KINDS:
        if dim == ureg.get_dimensionality(d):
            return kind
    return "other"


def _magnitude(v):
    v = clean_decimal(v)
    return int(v) if v == v.to_integral_value() else float(v)


def _from_number(text: str, n: NumberMention) -> QuantityMention | None:
    um = _UNIT_RE.match(text, n.end)
    if um is None:
        return None
    if n.start and _CURRENCY_BEFORE.search(text, max(0, n.start - 4), n.start):
        return None
    i = int(um.lastgroup[1:])
    if _UNIT_FORMS[i][1] == "pound" and _SCALE_WORD.search(n.text):
        return None  # "two and a half billion pounds" is money (see money.py), not a weight
    s, e = n.start, um.end()
    return QuantityMention(s, e, text[s:e], Q_(_magnitude(n.value), _unit(i)), _kind_of_unit(i), None)


def _extra_numbers(text: str) -> list[tuple[NumberMention, int]]:
    """Calibres (``7.62×39mm``: number, span end) and decimal-comma numbers before a unit (``2,5 t``)."""
    from decimal import Decimal

    out: list[tuple[NumberMention, int]] = []
    if "x" in text or "×" in text:
        for m in _CALIBRE_RE.finditer(text):
            n = NumberMention(m.start(1), m.end(1), m.group(1), Decimal(m.group(1)), False, "digits")
            out.append((n, m.end()))
    if "," in text:
        for m in _DECIMAL_COMMA_RE.finditer(text):
            if _UNIT_RE.match(text, m.end()):
                v = Decimal(f"{m.group(1)}.{m.group(2)}")
                out.append((NumberMention(m.start(), m.end(), m.group(), v, False, "digits"), -1))
    return out


def find_quantities(text: str) -> list[QuantityMention]:
    """All quantities in ``text``, sorted by start, non-overlapping, bracketed conversions nested."""
    if not text:
        return []
    cands: list[QuantityMention] = []
    for n in find_numbers(text):
        q = _from_number(text, n)
        if q is not None:
            cands.append(q)
    for n, end in _extra_numbers(text):
        if end >= 0:  # calibre: whole "7.62×39mm" is the span
            cands.append(
                QuantityMention(
                    n.start, end, text[n.start : end], Q_(_magnitude(n.value), "millimeter"), "length", None
                )
            )
        else:
            q = _from_number(text, n)
            if q is not None:
                cands.append(q)
    if not cands:
        return []
    out = first_non_overlapping(cands)
    return _attach_conversions(text, out) if len(out) > 1 else out


def _attach_conversions(text: str, qs: list[QuantityMention]) -> list[QuantityMention]:
    def accepts(om: re.Match[str], q: QuantityMention, nxt: QuantityMention) -> bool:
        return bool(_CLOSE_CONV.match(text, nxt.end)) and q.quantity.dimensionality == nxt.quantity.dimensionality

    return nest_conversions(text, qs, _OPEN_CONV, accepts)


def _half_step(text: str) -> float:
    """Half a unit of the last written digit of the number in ``text`` (``6`` → 0.5, ``2.5`` → 0.05)."""
    m = re.search(r"\d[\d,\u00a0\u2009\u202f ]*(?:\.(\d+))?", text)
    if not m:
        return 0.0
    return 0.5 * 10 ** (-len(m.group(1))) if m.group(1) else 0.5


def conversion_agrees(q: QuantityMention, tolerance: float = 0.05) -> bool | None:
    """Does the bracketed equivalent agree with ``q``?  None when there is no conversion.

    >>> q, = find_quantities("40 km (25 miles)")
    >>> conversion_agrees(q)
    True
    >>> q, = find_quantities("40 km (15 miles)")
    >>> conversion_agrees(q)
    False
    """
    c = q.conversion
    if c is None:
        return None
    try:
        expected = q.quantity.to(c.quantity.units).magnitude
    except pint.DimensionalityError:
        return False
    stated = float(c.quantity.magnitude)
    if math.isclose(expected, stated, rel_tol=tolerance):
        return True
    words = re.search(r"\d", c.text) is None
    return not words and abs(expected - stated) <= _half_step(c.text) + 1e-12
