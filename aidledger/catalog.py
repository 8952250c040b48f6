"""The catalog of weapon systems and generic equipment terms, and a fast matcher over text.

Data lives in ``aidledger/data/systems.csv`` (named systems) and ``aidledger/data/generic_items.csv``
(generic words such as "machine guns"); both formats are documented in ``aidledger/data/README.md``.

>>> cat = load_catalog()
>>> cat.get("Panzerhaubice 2000").name
'PzH 2000'
>>> [m.text for m in cat.find("Paris sent two Caesars and the HIMARS; an archer watched.")]
['Caesars', 'HIMARS']
>>> cat.resolve(operator="DNK", origin="FRA", category="artillery").name
'Caesar'

Matching rules of :meth:`Catalog.find`:

- an alias matches on word boundaries, with an optional plural suffix (``s``, ``es``, ``'s``) that is
  part of the mention span;
- a separator (space, hyphen, dash, slash) in an alias, and every letter/digit transition, may be
  written as a space, a hyphen or a dash, or left out: "Leopard 2A4" matches "Leopard-2A4" and
  "Leopard 2 A4", "F-16" matches "F16" and "F 16";
- case: aliases with a digit, a separator or several words match in any case, except their letter
  groups of one or two letters, which keep the case they are written with ("AS-90" does not match
  "as 90"; "S-300" does not match "s 300"). A single plain word written in capitals (HIMARS, NLAW)
  matches in any case, unless it is a common English word (HARM, TOW, SCALP: capitals only). A
  single plain word written with an initial capital (Caesar, Archer, Patriot) matches only with an
  initial capital ("Caesar", "CAESAR", never "caesar");
- the longest alias wins at a position; mentions never overlap.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aidledger.mentions.words import FirstWords
from aidledger.resources import data_path, table_rows

if TYPE_CHECKING:  # pragma: no cover
    import pint

CATEGORIES = (
    "tank", "ifv_apc", "artillery", "mlrs", "air_defence", "aircraft", "helicopter", "drone",
    "ammunition", "missile", "small_arms", "vehicle", "naval", "other_equipment",
)
COUNTING_UNITS = ("unit", "round", "battery")
QUANTITY_UNITS = ("units", "rounds")

SYSTEMS_COLUMNS = (
    "name", "family", "aliases", "category", "origin", "manufacturer", "operators", "calibre", "range",
    "counting_unit", "source",
)
GENERIC_COLUMNS = ("term", "name", "category", "quantity_unit")

# States that no longer exist, and their successors: a system designed in Czechoslovakia has origin
# CSK and is found by resolve(origin="CZE") and resolve(origin="SVK").
SUCCESSORS: dict[str, frozenset[str]] = {
    "SUN": frozenset({"RUS", "UKR", "BLR", "KAZ", "GEO", "ARM", "AZE", "MDA", "LTU", "LVA", "EST",
                      "UZB", "TKM", "TJK", "KGZ"}),
    "CSK": frozenset({"CZE", "SVK"}),
    "YUG": frozenset({"SRB", "HRV", "SVN", "BIH", "MKD", "MNE"}),
    "DDR": frozenset({"DEU"}),
}

# All-capital aliases that are also common English words: they match in capitals only.
_CAPITALS_ONLY = frozenset({
    "HARM", "TOW", "SCALP", "MILAN", "REMUS", "ATMOS", "LAW", "AUG", "BONUS", "HAWK", "DANA", "ARTHUR",
    "COBRA", "VAMPIRE", "RAVEN", "LUNA", "SPIKE", "SMART", "MARS", "VECTOR", "PUMA", "MAMBA",
})
# Short letter groups that keep their written case even inside longer aliases ("AS-90", "Mod 56").
_STOPWORDS = frozenset({
    "the", "and", "for", "one", "two", "ten", "new", "old", "was", "has", "are", "not", "all", "can",
    "may", "per", "via", "mod", "had", "but",
})
# Phrases that look like a system but are not one ("Excalibur Army" is a Czech company).
# "GAZelle" vans and minibuses (the Russian GAZ light truck) are not the Gazelle helicopter.
_NOT_SYSTEMS = ("Excalibur Army", "Patriot Act", "Patriot Front", "Hawk Eye", "Harpoon Shipping", "GAZ Gazelle",
                "Gazelle van", "Gazelle minibus", "Gazelle truck", "Gazelle Next", "Gazelle bus")

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_APOSTROPHES = "'\u2019\u2018\u02bc`"
_SEPARATORS = set(" \t\n\r\u00a0\u2009\u202f/" + _DASHES)
# a run of white space with at most one line break (a blank line separates paragraphs)
_WS = r"[^\S\n]*\n?[^\S\n]*"
_SEP_RE = r"(?:" + _WS + r"[" + re.escape(_DASHES) + r"/]" + _WS + r"|(?=\s)" + _WS + r")?"
_DOT_SEP_RE = r"(?:" + _WS + r"[" + re.escape(_DASHES) + r"/.]" + _WS + r"|(?=\s)" + _WS + r")?"
_PLURAL_RE = r"(?:[" + _APOSTROPHES + r"]s|es|s)?"


@dataclass(frozen=True, slots=True)
class System:
    """One weapon system (or one generic item when ``generic`` is true).

    Attributes:
        name: canonical short name ("Leopard 2A4", or "machine guns" for a generic item).
        family: what variants sum to ("Leopard 2"); equal to ``name`` without variants.
        aliases: other names (not including ``name``).
        category: one of :data:`CATEGORIES`.
        origin: ISO 3166-1 alpha-3 codes of the country (countries) of origin; historic codes SUN,
            CSK, YUG, DDR for states that no longer exist.
        manufacturer: main manufacturer, or None.
        operators: alpha-3 codes of countries that operated or ordered the system.
        calibre, range: pint lengths or None.
        counting_unit: "unit", "round" or "battery".
        source: where the facts come from.
        generic: true for rows of ``generic_items.csv``.
        quantity_unit: "units" or "rounds" (the unit of the quantity in JSON output).
    """

    name: str
    family: str
    aliases: tuple[str, ...]
    category: str
    origin: tuple[str, ...]
    manufacturer: str | None
    operators: tuple[str, ...]
    calibre: pint.Quantity | None = field(compare=False)
    range: pint.Quantity | None = field(compare=False)
    counting_unit: str
    source: str
    generic: bool = False
    quantity_unit: str = "units"

    @property
    def all_names(self) -> tuple[str, ...]:
        """``name`` followed by the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class SystemMention:
    """A system named in a text: ``text == document_text[start:end]``."""

    start: int
    end: int
    text: str
    system: System


MISSPELT_MIN = 85  # rapidfuzz ratio of a misspelt system name to the name
# "(?<![\w-])[A-Z][a-z]{5,}(?![\w-])" with the lookbehind after the capital (it checks the character
# before it): Python's ``re`` skips to the capitals at C speed instead of trying every position
_CAPITALISED_WORD = re.compile(r"[A-Z](?<![\w-](?s:.))[a-z]{5,}(?![\w-])")
_ONE_WORD_NAME = re.compile(r"[A-Za-z]{6,}")
_COUNT_BEFORE = re.compile(r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|several|more)"
                           r"\s+(?:more\s+|additional\s+|new\s+)?$", re.I)
_KIND_AFTER = re.compile(r"s?\s+(?:tanks?|vehicles?|systems?|missiles?|launchers?|howitzers?|guns?|jets?|aircraft|"
                         r"helicopters?|drones?|batter(?:y|ies)|carriers?|fighters?|rockets?|shells)\b", re.I)


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """The lookup key of a name: NFKC, case-folded, without spaces, hyphens, dashes, slashes, dots
    and apostrophes (``"Leopard-2 A4"`` and ``"leopard 2a4"`` give ``"leopard2a4"``)."""
    s = unicodedata.normalize("NFKC", name).replace("\u00d7", "x").casefold()
    return "".join(ch for ch in s if ch not in _SEPARATORS and ch not in _APOSTROPHES and ch != "."
                   and not ch.isspace())


# ---- pattern building ------------------------------------------------------------------------------

_SEP, _DOT = ("sep",), ("dot",)


def _is_plain_word(alias: str) -> bool:
    return alias.isalpha() and " " not in alias


def _word_units(alias: str, mode: str) -> list[tuple[str, str]]:
    """Units of a single plain word. mode: "any" (case-insensitive), "cap" (initial capital),
    "exact" (as written)."""
    if mode == "any":
        return [("i", ch.casefold()) for ch in alias]
    if mode == "cap":
        return [("e", alias[0].upper())] + [("i", ch.casefold()) for ch in alias[1:]]
    return [("e", ch) for ch in alias]


def _alias_units(alias: str, *, generic: bool = False) -> list[tuple[str, ...]]:
    """Split an alias into matching units: ("i", c) any case, ("e", c) exact case, separators."""
    alias = unicodedata.normalize("NFKC", alias).replace("\u00d7", "x").strip()
    # groups: runs of letters, runs of digits, single other characters, and separators
    groups: list[tuple[str, str]] = []
    for m in re.finditer(r"[^\W\d_]+|\d+|\s*\.\s*|[\s/" + re.escape(_DASHES) + r"]+|.", alias):
        g = m.group()
        if g.strip() == "." or (g.strip() == "" and "." in g):
            groups.append(("dot", g))
        elif g.strip() == "" or all(ch in _SEPARATORS or ch.isspace() for ch in g):
            groups.append(("sep", g))
        elif g.isdigit():
            groups.append(("digit", g))
        elif g.isalpha():
            groups.append(("alpha", g))
        else:
            groups.append(("other", g))
    units: list[tuple[str, ...]] = []
    prev = None
    for kind, g in groups:
        if kind in ("sep", "dot"):
            if units and units[-1] not in (_SEP, _DOT):
                units.append(_DOT if kind == "dot" else _SEP)
            elif units and kind == "dot":
                units[-1] = _DOT
            prev = kind
            continue
        if prev in ("alpha", "digit") and kind in ("alpha", "digit") and kind != prev:
            units.append(_SEP)  # a letter/digit transition may be written with a separator
        if kind == "alpha":
            exact = not generic and g.casefold() != "x" and (len(g) <= 2 or g.casefold() in _STOPWORDS)
            units.extend(("e", ch) if exact else ("i", ch.casefold()) for ch in g)
        elif kind == "digit":
            units.extend(("i", ch) for ch in g)
        else:
            units.append(("i", g))
        prev = kind
    while units and units[-1] in (_SEP, _DOT):
        units.pop()
    return units


def _unit_regex(unit: tuple[str, ...]) -> str:
    if unit == _SEP:
        return _SEP_RE
    if unit == _DOT:
        return _DOT_SEP_RE
    kind, ch = unit
    if ch in _APOSTROPHES:
        return "[" + _APOSTROPHES + "]"
    if ch == "x" and kind == "i":
        return "[x\u00d7]"
    if kind == "e" and ch.isalpha():
        return "(?-i:" + re.escape(ch) + ")"
    return re.escape(ch)


def _case_exact_units(units: Iterable[tuple[str, ...]]) -> Callable[[tuple[str, ...]], str]:
    """A writer of first units as case-sensitive classes of exactly the characters they match
    case-insensitively (``a`` -> ``(?-i:[Aa])``, ``k`` -> ``(?-i:[Kk\u212a])``).

    The match is the same, but Python's ``re`` skips a branch that starts with a case-sensitive
    class at C speed when the next character is not in it; a case-insensitive first character makes
    it enter every branch of the trie's root at every word of the text. The classes are found by
    matching the units against every code point once (about 30 ms when the matcher is built).
    """
    single = [u for u in units if u not in (_SEP, _DOT)]
    if not single:
        return _unit_regex
    import array

    every = (array.array("I", range(0xD800)).tobytes().decode("utf-32-le")
             + array.array("I", range(0xE000, 0x110000)).tobytes().decode("utf-32-le"))
    rx = {u: re.compile(_unit_regex(u), re.IGNORECASE) for u in single}
    found = set(re.findall("|".join(f"(?:{r.pattern})" for r in rx.values()), every, re.IGNORECASE))
    classes = {u: "".join(sorted(ch for ch in found if r.fullmatch(ch))) for u, r in rx.items()}

    def write(unit: tuple[str, ...]) -> str:
        chars = classes.get(unit)
        if not chars or any(len(ch) != 1 for ch in chars):
            return _unit_regex(unit)
        return "(?-i:[" + "".join(re.escape(ch) for ch in chars) + "])"

    return write


# The non-word characters that a unit made of a word character can match: "\u00d7" (the unit "x"),
# and U+0345, which Python's ``re`` matches with an iota case-insensitively (the only non-word
# character that matches a word character so; ``tests/test_perf_equivalence.py`` checks it).
_NON_WORD_ALIKE = "\u00d7\u0345"


@cache
def _word_only(unit: tuple[str, ...]) -> bool:
    """True when a unit (not a separator) matches word characters only."""
    return unit[1].isalnum() and not any(re.fullmatch(_unit_regex(unit), ch, re.IGNORECASE) for ch in _NON_WORD_ALIKE)


_SEP_CHARS = {_SEP: frozenset(" \t\n\r\f\v/" + _DASHES), _DOT: frozenset(" \t\n\r\f\v/." + _DASHES)}
_SEP_FULL = {_SEP: re.compile(_SEP_RE), _DOT: re.compile(_DOT_SEP_RE)}


@cache
def _unit_pattern(unit: tuple[str, ...]) -> re.Pattern[str]:
    """The compiled ``_unit_regex`` of a unit that is not a separator (it matches one character)."""
    return re.compile(_unit_regex(unit), re.IGNORECASE)


def _units_fullmatch(units: Sequence[tuple[str, ...]], stem: str) -> bool:
    """Whether ``stem`` matches the units whole, as the regex ``"".join(map(_unit_regex, units))``
    compiled case-insensitively fullmatches it, without compiling that regex for every alias.

    A unit that is not a separator matches one character; a separator matches white space, dashes
    and slashes (and dots for ``_DOT``) only, which no other unit matches, and is always followed by
    another unit (an alias neither starts nor ends with one): so it matches the whole run of those
    characters at its place, or the match fails.
    """
    n, p = len(stem), 0
    for u in units:
        if u in _SEP_FULL:
            chars, q = _SEP_CHARS[u], p
            while q < n and (stem[q] in chars or stem[q].isspace()):
                q += 1
            if _SEP_FULL[u].fullmatch(stem, p, q) is None:
                return False
            p = q
        elif p < n and _unit_pattern(u).match(stem, p) is not None:
            p += 1
        else:
            return False
    return p == n


class _Trie:
    """A trie of unit sequences, serialised as one regular expression (fast with Python's ``re``:
    each branch point tries only the distinct next units)."""

    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[tuple[str, ...], _Trie] = {}
        self.end = False

    def add(self, units: Sequence[tuple[str, ...]]) -> None:
        node = self
        for u in units:
            node = node.children.setdefault(u, _Trie())
        node.end = True

    def regex(self, first: Callable[[tuple[str, ...]], str] | None = None) -> str:
        """The trie as a regex; ``first`` (when given) writes the units that can start a match."""
        parts: list[str] = []
        node = self
        unit_regex = first or _unit_regex
        # a chain without branching is written as a plain sequence
        while len(node.children) == 1 and not node.end:
            (u, child), = node.children.items()
            parts.append(unit_regex(u))
            unit_regex = _unit_regex
            node = child
        if node.children:
            # separators first so that "Leopard 2A4" is preferred over stopping at "Leopard"
            items = sorted(node.children.items(), key=lambda kv: (kv[0] not in (_SEP, _DOT), kv[0]))
            alts = [unit_regex(u) + child.regex() for u, child in items]
            body = "(?:" + "|".join(alts) + ")"
            parts.append(body + "?" if node.end else body)
        return "".join(parts)

    def first_word_regex(self, depth: int = 5) -> str:
        """A regex (to fullmatch, case-insensitively) of every word a match of :meth:`regex` followed
        by ``_PLURAL_RE`` can start with, and more.

        A match starts at a word start and ends at a word end, so it covers the first word (a run of
        word characters) whole: that word is a path of the trie read with the separators empty (they
        match only non-word characters), stopping where a word may end: at the end of an entry (after
        a plural "s" or "es"), before a separator or before a unit that can match a non-word
        character. Below ``depth`` units any word characters are accepted (a shorter regex, compiled
        in a few milliseconds, that lets through only slightly more words).
        """
        if depth == 0:
            return r"\w*"
        alts: list[str] = []
        stop = self.end
        for u, child in self.children.items():
            if u in (_SEP, _DOT):
                stop = True
                alts.append(child.first_word_regex(depth))
                continue
            if not _word_only(u):
                stop = True
            alts.append(_unit_regex(u) + child.first_word_regex(depth - 1))
        if self.end:
            alts.append("(?:es|s)")
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if stop else body


class _Matcher:
    """One compiled, case-insensitive trie pattern over many aliases. A match is mapped back to its
    entry by key, then checked against the case rules of the aliases with that key; when the check
    fails, shorter matches at the same position are tried."""

    def __init__(self, entries: Iterable[tuple[list[tuple[str, ...]], str]], lookup: dict[str, Any],
                 not_after: str = r"\w", not_before: str = r"\w"):
        trie = _Trie()
        self.checks: dict[str, list[list[tuple[str, ...]]]] = {}
        n = 0
        for units, key in entries:
            if not units:
                continue
            trie.add([u if u in (_SEP, _DOT) else ("i", u[1].casefold()) for u in units])
            self.checks.setdefault(key, []).append(units)
            n += 1
        self.lookup = lookup
        self._compiled: dict[str, list[list[tuple[str, ...]] | None]] = {}
        body = trie.regex(_case_exact_units(trie.children)) if n else r"(?!x)x"
        self.pattern = re.compile(r"(?<!" + not_after + r")(" + body + r")(" + _PLURAL_RE + r")(?!" + not_before + r")",
                                  re.IGNORECASE)
        # the word starts where the pattern may match (it is tried only there)
        first_word = re.compile(trie.first_word_regex() if n else r"(?!x)x", re.IGNORECASE)
        self.first_words = FirstWords(lambda word: first_word.fullmatch(word) is not None)

    def _case_ok(self, key: str, stem: str) -> bool:
        """Whether ``stem`` is written as one of the aliases with ``key`` is (its case rules kept)."""
        checks = self._compiled.get(key)
        if checks is None:
            # an alias without a case rule always passes (None)
            checks = [None if all(u in (_SEP, _DOT) or u[0] == "i" for u in units) else units
                      for units in self.checks.get(key, ())]
            self._compiled[key] = checks
        return any(c is None or _units_fullmatch(c, stem) for c in checks)

    def _accept(self, m: re.Match[str]) -> tuple[int, Any] | None:
        """(end, value) when the match names an entry and satisfies its case rules."""
        stem, suffix = m.group(1), m.group(2)
        for candidate, end in ((stem, m.end()), (stem + suffix, m.end())) if suffix else ((stem, m.end()),):
            key = normalise(candidate)
            value = self.lookup.get(key)
            if value is not None and self._case_ok(key, candidate):
                return end, value
        return None

    def finditer(self, text: str) -> Iterable[tuple[int, int, str, Any]]:
        pattern, n, pos = self.pattern, len(text), 0
        # ``pattern.search(text, pos)`` is the first of these word starts at or after ``pos`` where
        # the pattern matches: it cannot match at any other place
        for start in self.first_words.starts(text):
            if start < pos:
                continue
            m = pattern.match(text, start)
            if m is None:
                continue
            hit = self._accept(m)
            endpos = m.end() - 1
            while hit is None and endpos > start:
                # try shorter aliases at the same start (the longest one broke a case rule)
                m = pattern.match(text, start, endpos)
                if m is None:
                    break
                if m.end() < n and (text[m.end()].isalnum() or text[m.end()] == "_"):
                    endpos = m.end() - 1
                    continue
                hit = self._accept(m)
                endpos = m.end() - 1
            if hit is None:
                continue
            end, value = hit
            if value is not False:  # False marks a phrase that is not a system
                yield start, end, text[start:end], value
            pos = end


def _plain_word_mode(alias: str, system_words: set[str]) -> str:
    if alias.isupper() and len(alias) > 1:
        if alias in _CAPITALS_ONLY:
            return "exact"
        if alias.casefold() in system_words:  # also written "Caesar": initial capital rule wins
            return "cap"
        return "any"
    if alias[:1].isupper():
        return "cap"
    return "any"


# ---- generic terms: plurals and spelling variants -------------------------------------------------

_SPELLINGS = (("armour", "armor"), ("defence", "defense"), ("calibre", "caliber"), ("metre", "meter"),
              ("harbour", "harbor"), ("motorised", "motorized"), ("organisation", "organization"))


def _spelling_variants(term: str) -> set[str]:
    out = {term}
    for brit, amer in _SPELLINGS:
        for t in list(out):
            if brit in t:
                out.add(t.replace(brit, amer))
            if amer in t:
                out.add(t.replace(amer, brit))
    return out


def _plural_word(word: str) -> str:
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def _plural(term: str) -> str:
    words = term.split(" ")
    if " of " in term:
        i = words.index("of") - 1
    else:
        i = len(words) - 1
    words[i] = _plural_word(words[i])
    return " ".join(words)


# ---- the catalog -----------------------------------------------------------------------------------


class Catalog:
    """Named systems and generic items, with lookups and matchers.

    Attributes:
        systems: the named systems, in file order.
        generics: the generic items (one per generic name, its terms as aliases).
    """

    def __init__(self, systems: Sequence[System], generics: Sequence[System] = ()):
        self.systems: tuple[System, ...] = tuple(systems)
        self.generics: tuple[System, ...] = tuple(generics)
        self._by_key: dict[str, System] = {}
        for s in self.systems:
            for n in s.all_names:
                self._by_key.setdefault(normalise(n), s)
        self._family_rows = {s.name: s for s in self.systems if s.name == s.family}
        self._generic_by_key: dict[str, System] = {}
        for g in self.generics:
            for n in g.all_names:
                self._generic_by_key.setdefault(normalise(n), g)
        self._matcher: _Matcher | None = None
        self._generic_matcher: _Matcher | None = None
        self._fuzzy_keys: dict[str, System] | None = None
        self._misspelt_keys: dict[str, System] | None = None
        self._misspelt_seen: dict[str, System | None] = {}
        self._misspelt_by_start: dict[str, list[str]] = {}
        self._first_words: frozenset[str] | None = None

    # -- loading ------------------------------------------------------------------------------------

    @classmethod
    def load(cls, systems_path: str | Path | None = None, generics_path: str | Path | None = None) -> Catalog:
        """Read the two CSV files (defaults: the package data files)."""
        systems = read_systems(systems_path or data_path("systems.csv"))
        generics = read_generics(generics_path or data_path("generic_items.csv"))
        return cls(systems, generics)

    # -- lookups ------------------------------------------------------------------------------------

    def get(self, name: str) -> System | None:
        """The named system called ``name`` (canonical name or alias; case, spaces, hyphens and dots
        ignored), or None."""
        if not name:
            return None
        return self._by_key.get(normalise(name))

    def get_generic(self, term: str) -> System | None:
        """The generic item for a term ("machine gun", "machine guns", "armored vehicles"), or None."""
        if not term:
            return None
        return self._generic_by_key.get(normalise(term))

    def family_of(self, name: str) -> str | None:
        """The family of the system called ``name``, or None when unknown."""
        s = self.get(name)
        return s.family if s is not None else None

    def resolve(self, *, operator: str | None = None, origin: str | None = None,
                category: str | None = None) -> System | None:
        """The unique system matching all given facets, or None when no family or several match.

        ``operator`` and ``origin`` are ISO alpha-3 codes (alpha-2 codes and country names are
        converted); ``origin`` also matches the predecessor state ("CZE" matches a CSK design). The
        answer is the family row of the matching family when the catalog has one.
        """
        if operator is None and origin is None and category is None:
            return None
        op = _country_code(operator) if operator else None
        org = _country_code(origin) if origin else None
        matches: list[System] = []
        for s in self.systems:
            if category is not None and s.category != category:
                continue
            if op is not None and op not in s.operators:
                continue
            if org is not None and not any(o == org or org in SUCCESSORS.get(o, ()) for o in s.origin):
                continue
            matches.append(s)
        families = {s.family for s in matches}
        if len(families) != 1:
            return None
        family = families.pop()
        return self._family_rows.get(family) or matches[0]

    def starts_a_name(self, word: str) -> bool:
        """Is ``word`` the first word of a named system's name or alias ("Mirage" of "Mirage 2000")?"""
        if self._first_words is None:
            self._first_words = frozenset(n.split()[0].lower() for s in self.systems for n in s.all_names if n.split())
        return word.lower() in self._first_words

    def fuzzy(self, token: str, *, min_score: int = 90) -> System | None:
        """The named system whose name or alias is closest to an unknown capitalised token of six
        characters or more (rapidfuzz ratio >= ``min_score``), or None."""
        if len(token) < 6 or not token[:1].isupper():
            return None
        exact = self.get(token)
        if exact is not None:
            return exact
        from rapidfuzz import fuzz, process

        if self._fuzzy_keys is None:
            self._fuzzy_keys = self._build_fuzzy_keys()
        best = process.extractOne(normalise(token), list(self._fuzzy_keys), scorer=fuzz.ratio,
                                  score_cutoff=min_score)
        return self._fuzzy_keys[best[0]] if best else None

    def _build_fuzzy_keys(self) -> dict[str, System]:
        """Keys of names and aliases (five characters or more), and the word of a "word + short
        designation" name when that word belongs to one family only ("Panzerhaubitze" -> PzH 2000)."""
        keys = {k: s for k, s in self._by_key.items() if len(k) >= 5}
        first: dict[str, set[str]] = {}
        for s in self.systems:
            for n in s.all_names:
                m = re.fullmatch(r"([^\W\d_]{6,})[\s-]+(\w*\d\w*)", n)
                if m and len(m.group(2)) <= 4:
                    first.setdefault(normalise(m.group(1)), set()).add(s.family)
        for k, fams in first.items():
            if len(fams) == 1 and k not in keys:
                fam = next(iter(fams))
                keys[k] = self._family_rows.get(fam) or next(s for s in self.systems if s.family == fam)
        return keys

    def find_misspelt(self, text: str, taken: Iterable[tuple[int, int]]) -> list[SystemMention]:
        """Capitalised words of six letters or more outside the spans ``taken`` (what the recognisers
        found) that are one slip away from a one-word system name ("Abrahms", "Bradly", "Javellin",
        "Patriott"): the same first two letters, a length within two, rapidfuzz ratio >= ``MISSPELT_MIN``,
        standing where an item stands (after a count, or before "tanks", "systems" ...: not "Bill
        Stringer said"). Sorted by start."""
        # the words one slip away from a name (an answer remembered per word, so a word seen before costs
        # one look-up), then, of those few, the ones that stand where an item stands: after a count, or
        # before the noun of a kind of weapon
        out, ends = [], None
        for m in _CAPITALISED_WORD.finditer(text):
            hit = self._misspelt(normalise(m.group()))
            if hit is None or not (_COUNT_BEFORE.search(text, max(0, m.start() - 25), m.start())
                                   or _KIND_AFTER.match(text, m.end())):
                continue
            if ends is None:  # (``taken`` is read only when such a word is found)
                spans = sorted(taken)
                starts = [a for a, _ in spans]
                ends = list(accumulate((b for _, b in spans), max))  # the furthest end of the spans up to each
            i = bisect_left(starts, m.end())  # spans starting before the word's end
            if i == 0 or ends[i - 1] <= m.start():
                out.append(SystemMention(m.start(), m.end(), m.group(), hit))
        return out

    def _misspelt(self, word: str) -> System | None:
        """The system whose one-word name ``word`` is a slip away from (remembered per word)."""
        if word in self._misspelt_seen:
            return self._misspelt_seen[word]
        from rapidfuzz import fuzz, process

        if self._misspelt_keys is None:
            self._misspelt_keys = {normalise(n): s for s in self.systems for n in s.all_names
                                   if _ONE_WORD_NAME.fullmatch(n)}
            self._misspelt_by_start = {}  # the keys by their first two letters, in order
            for k in self._misspelt_keys:
                self._misspelt_by_start.setdefault(k[:2], []).append(k)
        keys = self._misspelt_keys
        near = [k for k in self._misspelt_by_start.get(word[:2], ()) if abs(len(k) - len(word)) <= 2 and k != word]
        best = process.extractOne(word, near, scorer=fuzz.ratio, score_cutoff=MISSPELT_MIN) if near else None
        if len(self._misspelt_seen) > 65536:
            self._misspelt_seen.clear()
        self._misspelt_seen[word] = found = keys[best[0]] if best else None
        return found

    # -- matching -----------------------------------------------------------------------------------

    def find(self, text: str) -> list[SystemMention]:
        """Named systems in ``text``: sorted by start, non-overlapping, the longest alias winning."""
        if self._matcher is None:
            self._matcher = self._build_matcher()
        return [SystemMention(s, e, t, sys) for s, e, t, sys in self._matcher.finditer(text)
                if isinstance(sys, System)]

    def find_generic(self, text: str) -> list[SystemMention]:
        """Generic item terms in ``text`` (any case, plurals, British and American spellings): sorted,
        non-overlapping, the longest term winning."""
        if self._generic_matcher is None:
            self._generic_matcher = self._build_generic_matcher()
        return [SystemMention(s, e, t, g) for s, e, t, g in self._generic_matcher.finditer(text)]

    def _build_matcher(self) -> _Matcher:
        entries: list[tuple[list[tuple[str, ...]], str]] = []
        lookup: dict[str, Any] = dict(self._by_key)
        for s in self.systems:
            words = {n.casefold() for n in s.all_names if _is_plain_word(n) and not n.isupper()}
            for n in s.all_names:
                if _is_plain_word(n):
                    units = _word_units(n, _plain_word_mode(n, words))
                else:
                    units = _alias_units(n)
                entries.append((units, normalise(n)))
        for phrase in _NOT_SYSTEMS:
            entries.append((_alias_units(phrase), normalise(phrase)))
            lookup[normalise(phrase)] = False
        return _Matcher(entries, lookup)

    def _build_generic_matcher(self) -> _Matcher:
        entries = [(_alias_units(n, generic=True), normalise(n)) for g in self.generics for n in g.all_names]
        # a generic word is not matched after a hyphen: "anti-tank" names no tank, "counter-drone" no drone; nor
        # before one that joins a word to it: "drone-detection radars" are radars, "tank-repair kits" no tanks
        return _Matcher(entries, dict(self._generic_by_key), not_after=r"[\w-]", not_before=r"\w|-[a-z]")

    def __len__(self) -> int:
        return len(self.systems)

    def __repr__(self) -> str:
        return f"Catalog({len(self.systems)} systems, {len(self.generics)} generic items)"


# ---- reading the CSV files -------------------------------------------------------------------------


def _split(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(v.strip() for v in value.split(";") if v.strip())


def _length(value: str, where: str) -> pint.Quantity | None:
    value = (value or "").strip()
    if not value:
        return None
    from aidledger.units import Q_

    magnitude, units, is_length = _parsed_length(value)
    if not is_length:
        raise ValueError(f"{where}: {value!r} is not a length")
    return Q_(magnitude, units)  # a quantity of its own, equal to Q_(value)


@lru_cache(maxsize=4096)
def _parsed_length(value: str) -> tuple[Any, Any, bool]:
    """``Q_(value)``'s magnitude and unit, and whether it is a length: parsed once per distinct text
    (the catalog's 886 calibres and ranges are 155 texts; pint parses a text in about half a
    millisecond)."""
    from aidledger.units import ureg

    q = ureg.Quantity(value)
    return q.magnitude, q.units, q.dimensionality == ureg.Quantity(1, "m").dimensionality


def read_systems(path: str | Path) -> list[System]:
    """Rows of a systems CSV file as :class:`System` records (validated: columns, category,
    counting unit, lengths)."""
    out: list[System] = []
    for _line, where, row in table_rows(path, SYSTEMS_COLUMNS):
        name = (row["name"] or "").strip()
        if not name:
            raise ValueError(f"{where}: empty name")
        category = row["category"].strip()
        if category not in CATEGORIES:
            raise ValueError(f"{where}: unknown category {category!r}")
        counting = (row["counting_unit"] or "unit").strip()
        if counting not in COUNTING_UNITS:
            raise ValueError(f"{where}: unknown counting unit {counting!r}")
        aliases = tuple(dict.fromkeys(a for a in _split(row["aliases"]) if a != name))
        out.append(System(
            name=name,
            family=(row["family"] or "").strip() or name,
            aliases=aliases,
            category=category,
            origin=_split(row["origin"]),
            manufacturer=(row["manufacturer"] or "").strip() or None,
            operators=_split(row["operators"]),
            calibre=_length(row["calibre"], where + " calibre"),
            range=_length(row["range"], where + " range"),
            counting_unit=counting,
            source=(row["source"] or "").strip(),
            quantity_unit="rounds" if counting == "round" else "units",
        ))
    return out


def read_generics(path: str | Path) -> list[System]:
    """Rows of a generic items CSV file, grouped by generic name: one :class:`System` per name whose
    aliases are all its terms with their plurals and British/American spellings."""
    terms: dict[str, list[str]] = {}
    facts: dict[str, tuple[str, str]] = {}
    for _line, where, row in table_rows(path, GENERIC_COLUMNS):
        term = " ".join((row["term"] or "").split())
        name = (row["name"] or "").strip()
        category = (row["category"] or "").strip()
        qunit = (row["quantity_unit"] or "units").strip()
        if not term or not name:
            raise ValueError(f"{where}: empty term or name")
        if category not in CATEGORIES:
            raise ValueError(f"{where}: unknown category {category!r}")
        if qunit not in QUANTITY_UNITS:
            raise ValueError(f"{where}: unknown quantity unit {qunit!r}")
        if name in facts and facts[name] != (category, qunit):
            raise ValueError(f"{where}: {name!r} has two categories or units")
        facts[name] = (category, qunit)
        forms = terms.setdefault(name, [])
        for variant in sorted(_spelling_variants(term)):
            forms.append(variant)
            if not term.isupper():  # acronyms ("APC") take a plain "s" through the matcher
                forms.append(_plural(variant))
    out = []
    for name, forms in terms.items():
        category, qunit = facts[name]
        aliases = tuple(dict.fromkeys(f for f in forms if f != name))
        out.append(System(
            name=name, family=name, aliases=aliases, category=category, origin=(), manufacturer=None,
            operators=(), calibre=None, range=None,
            counting_unit="round" if qunit == "rounds" else "unit", source="aidledger generic_items.csv",
            generic=True, quantity_unit=qunit,
        ))
    return out


@lru_cache(maxsize=256)
def _country_code(value: str) -> str:
    """An ISO alpha-3 code for a code or a country name (unknown values are returned upper-cased)."""
    v = value.strip()
    if len(v) == 3 and v.isalpha() and v.isupper():
        return v
    try:
        import pycountry

        c = pycountry.countries.lookup(v)
        return c.alpha_3
    except (LookupError, ImportError):
        return v.upper()


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    """The default catalog (package data files), loaded once."""
    return Catalog.load()


__all__ = [
    "CATEGORIES", "COUNTING_UNITS", "Catalog", "System", "SystemMention", "load_catalog", "normalise",
    "read_generics", "read_systems",
]
