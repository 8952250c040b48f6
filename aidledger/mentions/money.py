"""Find amounts of money in news text, each with its exact character span and currency.

A money mention is a number (see :mod:`aidledger.mentions.numbers`) with a currency written right
before it (``€200 million``, ``US$7 billion``, ``SEK 4.3 billion``, ``CHF100 million``,
``$CAN406 million``) or right after it (``200 million euros``, ``4.3 billion Swedish kronor``,
``200 million USD``, ``15 €``).  Currency forms come from ``data/currencies.csv``; three-letter codes
are matched case-sensitively, currency words case-insensitively.

>>> for m in find_money("€200 million and 450 million dollars"):
...     print(m.text, m.amount, m.currency, m.explicit)
€200 million 200000000 EUR True
450 million dollars 450000000 USD False

Multipliers after a currency sign include the bare letters: ``$500m``, ``€10M``, ``$2.174T``.

>>> [(m.text, m.amount) for m in find_money("a $500m loan, €2.6bn, CAN$90 million")]
[('$500m', Decimal('500000000')), ('€2.6bn', Decimal('2600000000')), ('CAN$90 million', Decimal('90000000'))]

Guarded words.  ``pounds`` and ``won`` are money only with a scale (``two and a half billion
pounds``, ``1 trillion won``); ``500 pounds`` is a weight and ``3 won`` is not a price.

>>> [m.text for m in find_money("a 500 pounds bomb; two and a half billion pounds")]
['two and a half billion pounds']

Conversions.  A money mention in brackets right after another one, optionally introduced by
``about``/``around``/``approx.``/``roughly``/``or``/``some``/``c.``, or set off by dashes as
``— or $217 million —``, is the first one's ``conversion`` and is not returned at top level.
The top-level span does not include the bracket.

>>> m, = find_money("Berlin pledged €200 million ($217 million) on Friday")
>>> m.text, m.conversion.text, m.conversion.currency
('€200 million', '$217 million', 'USD')

A scaled number with no currency of its own right before a bracketed amount in another currency
takes the currency of the amount before it in the paragraph, and the bracket is its conversion:

>>> found = find_money("C$3 million ($2.2 million) now and 13 million ($9.5 million) later")
>>> [(m.text, m.currency, m.conversion.text) for m in found]
[('C$3 million', 'CAD', '$2.2 million'), ('13 million', 'CAD', '$9.5 million')]

A further amount with no currency at all (``another billion for purchases``, ``a further 1.5 billion``)
takes the currency of the last amount before it.

Approximation.  The qualifiers of the number parser (``about``, ``up to``, ``more than`` ...) right
before the whole expression (``about $5bn``, ``more than 2 billion kroner``) set ``approximate``.

Currency resolution (:func:`resolve_currency`).
  * ``explicit`` mentions (``US$``, ``USD``, ``€``, ``euros``, ``£``, ``CAN$``, ``C$``, ``A$``,
    ``SEK``, ``Canadian dollars``, ``Swiss francs``, ``zloty`` ...) keep ``m.currency``.
  * an ambiguous form belongs to a family (``$``/``dollars`` → dollar, ``kroner``/``krone``/
    ``kronor``/``krona``/``crowns``/``kr`` → krone, ``pounds`` → pound, ``francs`` → franc,
    ``¥`` → yen, ``lira`` → lira); when the donor's own currency (``data/donor_currencies.csv``) is
    in that family, it is the answer (CAN ``$`` → CAD, AUS → AUD, NZL → NZD, USA → USD; DNK
    ``kroner`` → DKK, NOR → NOK, SWE → SEK, CZE → CZK, ISL → ISK);
  * otherwise the form's default guess: ``$``/``dollars`` → USD, ``pounds`` → GBP,
    ``francs`` → CHF, ``¥`` → JPY, krone words → None.

>>> m, = find_money("2.3 billion kroner")
>>> m.currency, resolve_currency(m, "NOR"), resolve_currency(m, "DEU")
(None, 'NOK', None)
>>> m, = find_money("$500 million")
>>> resolve_currency(m, "CAN"), resolve_currency(m, "FRA"), resolve_currency(m, None)
('CAD', 'USD', 'USD')

Not money: a currency sign with no number after it (``$``), a number glued to letters (``Su-25``).
"""

from __future__ import annotations

import csv
import re
from decimal import Decimal
from typing import NamedTuple

from aidledger.mentions.numbers import (
    NumberMention,
    approx_before,
    clean_decimal,
    find_numbers,
    nest_conversions,
)
from aidledger.resources import data_path

__all__ = ["MoneyMention", "find_money", "resolve_currency", "currency_family", "currency_names"]


class MoneyMention(NamedTuple):
    start: int
    end: int
    text: str
    amount: Decimal
    currency: str | None
    explicit: bool
    symbol: str
    approximate: bool
    conversion: MoneyMention | None


class _Form(NamedTuple):
    form: str
    iso: str | None
    explicit: bool
    family: str
    position: str
    kind: str
    guard: str


def _load_forms() -> list[_Form]:
    out = []
    with open(data_path("currencies.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.append(
                _Form(
                    r["form"],
                    r["iso"] or None,
                    r["explicit"] == "1",
                    r["family"],
                    r["position"],
                    r["kind"],
                    r.get("guard") or "",
                )
            )
    return out


_FORMS = _load_forms()
_BY_FORM_CS = {f.form: f for f in _FORMS if f.kind != "word"}
_BY_FORM_CI = {f.form.lower(): f for f in _FORMS if f.kind == "word"}
_ISO_FAMILY = {f.iso: f.family for f in _FORMS if f.kind == "code" and f.iso}


def currency_names() -> frozenset[str]:
    """The currencies' names as prose writes them (``data/currencies.csv``): every family ("euro", "dollar") and
    every one-word form in lower case, without a plural ``s`` ("hryvnia", "sterling", "krona")."""
    return frozenset({f.family for f in _FORMS if f.family}
                     | {f.form.lower().removesuffix("s") for f in _FORMS if f.kind == "word" and " " not in f.form})


def _donors() -> dict[str, str]:
    with open(data_path("donor_currencies.csv"), newline="", encoding="utf-8") as fh:
        return {r["country"].strip().upper(): r["currency"].strip() for r in csv.DictReader(fh)}


_DONOR_CURRENCY = _donors()


def _form_regex(form: str) -> str:
    parts = [re.escape(p) for p in form.split(" ")]
    return r"[\s\u00a0]*".join(parts) if form[-1] == "$" else r"[\s\u00a0]+".join(parts)


def _alternation(forms: list[_Form], *, lookbehind: bool = True) -> str:
    forms = sorted(forms, key=lambda f: len(f.form), reverse=True)
    out = []
    for f in forms:
        rx = _form_regex(f.form)
        if f.kind == "word":
            rx = f"(?i:{rx})"
        if f.form[0].isalpha() and lookbehind:
            rx = r"(?<![A-Za-z])" + rx
        out.append(rx)
    return "|".join(out)


_PREFIX_FORMS = [f for f in _FORMS if f.position in ("prefix", "both")]
_SUFFIX_FORMS = [f for f in _FORMS if f.position in ("suffix", "both")]
# prefix: searched in a short window ending at the number; the leftmost hit is the longest form. As for
# the suffix below, the forms starting with a letter are one group behind one "(?<![A-Za-z])": written
# before each form, the lookbehind made ``re`` enter every alternative at every place of the window.
_PREFIX_RE = re.compile(
    r"(?:(?<![A-Za-z])(?:"
    + (_alternation([f for f in _PREFIX_FORMS if f.form[0].isalpha()], lookbehind=False) or "(?!)")
    + r")|(?:" + (_alternation([f for f in _PREFIX_FORMS if not f.form[0].isalpha()]) or "(?!)")
    + r"))[\s\u00a0]?\Z"
)
# suffix: matched at the number's end ("200 million euros", "15 €", "200 million USD")
# The forms starting with a letter are one group behind one "(?<![A-Za-z])", the others another:
# written before each form, the lookbehind made ``re`` enter every alternative at every number. At a
# place only one group can match (its first character is a letter or not), and each keeps its order.
_SUFFIX_RE = re.compile(
    r"(?:[\s\u00a0]*[\-‐‑]?[\s\u00a0]*)(?P<cur>(?<![A-Za-z])(?:"
    + (_alternation([f for f in _SUFFIX_FORMS if f.form[0].isalpha()], lookbehind=False) or "(?!)")
    + r")|(?:" + (_alternation([f for f in _SUFFIX_FORMS if not f.form[0].isalpha()]) or "(?!)")
    + r"))(?![A-Za-z])"
)
_SCALED = re.compile(r"(?i)thousand|million|billion|trillion|lakh|crore|"
                     r"\d[\s\u00a0]?(?:bn|mn|mln|bln|mld|mlrd|tn|trn|k|m|b|t)$")
_OPEN_CONV = re.compile(
    r"[\s\u00a0]*(?:[(\[]|[\-–—][\s\u00a0]*or\b|,[\s\u00a0]*or\b|(?P<loose>[\-–—,]))[\s\u00a0]*"
    r"(?P<approx>(?:about|around|approx\.?|approximately|app\.|appr\.|roughly|some|or|c\.|ca\.?|circa|nearly|almost|"
    r"equivalent\s+to|"
    r"equal\s+to|the\s+equivalent\s+of)[\s\u00a0]+)?",
    re.IGNORECASE,
)
_CLOSE_CONV = re.compile(r"[\s\u00a0]*(?:[)\]]|[\-–—]|,|\.|$)")
_QUICK = re.compile(
    r"[$€£¥₩₴₺₹₽₪]|zł|Kč|Rs|[A-Z]{3}|\bkr\b|(?i:dollar|euro|pound|sterling|yen|won|franc|kron|krona|crown"
    r"|korun|zlot|forint|lei|lev|lira|hryvn|roubl|rubl|yuan|renminbi|rupee|shekel)"
)


# ``_QUICK.search(text)`` as separate searches, cheapest first: Python's ``re`` skips to a currency
# sign, a capital or the literal "kr" at C speed, while the whole alternation is tried at every
# position. A text has a match of the alternation exactly when one of its alternatives matches.
_QUICK_PARTS = (
    re.compile(r"[$€£¥₩₴₺₹₽₪]"),
    re.compile(r"zł|Kč|Rs"),
    re.compile(r"[A-Z][A-Z]{2}"),  # [A-Z]{3}
    re.compile(r"kr\b(?<=\bkr)"),  # \bkr\b
    re.compile(r"(?i:dollar|euro|pound|sterling|yen|won|franc|kron|krona|crown|korun|zlot|forint|lei|lev|lira|hryvn"
               r"|roubl|rubl|yuan|renminbi|rupee|shekel)"),
)


def _quick(text: str) -> bool:
    """``_QUICK.search(text) is not None``: a currency sign, code or word somewhere in ``text``."""
    return any(part.search(text) for part in _QUICK_PARTS)


def _lookup(form_text: str) -> _Form | None:
    norm = re.sub(r"[\s\u00a0]+", " ", form_text)
    return _BY_FORM_CS.get(norm) or _BY_FORM_CS.get(norm.replace(" ", "")) or _BY_FORM_CI.get(norm.lower())


# The last character of every prefix form (none is a case-insensitive word): a prefix currency ends
# with one of them right before the number or before one white space character there. Where neither
# character is one, ``_PREFIX_RE`` cannot match and is not searched (None: always searched).
_PREFIX_LAST = (frozenset(f.form[-1] for f in _PREFIX_FORMS)
                if all(f.kind != "word" and not f.form[-1].isspace() for f in _PREFIX_FORMS) else None)


def _prefix_possible(text: str, start: int) -> bool:
    last = _PREFIX_LAST
    if last is None:
        return True
    ch = text[start - 1]
    return ch in last or (ch.isspace() and start >= 2 and text[start - 2] in last)  # isspace() is ``\s``


def _money_from_number(text: str, n: NumberMention) -> MoneyMention | None:
    # prefix currency
    if n.start > 0 and _prefix_possible(text, n.start):
        pm = _PREFIX_RE.search(text, max(0, n.start - 8), n.start)
        if pm:
            raw = pm.group().rstrip(" \u00a0")
            f = _lookup(raw)
            if f is not None:
                s, e = pm.start(), n.end
                return MoneyMention(
                    s, e, text[s:e], n.value, f.iso, f.explicit, raw, approx_before(text, s), None
                )
    sm = _SUFFIX_RE.match(text, n.end)
    if sm:
        raw = sm.group("cur")
        f = _lookup(raw)
        if f is None:
            return None
        if f.guard == "scale" and not _SCALED.search(n.text):
            return None
        s, e = n.start, sm.end()
        return MoneyMention(s, e, text[s:e], n.value, f.iso, f.explicit, raw, n.approximate, None)
    return None


def _attach_conversions(text: str, ms: list[MoneyMention]) -> list[MoneyMention]:
    def accepts(om: re.Match[str], m: MoneyMention, nxt: MoneyMention) -> bool:
        if not om.group().strip():
            return False
        if om.group("loose") and (not om.group("approx") or nxt.currency == m.currency):
            return False  # "€100 million, roughly $108 million,": a comma or dash needs "about" and another currency
        opened = om.group().lstrip(" \u00a0")[0]
        cm = _CLOSE_CONV.match(text, nxt.end)
        closing = {"(": ")", "[": "]"}.get(opened)
        return bool(cm) and (closing is None or cm.group().strip() == closing)

    return nest_conversions(text, ms, _OPEN_CONV, accepts)


_RANGE_SCALE = re.compile(r"\s*(?:-|–|to)\s*\d[\d.,]*\s*(thousand|million|billion|trillion|bn|mn|m|k)\b", re.I)
_SCALE_OF = {"thousand": 1000, "k": 1000, "million": 10**6, "mn": 10**6, "m": 10**6,
             "billion": 10**9, "bn": 10**9, "trillion": 10**12}


def _range_scaled(text: str, m: MoneyMention) -> MoneyMention:
    """"£100-150 million", "€2 to 3 billion": the scale written once after a range is the first
    figure's too; the mention is the range's lower bound and spans the whole range."""
    if m.end < len(text) and text[m.end - 1].isdigit():
        r = _RANGE_SCALE.match(text, m.end)
        if r is not None:
            scale = _SCALE_OF[r.group(1).lower()]
            return m._replace(end=r.end(), text=text[m.start:r.end()], amount=m.amount * scale, approximate=True)
    return m


def find_money(text: str) -> list[MoneyMention]:
    """All money mentions in ``text``, sorted by start, non-overlapping, conversions nested."""
    if not text:
        return []
    # A text with no currency sign, code or word has no money. That is checked only when it matters
    # (the numbers are found for the quantities and the counts anyway); a failure on such a text
    # gives no money, as when it was checked first.
    out: list[MoneyMention] = []
    bare: list[NumberMention] = []  # scaled numbers with no currency of their own
    last_end = -1
    try:
        for n in find_numbers(text):
            m = _money_from_number(text, n)
            if m is None or m.start < last_end:
                if m is None and n.start >= last_end and _SCALED.search(n.text):
                    bare.append(n)
                continue
            m = _range_scaled(text, m)
            out.append(m._replace(amount=clean_decimal(m.amount)))
            last_end = m.end
    except Exception:
        if not _quick(text):
            return []
        raise
    if not out or not _quick(text):
        return []
    out = _attach_conversions(text, out) if len(out) > 1 else out
    out = _elided_currency(text, out, bare) if bare and len(out) > 1 else out
    out = _breakdown_currency(text, out, bare) if bare else out
    return _another_amount(text, out)


# "..., of them 1 billion for ...", "..., from which 500 million - for ...", "..., including 2 billion for ...": the
# lead of a breakdown of the amount before
_BREAKDOWN_LEAD = re.compile(r"\b(?:(?:of|from)\s+(?:them|which|it|this|that|these)|including|among\s+them)\b", re.I)
_BREAKDOWN_REACH = 200
_SENTENCE_END = re.compile(r"[.!?]\s")
# "puts 2.4 billion of it into ...": the part's lead right after it
_OF_IT_AFTER = re.compile(r"\s+of\s+(?:it|that|this|them|the\s+(?:total|sum|amount|money|package))\b", re.I)


def _breakdown_currency(text: str, ms: list[MoneyMention], bare: list[NumberMention]) -> list[MoneyMention]:
    """'1.5 billion kroner for air defence, of them 1 billion for missiles and 500 million for repairs': a scaled
    number with no currency, after the lead of a breakdown of an amount before it in its sentence, smaller than
    that amount, is a part of it, in its currency (the way translations write the parts). The amount may close
    the sentence before when the part's own sentence has the lead ("... EUR 2 billion for 2025. Of that, we will
    spend 300 million on shells"; "The plan puts 1.8 billion of it towards air defence")."""
    added = []
    for n in bare:
        if any(x.start < n.end and n.start < x.end for x in ms):
            continue
        prev = [x for x in ms if x.end <= n.start and n.start - x.end <= _BREAKDOWN_REACH and x.conversion is None]
        if not prev:
            continue
        p = prev[-1]
        gap = text[p.end:n.start]
        if "\n" in gap or n.value >= p.amount:
            continue
        ends = [x.end() for x in _SENTENCE_END.finditer(gap)]
        if len(ends) > 1:
            continue
        # the lead in the part's own sentence: "... EUR 2 billion for 2025. Of that, 300 million will go to shells",
        # "EUR 9 billion for Ukraine. The plan puts 1.8 billion of it towards air defence and 1.1 billion into ..."
        if not (_BREAKDOWN_LEAD.search(gap, ends[-1] if ends else 0) or _OF_IT_AFTER.match(text, n.end)):
            continue
        added.append(MoneyMention(n.start, n.end, n.text, clean_decimal(n.value), p.currency, p.explicit, p.symbol,
                                  n.approximate, None))
    return sorted(ms + added, key=lambda x: x.start) if added else ms


_ELIDED_REACH = 300
_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+(?P<num>\d+(?:[.,]\d+)?\s*)?"
                      r"(?P<scale>million|billion|bn|mn)\b(?=\s*(?:for|to|in|on|from|towards?|into|[,.;:—–]|$))", re.I)


def _another_amount(text: str, ms: list[MoneyMention]) -> list[MoneyMention]:
    """'... NOK 3 billion ... a further billion will go to air defence': a
    further amount written without its currency is in the currency of the amount before it."""
    if "illion" not in text and "bn" not in text and "mn" not in text:
        return ms
    added = []
    for a in _ANOTHER.finditer(text):
        start = a.start("num") if a.group("num") else a.start("scale")
        if any(x.start < a.end() and start < x.end for x in ms):
            continue
        before = [x for x in ms if x.end <= start]
        if not before:
            continue
        p = before[-1]
        number = Decimal(a.group("num").strip().replace(",", ".")) if a.group("num") else Decimal(1)
        amount = clean_decimal(number * _SCALE_OF[a.group("scale").lower()])
        added.append(MoneyMention(start, a.end(), text[start:a.end()], amount, p.currency, p.explicit, p.symbol,
                                  False, None))
    return sorted(ms + added, key=lambda x: x.start) if added else ms


def _elided_currency(text: str, ms: list[MoneyMention], bare: list[NumberMention]) -> list[MoneyMention]:
    """'3 million Canadian dollars ($2.2 million) for drones and 13 million ($9.5 million) for shells':
    a scaled number with no currency, followed by an amount in brackets in another currency (its
    conversion), is an amount in the currency of the amount before it in the same paragraph."""
    added, taken = [], set()
    for n in bare:
        om = _OPEN_CONV.match(text, n.end)
        if om is None or om.group("loose") or om.group().lstrip(" \u00a0")[:1] not in "([":
            continue
        nxt = next((x for x in ms if x.start == om.end() and x.conversion is None), None)
        prev = [x for x in ms if x.end <= n.start and n.start - x.end <= _ELIDED_REACH
                and "\n" not in text[x.end:n.start]]
        cm = _CLOSE_CONV.match(text, nxt.end) if nxt is not None else None
        if nxt is None or not prev or cm is None or cm.group().strip() != {"(": ")", "[": "]"}[om.group().strip()[0]]:
            continue
        p = prev[-1]
        if p.symbol == nxt.symbol or (p.currency is not None and p.currency == nxt.currency):
            continue  # a conversion is into another currency
        taken.add(nxt.start)
        added.append(MoneyMention(n.start, n.end, n.text, clean_decimal(n.value), p.currency, p.explicit, p.symbol,
                                  n.approximate, nxt))
    ms = [x for x in ms if x.start not in taken]
    return sorted(ms + added, key=lambda x: x.start) if added else ms


def currency_family(m: MoneyMention) -> str | None:
    """Family of the form written (``dollar``, ``krone`` ...), None for an unknown form."""
    f = _lookup(m.symbol)
    return f.family if f else None


def resolve_currency(m: MoneyMention, donor: str | None) -> str | None:
    """ISO 4217 currency of ``m`` for a donor (ISO alpha-3, ``EU`` or ``NATO``); rules in the module doc."""
    if m.explicit:
        return m.currency
    fam = currency_family(m)
    if donor and fam:
        own = _DONOR_CURRENCY.get(donor.strip().upper())
        if own and _ISO_FAMILY.get(own) == fam:
            return own
    return m.currency
