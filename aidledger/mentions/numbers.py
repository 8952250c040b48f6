"""Find numbers in news text, each with its exact character span.

``find_numbers(text)`` returns :class:`NumberMention` tuples sorted by ``start`` and never overlapping;
``text[m.start:m.end] == m.text`` always holds.  Words, multipliers, fractions and the approximation
qualifiers come from ``data/number_words.csv`` (format in ``data/README.md``).

Rules
-----
Digit numerals.  ``12``, ``2.5``, comma groups ``1,500``, groups separated by a no-break, thin or
narrow no-break space (``1\u00a0500``), groups separated by ordinary spaces only when there are at
least two of them (``1 500 000``), or one before a count noun, a currency or the end of a line or
sentence (``"155 mm shells: 18 000"``; a single ``"12 155"`` before other words is two numbers):

>>> [(m.text, m.value) for m in find_numbers("1,500 troops, 2.5 tonnes and 1\u2009500 rounds")]
[('1,500', Decimal('1500')), ('2.5', Decimal('2.5')), ('1\u2009500', Decimal('1500'))]

European thousands dots.  ``1.500.000`` (two or more dot groups of exactly three digits) is always
1500000.  A single dot group (``50.000``) is thousands only when a count noun follows
(rounds, shells, troops, soldiers, ...); otherwise it is a decimal (``1.500`` = 1.5):

>>> [m.value for m in find_numbers("50.000 rounds, 1.500.000 shells, a 1.500 ratio")]
[Decimal('50000'), Decimal('1500000'), Decimal('1.5')]

Decimal commas.  One or two digits after a comma, right before a scale word (``7,1 billion``,
``1,25 bn``: European and Ukrainian writing), are decimals; three are a thousands group:

>>> [m.value for m in find_numbers("SEK 7,1 billion and 1,500 tanks")]
[Decimal('7100000000'), Decimal('1500')]

Multipliers.  A scale word after the digits (``1.5 million``, ``2 dozen``) or a glued suffix
(``300k``, ``2.5bn``, ``10 mn``) multiplies; the bare letters ``m``/``b``/``t`` (``$500m``, ``€10B``)
count as million/billion/trillion only straight after a currency sign or code, elsewhere they are
left alone (``500m`` is more likely metres) and only the digits are reported.

>>> [(m.text, m.value, m.kind) for m in find_numbers("$2.5bn for 300k shells, 1.5 million euros, 40m")]
[('2.5bn', Decimal('2500000000'), 'mixed'), ('300k', Decimal('300000'), 'mixed'), \
('1.5 million', Decimal('1500000'), 'mixed'), ('40', Decimal('40'), 'digits')]

Bullet counts.  ``31x M113`` → 31 (the ``x`` is in the span, kind ``mixed``).

Number words (case-insensitive).  ``nine``, ``twenty-five``, ``one hundred and twenty``, ``a hundred``,
``a million``, ``a dozen``, ``two dozen``, ``two and a half billion``, ``half a million``,
``two thirds``, ``a quarter of a million``.  Bare scale words need a leading number or ``a``/``an``
(``several hundred``, ``hundreds``, ``dozens`` are not numbers); ``a``/``an`` alone never are; the
fraction words after ``a``/``an`` need a following ``of`` (``a third of`` is 1/3, ``a third
tranche`` is an ordinal); ``a couple of`` and ``a pair of`` are 2 (``a couple of`` is approximate;
``pair of`` alone after ``a further``, ``another``, ``an additional``), and ``a couple of thousand`` /
``a couple of 1000s`` are 2000:

>>> [(m.text, m.value, m.approximate) for m in find_numbers("a couple of 1000s and two and a half billion")]
[('a couple of 1000s', Decimal('2000'), True), ('two and a half billion', Decimal('2500000000'), False)]
>>> [(m.text, m.value) for m in find_numbers("the first four of a dozen, half a million; dozens more")]
[('four', Decimal('4')), ('a dozen', Decimal('12')), ('half a million', Decimal('500000'))]

Not reported.  Ordinals (``25th``, ``first``, ``twenty-first``), digits glued after a letter or
after a letter+hyphen (``F-16``, ``MiG-29``, ``M777``, ``T-72``), digit runs with letters and then
digits (``2A4``, ``2S19``, ``4x4``), plurals (``1990s``, ``1000s``), times (``10:30``, ``2pm``,
``2 a.m.``), percentages (``5%``, ``5 per cent``, ``five percent``), digits after ``/`` (dates,
fractions) and numbers followed by ``[.,]digit`` that fit no grouping rule (``1,50``).  Digits
glued to a following unit are reported (``155mm`` → 155; the quantity parser adds the unit).
Digits glued after a currency code (``CHF100``, ``$CAN406``) are numbers.

>>> [m.text for m in find_numbers("F-16, MiG-29, Leopard 2A4, 25th, 10:30, 5%, 155mm, 2022")]
['155', '2022']

Approximation.  ``about``, ``around``, ``some``, ``up to``, ``nearly``, ``almost``, ``more than``,
``over``, ``at least``, ``~`` (and the other ``approx`` rows of the data file) directly before a
number set ``approximate``; they are never in the span.

>>> [(m.text, m.approximate) for m in find_numbers("about 300 tanks and 12 jets, ~40 drones")]
[('300', True), ('12', False), ('40', True)]

``kind`` is ``digits`` (a numeral alone), ``words`` (number words only: ``a dozen``, ``nine``) or
``mixed`` (digits with a word, suffix or marker: ``2.5bn``, ``1.5 million``, ``31x``,
``a couple of 1000s``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple, TypeVar

from aidledger.mentions.words import FirstWords, literal_trie
from aidledger.resources import data_path

__all__ = ["NumberMention", "find_numbers", "first_non_overlapping", "nest_conversions", "parse_number"]

M = TypeVar("M", bound=NamedTuple)


class NumberMention(NamedTuple):
    start: int
    end: int
    text: str
    value: Decimal
    approximate: bool
    kind: str


# --------------------------------------------------------------------------- data


def _dec(s: str) -> Decimal:
    if "/" in s:
        a, b = s.split("/")
        return Decimal(a) / Decimal(b)
    return Decimal(s)


class _Words:
    def __init__(self) -> None:
        self.by_kind: dict[str, dict[str, Decimal]] = {}
        self.approx: list[str] = []
        self.fraction_parts: dict[str, tuple[Decimal, Decimal]] = {}
        with open(data_path("number_words.csv"), newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                kind = row["kind"].strip()
                word = row["word"].strip()
                if kind == "approx":
                    self.approx.append(word)
                    continue
                self.by_kind.setdefault(kind, {})[word.lower()] = _dec(row["value"].strip())
                if kind == "fraction":
                    num, _, den = row["value"].strip().partition("/")
                    self.fraction_parts[word.lower()] = (Decimal(num), Decimal(den or 1))
        self.lookup: dict[str, tuple[str, Decimal]] = {}
        for kind in ("unit", "tens", "hundred", "scale", "dozen", "fraction"):
            for w, v in self.by_kind.get(kind, {}).items():
                self.lookup[w] = (kind, v)


W = _Words()


def _alt(words, *, sep: str = r"\s+") -> str:
    """Regex alternation of literal words/phrases, longest first (spaces match any whitespace run)."""
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(sep.join(re.escape(p) for p in w.split(" ")) for w in parts)


_CURRENCY_SIGNS = "$€£¥₩₴₺₹₽₪"


@lru_cache(maxsize=1)
def _currency_words() -> str:
    """Regex alternation of currency codes/words written after an amount (``euros``, ``USD``, ``€``)."""
    forms: set[str] = set()
    try:
        with open(data_path("currencies.csv"), newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row["position"] in ("suffix", "both"):
                    forms.add(row["form"])
    except FileNotFoundError:  # pragma: no cover - data file ships with the package
        pass
    return _alt(forms) or "(?!)"


@lru_cache(maxsize=1)
def _glued_currency_prefixes() -> tuple[str, ...]:
    """Currency prefixes ending in a letter, after which glued digits still count (``CHF100``)."""
    out: set[str] = set()
    try:
        with open(data_path("currencies.csv"), newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                form = row["form"]
                if row["position"] in ("prefix", "both") and form[-1:].isalpha() and " " not in form:
                    out.add(form)
    except FileNotFoundError:  # pragma: no cover - data file ships with the package
        pass
    return tuple(sorted(out))


# --------------------------------------------------------------------------- regexes

_SPACE_GROUP = "\u00a0\u2009\u202f"
# Invisible format characters (soft hyphen, zero-width space and joiners, word joiner, direction
# marks, BOM). Between two digits ("1<ZWSP>2") they make no count at all: the text shows "12" but
# holds two runs, and guessing 12, 1 or 2 would put a number in the ledger that the source does not
# plainly state (docs/reliability.md). Elsewhere they are ignored.
_FORMAT = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
_COUNT_NOUNS = (
    r"rounds|shells|cartridges|projectiles|missiles|mines|grenades|rockets|drones|troops|soldiers|"
    r"personnel|pieces|units|items|vehicles|people|men|tonnes|tons|litres|liters"
)
_COUNTED_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_COUNT_NOUNS})\b", re.I)
# "10.000 artillery shells", "9 000 rifles": a group of three zeros after a dot or a space before a
# word is thousands (no one writes a decimal as ".000"; "000" is no count of its own), unless the word
# is a unit or a scale
_NOT_COUNTED = (r"(?i:km|kg|mm|cm|m|t|mt|tonnes?|tons?|kilo\w*|met(?:er|re)s?|miles?|hours?|days?|years?|per|"
                r"percent|thousand|million|billion|trillion|bn|mn|mln|bln)")
_NUM_CORE = rf"""
(?:
    \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?
  | \d{{1,3}}(?:[{_SPACE_GROUP}]\d{{3}})+(?:\.\d+)?
  | \d{{1,3}}(?:\x20\d{{3}}){{2,}}
  | \d{{1,3}}\x20\d{{3}}(?=[\s\u00a0]*(?i:{_currency_words()}|{_COUNT_NOUNS})(?!\w))
  | \d{{1,3}}\x20\d{{3}}(?=[\x20\t]*(?:\n|\Z|[;.)](?:\s|\Z)))
  | \d{{1,3}}(?:\.\d{{3}}){{2,}}
  | \d{{1,3}}\.\d{{3}}(?=\s+(?:{_COUNT_NOUNS})\b)
  | \d{{1,3}}[.\x20]000(?=[\s\u00a0]+(?!{_NOT_COUNTED}\b)[A-Za-z])
  | \d{{1,3}},\d{{1,2}}(?=[\s\u00a0]+(?i:thousand|million|billion|trillion)\b|\x20?(?i:bn|mn|mln|bln|mld|mlrd)\b)
  | \d+(?:\.\d+)?
)(?!\d)(?![.,]\d)(?![{_FORMAT}]+\d)
"""
_LEADING_ZERO = re.compile(r"0\d")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def _lookbehind() -> str:
    by_len: dict[int, list[str]] = {}
    for p in _glued_currency_prefixes():
        by_len.setdefault(len(p), []).append(re.escape(p))
    extra = "".join(f"|(?<={'|'.join(v)})" for _, v in sorted(by_len.items()))
    return (rf"(?<!\d[{_FORMAT}])(?<!\d[{_FORMAT}][{_FORMAT}])"
            rf"(?:(?<![\w.,:/#№+^×\-‐‑–−])|(?<=[^\w][\-‐‑–−])|(?<=^[\-‐‑–−])|(?<=[\s(]\+)|(?<=^\+){extra})")


_SUFFIX = _alt(W.by_kind.get("suffix", {}))
_MONEY_SUFFIX = _alt(W.by_kind.get("money_suffix", {}))
_SCALE_WORDS = _alt(list(W.by_kind.get("scale", {})) + list(W.by_kind.get("hundred", {})))
_DOZEN = _alt(W.by_kind.get("dozen", {}))

_DIGITS_RE = re.compile(
    r"(?=\d)"
    + _lookbehind()
    + rf"(?P<num>{_NUM_CORE})"
    + r"(?:"
    + rf"(?P<suf>(?i:(?:{_SUFFIX})|\x20(?:bn|mn|mln|bln|mld|mlrd|trn)))(?![\w])"
    + rf"|(?P<msuf>(?i:{_MONEY_SUFFIX}))(?![\w])"
    + rf"|(?P<scale>(?:[\s\u00a0]+|[\-‐‑])(?i:(?:{_SCALE_WORDS})s?|{_DOZEN})\b"
    + rf"(?:(?:[\s\u00a0]+|[\-‐‑])(?i:{_SCALE_WORDS})\b)?)"
    + r"|(?P<x>[x×])(?=\s)"
    + r")?",
    re.VERBOSE,
)

_BAD_TAIL = re.compile(
    r"(?:st|nd|rd|th)\b|[A-Za-z]+\d|s\b|['’]s\b|:\d|/\d|\s?%|[\s\u00a0]?(?:per[\s\u00a0-]?cent|percent)\b"
    r"|e[-+−]?\d|\s?[×x]\s?10\b|\^",
    re.IGNORECASE,
)
_TIME_TAIL = re.compile(r"\s?(?:[ap]\.m\.|[ap]m\b)", re.IGNORECASE)
_TIME_NUM = re.compile(r"\d{1,2}(?:\.\d\d)?")
_PERCENT_TAIL = re.compile(r"[\s\u00a0]?(?:%|per[\s\u00a0-]?cent\b|percent\b)", re.IGNORECASE)

_NW = literal_trie(W.lookup)  # (no number word holds a space)
_WORD_RUN_RE = re.compile(
    rf"\b(?:(?:an?|half)[\s\-]+)*(?:{_NW})\b"
    rf"(?:(?:[\s\-]+|\s*[,&]\s*)(?:an?|and|of|half|{_NW})\b)*",
    re.IGNORECASE,
)
_TOKEN_RE = re.compile(r"[A-Za-z]+|[,&]")
# A run starts with "a", "an", "half" (each followed by a space or hyphen) or a number word followed by
# ``\b``: when the number words are plain words, that first word is a whole word of the text, and the
# run pattern is tried only at the starts of such words (``_word_runs``).
_RUN_FIRST = re.compile(rf"(?:an?|half|{_NW})", re.IGNORECASE)
_RUN_FIRST_WORDS = (FirstWords(lambda word: _RUN_FIRST.fullmatch(word) is not None)
                    if all(re.fullmatch(r"\w+", w) for w in W.lookup) else None)
_ORDINAL_AFTER = re.compile(
    r"[\s\-‐‑]*(?:first|second|third|fifth|eighth|ninth|twelfth|\w+ieth|"
    r"(?:four|six|seven|ten|eleven|\w+teen|hundred|thousand|million|billion)th)\b",
    re.IGNORECASE,
)
_HYPHEN_ORDINAL = re.compile(r"[\-‐‑](?:first|second|third|\w+th)\b", re.IGNORECASE)
# a number word in a compound adjective ("one-way drones", "a two-seat trainer", "a three-day visit"): no count
_HYPHEN_COMPOUND = re.compile(r"[\-‐‑](?!(?:odd|plus|some)\b)[A-Za-z]", re.IGNORECASE)

# (also after a word of more: "a further pair of", "another couple of", "an additional pair of"; the count is then
# the words from "pair", the word of more before it stays for the readers of "a further")
_COLLECTIVE_RE = re.compile(
    r"\b(?:a|(?P<more>(?:a[\s\u00a0]+(?:further|second|third|new|fresh|final)|an[\s\u00a0]+additional|another)))"
    r"[\s\u00a0]+(?P<what>couple|pair)[\s\u00a0]+of\b"
    r"(?:[\s\u00a0]+(?:(?P<d>\d{1,3}(?:,\d{3})+|\d+)['’]?s\b|(?P<w>hundred|thousand|million|billion|dozen)s?\b))?",
    re.IGNORECASE,
)

# (prefix trees of the qualifiers: the pattern is searched in the 24 characters before each number, and
# only whether it matches is read)
_APPROX_RE = re.compile(
    r"(?:(?<![\w])(?:" + literal_trie(a for a in W.approx if a[0].isalpha()) + r")[\s\u00a0]+"
    r"|(?:" + literal_trie(a for a in W.approx if not a[0].isalpha()) + r")[\s\u00a0]*)\Z",
    re.IGNORECASE,
)
_QUICK = re.compile(r"\d|\b(?:" + _NW + r"|couple|pair)\b", re.IGNORECASE)
# ``_QUICK.search`` as two searches: a digit is found at C speed, and most texts have one
_QUICK_DIGIT = re.compile(r"\d")
_QUICK_WORD = re.compile(r"\b(?:" + _NW + r"|couple|pair)\b", re.IGNORECASE)


def approx_before(text: str, start: int) -> bool:
    """True when an approximation qualifier (``about``, ``up to``, ``~`` ...) ends right at ``start``."""
    if start == 0:
        return False
    return _APPROX_RE.search(text, max(0, start - 24), start) is not None


# --------------------------------------------------------------------------- digits


def clean_decimal(v: Decimal) -> Decimal:
    """``v`` without trailing zeros; integral values come back with exponent 0 (``Decimal('2500000000')``)."""
    if v == v.to_integral_value():
        return v.to_integral_value()
    return v.normalize()


def _core_value(s: str) -> Decimal:
    if "," in s or any(c in s for c in _SPACE_GROUP) or (" " in s):
        return Decimal(re.sub(r"[,\s\u00a0\u2009\u202f]", "", s))
    return Decimal(s)


def _currency_before(text: str, start: int) -> bool:
    if start == 0:
        return False
    j = start
    if text[j - 1] in " \u00a0" and j >= 2:
        j -= 1
    if text[j - 1] in _CURRENCY_SIGNS:
        return True
    for p in _glued_currency_prefixes():
        if text.startswith(p, j - len(p)) and (j - len(p) == 0 or not text[j - len(p) - 1].isalpha()):
            return True
    return False


_MILLION = ("million", "millions", "mln", "mio")
# a money suffix after one space, read only straight after a currency sign ("€400 m", "$2 b")
_SPACED_MONEY_SUFFIX = re.compile(r"\x20([mMbB])(?![\w&'’])")


def _digit_mentions(text: str) -> list[NumberMention]:
    out: list[NumberMention] = []
    suffix = W.by_kind.get("suffix", {})
    msuffix = W.by_kind.get("money_suffix", {})
    scales = {**W.by_kind.get("scale", {}), **W.by_kind.get("hundred", {}), **W.by_kind.get("dozen", {})}
    for m in _DIGITS_RE.finditer(text):
        num = m.group("num")
        if num[0] == "0" and _LEADING_ZERO.match(num):
            continue
        s, e = m.start(), m.end()
        ne = m.end("num")
        # European single dot group: thousands (context lookahead already checked in the regex)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", num) and (
            num.count(".") >= 2
            or (num.endswith(".000") and not re.match(rf"[\s\u00a0]+{_NOT_COUNTED}\b", text[ne : ne + 20]))
            or re.match(rf"\s+(?:{_COUNT_NOUNS})\b", text[ne : ne + 20])
            # "1.100 million euros": three digits after the dot before "million" group thousands (the
            # continental way of writing 1,100 million); nobody writes 1.1 million so
            or (m.group("scale") or "").strip().lower() in _MILLION
        ):
            value = Decimal(num.replace(".", ""))
        elif _DECIMAL_COMMA.fullmatch(num):
            value = Decimal(num.replace(",", "."))  # "SEK 7,1 billion": a decimal comma before a scale
        else:
            value = _core_value(num)
        kind = "digits"
        if m.group("suf"):
            value *= suffix[m.group("suf").strip().lower()]
            kind = "mixed"
        elif m.group("msuf"):
            # "$500m"; "1m shells", "1.5m rounds": a million of what is counted (a length is never of shells)
            if _currency_before(text, s) or _COUNTED_AFTER.match(text, m.end()):
                value *= msuffix[m.group("msuf").lower()]
                kind = "mixed"
            else:
                e = ne
        elif m.group("scale") and _plural_scale_uncounted(text, m):
            e = ne  # "2 millions of people": a plural scale word counts only rounds, shells, vehicles...
        elif m.group("scale"):
            for w in re.findall(r"[A-Za-z]+", m.group("scale")):
                # "40 thousands shells", "2 thousands of rounds": a translation's plural scale word
                value *= scales.get(w.lower()) or scales[w.lower()[:-1]]
            kind = "mixed"
        elif m.group("x"):
            kind = "mixed"
        elif (spaced := _SPACED_MONEY_SUFFIX.match(text, ne)) and _currency_before(text, s):
            # "€400 m for drones", "$500 m in new aid": a post's money, its "m" set off by a space
            value *= msuffix[spaced.group(1).lower()]
            kind, e = "mixed", spaced.end()
        if kind == "digits" or (kind == "mixed" and e == ne):
            if _BAD_TAIL.match(text, ne):
                continue
            if _TIME_NUM.fullmatch(num) and _TIME_TAIL.match(text, ne):
                continue
        elif _PERCENT_TAIL.match(text, e):
            continue
        out.append(NumberMention(s, e, text[s:e], clean_decimal(value), approx_before(text, s), kind))
    return out


def _plural_scale_uncounted(text: str, m) -> bool:
    """Is the scale word of ``m`` a plural ("40 thousands", a machine translation's) that no count noun
    follows ("40 thousands shells", "3 thousands of rounds" are counts) and that is no amount of money
    ("NOK 2 billions", "$45 millions": a translation's money after a currency)? Such a number
    is read without its scale, as before plural scale words were read."""
    scale = re.findall(r"[A-Za-z]+", m.group("scale"))[-1].lower()
    if not scale.endswith("s") or scale[:-1] not in W.by_kind.get("scale", {}):
        return False
    after = m.end() + len(" of") if text.startswith(" of", m.end()) else m.end()
    if _currency_before(text, m.start()):
        return False
    return _COUNTED_AFTER.match(text, after) is None


# --------------------------------------------------------------------------- words


def _parse_tokens(toks: list[tuple[str, int, int]], i: int, text: str):
    """Parse a number starting at token ``i``; return (value, end_char, start_char) or None."""
    n = len(toks)
    lk = W.lookup

    def kind_of(k: int):
        if k >= n:
            return None, None
        w = toks[k][0].lower()
        if w in lk:
            return lk[w]
        return w, None

    k0, v0 = kind_of(i)
    total = Decimal(0)
    group: Decimal | None = None
    last = None  # kind of last consumed token
    committed: tuple[Decimal, int] | None = None
    j = i
    start_char = toks[i][1]

    if toks[i][0].lower() == "half":
        # "half a million", "half a dozen"
        k1, _ = kind_of(i + 1)
        k2, v2 = kind_of(i + 2)
        if k1 in ("a", "an") and k2 in ("hundred", "scale", "dozen"):
            return v2 / 2, toks[i + 2][2], start_char
        return None
    if k0 in ("a", "an"):
        k1, v1 = kind_of(i + 1)
        if k1 in ("hundred", "scale", "dozen"):
            group = Decimal(1)
            last = "unit"
            j = i + 1
        elif k1 == "fraction" and kind_of(i + 2)[0] == "of":
            group = Decimal(1)
            last = "unit"
            j = i + 1
        else:
            return None
    elif k0 in ("unit", "tens"):
        group = v0
        last = k0
        j = i + 1
        committed = (group, toks[i][2])
    else:
        return None

    scale_cap: Decimal | None = None
    while j < n:
        k, v = kind_of(j)
        tok = toks[j][0]
        if tok == ",":
            # only "three million, two hundred": a comma after a scale word, before a smaller group
            if last == "scale":
                j += 1
                continue
            break
        if k in ("and", "&"):
            # "one hundred and twenty", "two and a half", "three million, two hundred & forty"
            k1, v1 = kind_of(j + 1)
            if k1 in ("unit", "tens") and last in ("hundred", "scale"):
                j += 1
                continue
            if (
                k1 in ("a",)
                and kind_of(j + 2)[0] == "fraction"
                and kind_of(j + 2)[1] in (Decimal("0.5"), Decimal("0.25"))
                and group is not None
                and last in ("unit", "tens", "hundred")
            ):
                group += kind_of(j + 2)[1]
                last = "andfrac"
                j += 3
                committed = (total + group, toks[j - 1][2])
                continue
            break
        if k == "unit":
            if last == "tens" and group is not None and v < 10:
                group += v
            elif last in ("hundred",) and group is not None:
                group += v
            elif last == "scale":
                group = v
            else:
                break
            last = "unit"
        elif k == "tens":
            if last == "hundred" and group is not None:
                group += v
            elif last == "scale":
                group = v
            else:
                break
            last = "tens"
        elif k == "hundred":
            if last in ("unit", "tens") and group is not None and group < 100:
                group *= v
                last = "hundred"
            else:
                break
        elif k == "scale":
            if group is None or last not in ("unit", "tens", "hundred", "andfrac"):
                break
            if scale_cap is not None and v >= scale_cap:
                break
            total += group * v
            group = None
            scale_cap = v
            last = "scale"
            committed = (total, toks[j][2])
            j += 1
            continue
        elif k == "dozen":
            if group is not None and last in ("unit", "tens") and scale_cap is None:
                total += group * v
                group = None
                committed = (total, toks[j][2])
                j += 1
                break
            break
        elif k == "fraction":
            if group is not None and last == "unit" and scale_cap is None and group < 20:
                num, den = W.fraction_parts[tok.lower()]
                frac = group * num / den
                end = toks[j][2]
                j += 1
                # "a quarter of a million"
                if (
                    kind_of(j)[0] == "of"
                    and kind_of(j + 1)[0] in ("a", "an")
                    and kind_of(j + 2)[0] in ("scale", "hundred", "dozen")
                ):
                    frac = group * num * kind_of(j + 2)[1] / den
                    end = toks[j + 2][2]
                committed = (frac, end)
                break
            break
        else:
            break
        j += 1
        committed = (total + (group or 0), toks[j - 1][2])
    if committed is None:
        return None
    return committed[0], committed[1], start_char


def _word_runs(text: str):
    """``_WORD_RUN_RE.finditer(text)``: the leftmost match at or after the end of the last one."""
    if _RUN_FIRST_WORDS is None:
        yield from _WORD_RUN_RE.finditer(text)
        return
    yield from _RUN_FIRST_WORDS.matches(_WORD_RUN_RE, text)


def _word_mentions(text: str) -> list[NumberMention]:
    out: list[NumberMention] = []
    for m in _word_runs(text):
        toks = [(t.group(), t.start(), t.end()) for t in _TOKEN_RE.finditer(text, m.start(), m.end())]
        i = 0
        while i < len(toks):
            res = _parse_tokens(toks, i, text)
            if res is None:
                i += 1
                continue
            value, end, start = res
            while i < len(toks) and toks[i][2] <= end:
                i += 1
            if _HYPHEN_ORDINAL.match(text, end) or _PERCENT_TAIL.match(text, end) or _HYPHEN_COMPOUND.match(text, end):
                continue
            last_word = text[start:end].split()[-1].split("-")[-1].lower()
            if W.lookup.get(last_word, ("",))[0] in ("tens", "hundred", "scale") and _ORDINAL_AFTER.match(
                text, end
            ):
                continue
            out.append(
                NumberMention(
                    start, end, text[start:end], clean_decimal(value), approx_before(text, start), "words"
                )
            )
    return out


def _collective_mentions(text: str) -> list[NumberMention]:
    out = []
    for m in _COLLECTIVE_RE.finditer(text):
        value = Decimal(2)
        kind = "words"
        if m.group("d"):
            value *= Decimal(m.group("d").replace(",", ""))
            kind = "mixed"
        elif m.group("w"):
            value *= W.lookup[m.group("w").lower()][1]
        start = m.start("what") if m.group("more") else m.start()
        approx = m.group("what").lower() == "couple" or approx_before(text, start)
        out.append(NumberMention(start, m.end(), text[start:m.end()], value, approx, kind))
    return out


# --------------------------------------------------------------------------- public


def find_numbers(text: str) -> list[NumberMention]:
    """All number mentions in ``text``, sorted by start, non-overlapping (longer wins on a tie)."""
    if not text:
        return []
    # The extractor asks for the numbers of one text three times (money, quantities, counts):
    # the last few answers are kept (mentions are immutable; each caller gets its own list).
    return list(_numbers_of(text))


@lru_cache(maxsize=4)
def _numbers_of(text: str) -> tuple[NumberMention, ...]:
    return tuple(_find_numbers(text))


def _find_numbers(text: str) -> list[NumberMention]:
    has_digit = _QUICK_DIGIT.search(text) is not None
    if not has_digit and not _QUICK_WORD.search(text):
        return []
    cands = _digit_mentions(text) if has_digit else []
    cands += _word_mentions(text)
    low = text.lower()
    if "couple" in low or "pair" in low:
        cands += _collective_mentions(text)
    if not cands:
        return []
    return first_non_overlapping(cands)


def first_non_overlapping(cands: list[M]) -> list[M]:
    """Mentions (anything with ``start``/``end``) sorted by start, keeping at each place the
    longest and dropping those that overlap one already kept."""
    cands.sort(key=lambda m: (m.start, -m.end))
    out: list[M] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            out.append(c)
            last_end = c.end
    return out


def nest_conversions(text: str, mentions: list[M], opens: re.Pattern[str],
                     accepts: Callable[[re.Match[str], M, M], bool]) -> list[M]:
    """Put a mention that follows another in brackets ("€200 million ($217 million)") into the
    first one's ``conversion`` field. ``opens`` matches what stands between the two (the opening
    bracket); ``accepts(opening, first, second)`` checks the rest (closing bracket, kind)."""
    out: list[M] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if i + 1 < len(mentions):
            nxt = mentions[i + 1]
            om = opens.match(text, m.end)
            if om and om.end() == nxt.start and accepts(om, m, nxt):
                out.append(m._replace(conversion=nxt))
                i += 2
                continue
        out.append(m)
        i += 1
    return out


_SIGN_RE = re.compile(r"\s*([-−–+]?)\s*(.*?)\s*", re.DOTALL)


def parse_number(s: str) -> Decimal | None:
    """Value of ``s`` when the whole (stripped) string is one number, else None.

    A leading sign is accepted here (``"-1,500"``) though ``find_numbers`` never reports signs.

    >>> parse_number("1,500"), parse_number("two and a half billion"), parse_number("dozens")
    (Decimal('1500'), Decimal('2500000000'), None)
    >>> parse_number("-12"), parse_number("12 tanks")
    (Decimal('-12'), None)
    """
    m = _SIGN_RE.fullmatch(s)
    if not m or not m.group(2):
        return None
    sign, body = m.group(1), m.group(2)
    try:
        found = find_numbers(body)
    except (InvalidOperation, ValueError):  # pragma: no cover - defensive
        return None
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(body) or found[0].approximate:
        return None
    v = found[0].value
    return v.copy_negate() if sign in ("-", "−", "–") else v
