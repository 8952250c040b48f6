"""Find the matches of regular expressions written as data, trying each only where it may start.

The cue lists and the date patterns are regular expressions. Python's ``re`` cannot skip to the
places where an alternation of words may match: it tries the pattern at every position of the text.
A :class:`Scanner` holds one list of patterns and finds their matches in two steps:

1. *where*: the candidate places are the word starts whose word may begin a match of some pattern,
   and the non-word characters that may begin one. That is asked of the pattern itself by partial
   matching (the ``regex`` package: ``match(key, partial=True)`` succeeds when the pattern matches a
   prefix of ``key`` or ``key`` is the beginning of some string it matches): first of the word's first
   ``KEY`` characters (remembered per key, so most words need no question at all), then, for the few
   patterns that pass, of the whole word (remembered per word, ``words.FirstWords``, so a corpus asks
   about each distinct word once and finds the words that pass at C speed after that), and last of the
   word with the character after it (remembered too): "s" of "Ukraine's" may begin "sees", "s " not.
2. *what*: at each candidate, the patterns that may start with its key are matched (``re``) in turn.

A match never starts inside a word: every pattern is compiled behind ``(?<![\\w...])``, so every
place a pattern can match is a word start or a non-word character, and step 1 only drops places
where the pattern cannot match. ``finditer`` then gives exactly what ``re.finditer`` of the pattern
gives (one pattern), and ``first`` what ``re.finditer`` of the alternation of all the patterns
gives (the first pattern, in list order, that matches at the leftmost place). ``tests/test_scan.py``
holds both to that on random text.

>>> s = Scanner([r"will\\s+send", r"\\bsent\\b"], re.I)
>>> [(m.start(), m.group(), i) for i, m in s.first("Oslo sent 2 and WILL SEND more")]
[(5, 'sent', 1), (16, 'WILL SEND', 0)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import regex

from aidledger.mentions.words import FirstWords, char_set

__all__ = ["KEY", "Part", "Scanner"]

KEY = 3  # characters of a word that decide whether it may begin a match
_WORD_CHAR = re.compile(r"\w")
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z-]")  # (?i), (?-i:...), (?P<name>...): not case-blind (to be safe)
_REGEX_FLAGS = {re.I: regex.I, re.S: regex.S, re.M: regex.M, re.X: regex.X}


class Scanner:
    """The patterns ``patterns`` (``re`` syntax, compiled with ``flags``), each behind
    ``(?<![not_after])`` (``not_after`` must hold ``\\w``).

    Several lists of patterns, each with its own flags and ``not_after``, can share one scanner
    (``Scanner.joint``): their candidate places are then found in one pass over a document's words,
    and each list reads its own (``Part``).

    Raises ``ValueError`` for a pattern that matches the empty string (it would match everywhere).
    """

    def __init__(self, patterns: Sequence[str], flags: int = 0, *, not_after: str = r"\w"):
        self._build([(patterns, flags, not_after)])

    @classmethod
    def joint(cls, *lists: tuple[Sequence[str], int, str]) -> list[Part]:
        """One scanner for several lists of patterns, each given as ``(patterns, flags, not_after)``;
        one ``Part`` per list, in order."""
        scanner = cls.__new__(cls)
        scanner._build(list(lists))
        return [Part(scanner, k) for k in range(len(lists))]

    def _build(self, lists: list[tuple[Sequence[str], int, str]]) -> None:
        self.patterns: list[re.Pattern[str]] = []
        self._probes = []
        blind = set()
        self._ranges: list[tuple[int, int]] = []  # the patterns of each list: [lo, hi)
        for patterns, flags, not_after in lists:
            if r"\w" not in not_after:
                raise ValueError(r"Scanner: not_after must hold \w (a match never starts inside a word)")
            guard = f"(?<![{not_after}])"
            rflags = 0
            for flag, rflag in _REGEX_FLAGS.items():
                if flags & flag:
                    rflags |= rflag
            lo = len(self.patterns)
            for p in patterns:
                compiled = re.compile(f"{guard}(?:{p})", flags)
                if compiled.fullmatch("") is not None:
                    raise ValueError(f"pattern matches the empty string: {p!r}")
                # the patterns that match without regard to case throughout (no inline flags): for them an
                # ASCII key and the key in lower case are the same question (an ASCII letter and its lower
                # case are one case class), asked once
                if flags & re.I and not _INLINE_FLAGS.search(p):
                    blind.add(len(self.patterns))
                self.patterns.append(compiled)
                self._probes.append(_probe(p, rflags))
            self._ranges.append((lo, len(self.patterns)))
        self._blind = frozenset(blind)
        self._keys: dict[str, tuple[int, ...]] = {}
        self._words = FirstWords(self._may_start_word)
        self._refined: dict[str, tuple[int, ...]] = {}  # a word and the character after it -> patterns
        self._others: dict[str, bool] = {}  # character -> may a match begin with it (word characters: no)
        self._starters: re.Pattern[str] | None = None  # the non-word characters a match may begin with
        self._note_chars(" \t\n\r\u00a0.,;:()\"'’-$€£%/")
        # a non-word character is a candidate where no word character stands before it (every list's
        # ``not_after`` holds \w; a pattern with more checks the rest itself)
        self._guard_re = re.compile(r"(?<!\w)")
        self._split: dict[tuple[int, ...], tuple[tuple[int, tuple[int, ...]], ...]] = {}
        self._last: tuple[str, list[list[tuple[int, tuple[int, ...]]]]] | None = None

    def may_start(self, key: str) -> tuple[int, ...]:
        """The indexes of the patterns whose match may begin with ``key`` (remembered per key)."""
        found = self._keys.get(key)
        if found is None:
            # a pattern that cannot begin with the key less its last character cannot begin with the key
            which = self.may_start(key[:-1]) if len(key) > 1 else range(len(self._probes))
            probes, blind = self._probes, self._blind
            lower = key.lower() if blind and key.isascii() else key
            if not _trusted(key):
                found = tuple(which)
            elif lower != key:
                same = self.may_start(lower)
                found = tuple(i for i in which if (i in same if i in blind else
                                                   probes[i].match(key, partial=True) is not None))
            else:
                found = tuple(i for i in which if probes[i].match(key, partial=True) is not None)
            if len(self._keys) > 200_000:
                self._keys = {}
            self._keys[key] = found
        return found

    def _may_start_word(self, word: str) -> tuple[int, ...]:
        """The patterns whose match may begin with ``word`` (a whole word): those that may begin with
        its key, asked again with the whole word (remembered per word by ``FirstWords``)."""
        which = self.may_start(word[:KEY])
        if which and len(word) > KEY and _trusted(word):
            probes = self._probes
            which = tuple(i for i in which if probes[i].match(word, partial=True) is not None)
        return which

    def candidates(self, text: str) -> list[tuple[int, tuple[int, ...]]]:
        """``(place, patterns that may match there)``, left to right."""
        return self.candidates_of(text, 0) if len(self._ranges) == 1 else self._candidates(text)

    def candidates_of(self, text: str, part: int) -> list[tuple[int, tuple[int, ...]]]:
        """``candidates(text)`` of the patterns of list ``part`` only (found once per text for all
        the lists: the last text's are kept)."""
        last = self._last
        if last is None or last[0] != text:
            per_part: list[list[tuple[int, tuple[int, ...]]]] = [[] for _ in self._ranges]
            split, ranges = self._split, self._ranges
            for at, which in self._candidates(text):
                parts = split.get(which)
                if parts is None:
                    parts = split[which] = tuple((k, w) for k, (lo, hi) in enumerate(ranges)
                                                 if (w := tuple(i for i in which if lo <= i < hi)))
                for k, w in parts:
                    per_part[k].append((at, w))
            last = self._last = (text, per_part)
        return last[1][part]

    def _candidates(self, text: str) -> list[tuple[int, tuple[int, ...]]]:
        found = []
        refined, probes = self._refined, self._probes
        for at, word, which in self._words.found_words(text):
            # asked again with the character after the word: "s" (of "Ukraine's") may begin "sees",
            # "s " may not
            key = text[at:at + len(word) + 1]
            again = refined.get(key)
            if again is None:
                if len(refined) > 200_000:
                    refined.clear()
                again = refined[key] = tuple(i for i in which if probes[i].match(key, partial=True) is not None) \
                    if _trusted(key) else which
            if again:
                found.append((at, again))
        new = char_set(text).difference(self._others)
        if new:
            self._note_chars(new)
        if self._starters is None:
            return found
        extra = []
        guard = self._guard_re
        for m in self._starters.finditer(text):  # the non-word characters a match may begin with
            at = m.start()
            if guard.match(text, at) is not None:
                which = self.may_start(text[at:at + KEY])
                if which:
                    extra.append((at, which))
        if extra:  # (a word start is a word character: no place is in both)
            found = sorted(found + extra, key=lambda c: c[0])
        return found

    def _note_chars(self, chars: Iterable[str]) -> None:
        """Decide, once per character, whether a match may begin with it (a word character: never,
        since a match starts at a word start, which ``found_words`` gives); remake ``_starters`` when a
        new non-word character may (few do: most punctuation begins no pattern)."""
        others, grow = self._others, False
        for ch in chars:
            ok = others[ch] = _WORD_CHAR.match(ch) is None and bool(self.may_start(ch))
            grow = grow or ok
        if grow:
            starters = "".join(re.escape(ch) for ch, ok in sorted(others.items()) if ok)
            self._starters = re.compile("[" + starters + "]")

    def first(self, text: str, part: int = 0) -> Iterator[tuple[int, re.Match[str]]]:
        """``(index, match)``: the matches of the alternation of the patterns (of list ``part``),
        non-overlapping, left to right; at a place, the first pattern in list order that matches.
        ``index`` counts from the list's first pattern."""
        last, lo = 0, self._ranges[part][0]
        for at, which in self.candidates_of(text, part):
            if at < last:
                continue
            for i in which:
                m = self.patterns[i].match(text, at)
                if m is not None:
                    yield i - lo, m
                    last = m.end()
                    break

    def finditer(self, text: str, part: int = 0) -> list[list[re.Match[str]]]:
        """For each pattern (of list ``part``), its matches (non-overlapping, left to right), as
        ``re.finditer`` finds them."""
        lo, hi = self._ranges[part]
        out: list[list[re.Match[str]]] = [[] for _ in range(lo, hi)]
        last = [0] * (hi - lo)
        for at, which in self.candidates_of(text, part):
            for i in which:
                if at < last[i - lo]:
                    continue
                m = self.patterns[i].match(text, at)
                if m is not None:
                    out[i - lo].append(m)
                    last[i - lo] = m.end()
        return out


class Part:
    """One list of patterns of a joint scanner (``Scanner.joint``), read as a scanner of its own:
    ``patterns``, ``first`` and ``finditer`` number its patterns from 0."""

    def __init__(self, scanner: Scanner, part: int):
        self.scanner, self.part = scanner, part
        lo, hi = scanner._ranges[part]
        self.patterns = scanner.patterns[lo:hi]

    def first(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        return self.scanner.first(text, self.part)

    def finditer(self, text: str) -> list[list[re.Match[str]]]:
        return self.scanner.finditer(text, self.part)


_CLASSES = [(re.compile(c), regex.compile(c)) for c in (r"\w", r"\s", r"\d")]
_UNTRUSTED_ASCII = frozenset("\x1c\x1d\x1e\x1f")  # white space to re, not to regex
_TRUSTED: dict[str, bool] = {}


def _trusted(key: str) -> bool:
    """Whether ``re`` and ``regex`` agree on every character of ``key`` being a word character, white
    space or a digit: only then is the partial match of a probe (``regex``) an answer for the pattern
    (``re``). "¼" is a word character to ``re``, not to ``regex``; a combining accent the other way."""
    if key.isascii():
        return _UNTRUSTED_ASCII.isdisjoint(key)
    for ch in key:
        ok = _TRUSTED.get(ch)
        if ok is None:
            ok = _TRUSTED[ch] = all((a.match(ch) is None) == (b.match(ch) is None) for a, b in _CLASSES)
        if not ok:
            return False
    return True


class _Anywhere:
    """The probe of a pattern the ``regex`` package does not compile: it may begin anywhere (the
    pattern is then tried at every word start and non-word character)."""

    def match(self, key: str, partial: bool = False) -> bool:
        return True


def _probe(pattern: str, flags: int):
    try:
        return regex.compile(pattern, flags)
    except regex.error:  # (re and regex differ in a few rarely used constructs)
        return _Anywhere()
