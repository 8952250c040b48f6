"""Find the matches of regular expressions written as data, trying each only where it may start.

The cue lists and the date patterns are regular expressions. Python's ``re`` cannot skip to the
places where an alternation of words may match: it tries the pattern at every position of the text.
A :class:`Scanner` holds one list of patterns and finds their matches in two steps:

1. *where*: the candidate places are the word starts whose word may begin a match of some pattern,
   and the non-word characters that may begin one. That is asked of the pattern itself by partial
   matching (the ``regex`` package: ``match(key, partial=True)`` succeeds when the pattern matches a
   prefix of ``key`` or ``key`` is the beginning of some string it matches): first of the word's first
   ``KEY`` characters (remembered per key, so most words need no question at all; the answer for each
   word is kept by ``words.FirstWords``, so a corpus finds the words that pass at C speed), then, for
   the patterns that pass, of the whole word with the character after it: "s" of "Ukraine's" may
   begin "sees", "s " not. That last question is asked the second time a word with the character
   after it is seen, and its answer remembered: at its first sight the patterns that may begin with its
   key are tried there (a match tried at one place costs less than a question, and most of the words
   of a text that are new are seen once).
2. *what*: at each candidate, the patterns that may start with its key are matched (``re``) in turn.

A match never starts inside a word: every pattern is compiled behind ``(?<![\\w...])``, so every
place a pattern can match is a word start or a non-word character, and step 1 only drops places
where the pattern cannot match.

A list may read the text with some non-word characters read as other non-word characters
(``reads_as``, a ``str.maketrans`` table: the status cues read quotation marks as spaces). The
words and where they start are then the same in the text and in its reading, and the places differ
only around the changed characters: the candidate places are found once, for the text, and at the
few places a changed character may change the answer (the word just before it, the non-word
characters whose key holds it) the patterns that may begin there in the reading are added. A list
is then matched against its own reading at places that hold every place where it may match.

``finditer`` then gives exactly what ``re.finditer`` of the pattern gives (one pattern; of the
list's reading of the text), and ``first`` what ``re.finditer`` of the alternation of all the
patterns gives (the first pattern, in list order, that matches at the leftmost place).
``tests/test_scan.py`` holds both to that on random text.

>>> s = Scanner([r"will\\s+send", r"\\bsent\\b"], re.I)
>>> [(m.start(), m.group(), i) for i, m in s.first("Oslo sent 2 and WILL SEND more")]
[(5, 'sent', 1), (16, 'WILL SEND', 0)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter

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

    def __init__(self, patterns: Sequence[str], flags: int = 0, *, not_after: str = r"\w",
                 reads_as: dict[int, str] | None = None):
        self._build([(patterns, flags, not_after, reads_as)])

    @classmethod
    def joint(cls, *lists: tuple) -> list[Part]:
        """One scanner for several lists of patterns, each given as ``(patterns, flags, not_after)`` or
        ``(patterns, flags, not_after, reads_as)``; one ``Part`` per list, in order."""
        scanner = cls.__new__(cls)
        scanner._build(list(lists))
        return [Part(scanner, k) for k in range(len(lists))]

    def _build(self, lists: list[tuple]) -> None:
        self.patterns: list[re.Pattern[str]] = []
        self._probes = []
        blind = set()
        self._ranges: list[tuple[int, int]] = []  # the patterns of each list: [lo, hi)
        self._reads: list[_Reading | None] = []  # each list's reading (None: the text itself)
        for patterns, flags, not_after, *rest in lists:
            reads_as = rest[0] if rest else None
            same = [r for r in self._reads if r is not None and r.table == reads_as]
            self._reads.append(same[0] if same else _Reading(reads_as) if reads_as else None)
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
        self._match = [p.match for p in self.patterns]  # (bound once: tried at every candidate place)
        self._blind = frozenset(blind)
        self._keys: dict[str, tuple[int, ...]] = {}
        self._words = FirstWords(self._may_start_word)
        self._refined: dict[str, tuple[int, ...]] = {}  # a word and the character after it -> patterns
        self._seen: set[str] = set()  # the words with the character after them seen once (not asked yet)
        self._others: dict[str, bool] = {}  # character -> may a match begin with it (word characters: no)
        # the key at each non-word character a match may begin with (``_note_chars``; None: no such character)
        self._starter_keys: re.Pattern[str] | None = None
        self._note_chars(" \t\n\r\u00a0.,;:()\"'’-$€£%/")
        # a non-word character is a candidate where no word character stands before it (every list's
        # ``not_after`` holds \w; a pattern with more checks the rest itself)
        self._guard_re = re.compile(r"(?<!\w)")
        self._readings = list({id(r): r for r in self._reads if r is not None}.values())  # the distinct readings
        self._note_chars({ch for r in self._readings for ch in r.table.values()})
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
        its key (remembered per word by ``FirstWords``; the whole word is asked about with the
        character after it, ``_refine``)."""
        return self.may_start(word[:KEY])

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
        refined = self._refined
        words = self._words.found_words(text)
        for at, word, which in words:
            # asked again with the character after the word: "s" (of "Ukraine's") may begin "sees",
            # "s " may not
            key = text[at:at + len(word) + 1]
            again = refined.get(key)
            if again is None:
                again = self._refine(key, which)
            if again:
                found.append((at, again))
        new = char_set(text).difference(self._others)
        if new:
            self._note_chars(new)
        if self._starter_keys is not None:
            found = self._starters_added(text, found)
        return self._with_readings(text, found, words) if self._readings else found

    def _starters_added(self, text: str, found: list[tuple[int, tuple[int, ...]]]) -> list[tuple[int, tuple[int, ...]]]:
        """``found`` (the word starts) with the non-word characters a match may begin with. The keys at those
        characters (one per place, ``_starter_keys``) are read at C speed and asked once each: most are
        keys no pattern may begin with (" th": a space may begin a match only before "not"), and only the
        places of the others are then looked for."""
        passing = {}
        for key in set(self._starter_keys.findall(text)):
            which = self.may_start(key)
            if which:
                passing[key] = which
        if not passing:
            return found
        extra = []
        guard = self._guard_re
        for key, which in passing.items():
            if len(key) < KEY:  # (a key cut short by the end of the text: its one place)
                extra.append((len(text) - len(key), which))
                continue
            at = text.find(key)
            while at >= 0:
                if guard.match(text, at) is not None:
                    extra.append((at, which))
                at = text.find(key, at + 1)
        # (a word start is a word character: no place is in both)
        return sorted(found + extra, key=lambda c: c[0])

    def _with_readings(self, text: str, found: list[tuple[int, tuple[int, ...]]],
                       words: list[tuple[int, str, tuple[int, ...]]]) -> list[tuple[int, tuple[int, ...]]]:
        """``found`` (the places of ``text``) with, for each reading that changes a character of
        ``text``, the patterns that may begin in the reading at the places the change touches: the word
        just before a changed character (its key holds the character after it) and the non-word
        characters whose key holds it. ``words``: the ``found_words`` of ``text``."""
        chars = char_set(text)
        added: dict[int, set[int]] = {}
        for reading in self._readings:
            if reading.changed.isdisjoint(chars):
                continue
            read = reading.of(text)
            for m in reading.changed_re.finditer(text):
                d = m.start()
                k = bisect_right(words, d - 1, key=itemgetter(0)) - 1
                if k >= 0 and words[k][0] + len(words[k][1]) == d:
                    at = words[k][0]
                    again = self._refine(read[at:d + 1], words[k][2])
                    if again:
                        added.setdefault(at, set()).update(again)
                for at in range(max(0, d - KEY + 1), d + 1):
                    if _WORD_CHAR.match(text, at) is None and self._guard_re.match(text, at) is not None:
                        which = self.may_start(read[at:at + KEY])
                        if which:
                            added.setdefault(at, set()).update(which)
        if not added:
            return found
        places = dict(found)
        for at, which in added.items():
            places[at] = tuple(sorted(which.union(places.get(at, ()))))
        return sorted(places.items())

    def _refine(self, key: str, which: tuple[int, ...]) -> tuple[int, ...]:
        """The patterns of ``which`` (those that may begin with a word) that may begin with ``key``, the
        word with the character after it (remembered per key). At the first sight of ``key`` it is not
        asked: ``which`` itself (the patterns are then tried at that one place)."""
        refined = self._refined
        again = refined.get(key)
        if again is None:
            seen = self._seen
            if key not in seen:
                if len(seen) > 200_000:
                    seen.clear()
                seen.add(key)
                return which
            if len(refined) > 200_000:
                refined.clear()
            probes = self._probes
            again = refined[key] = tuple(i for i in which if probes[i].match(key, partial=True) is not None) \
                if _trusted(key) else which
        return again

    def reading(self, text: str, part: int) -> str:
        """``text`` as list ``part`` reads it."""
        reading = self._reads[part]
        return text if reading is None else reading.of(text)

    def _note_chars(self, chars: Iterable[str]) -> None:
        """Decide, once per character, whether a match may begin with it (a word character: never,
        since a match starts at a word start, which ``found_words`` gives); remake ``_starter_keys`` when a
        new non-word character may (few do: most punctuation begins no pattern)."""
        others, grow = self._others, False
        for ch in chars:
            ok = others[ch] = _WORD_CHAR.match(ch) is None and bool(self.may_start(ch))
            grow = grow or ok
        if grow:
            starters = "".join(re.escape(ch) for ch, ok in sorted(others.items()) if ok)
            # the key at each of them where no word character stands before it (overlapping: a lookahead)
            self._starter_keys = re.compile(f"(?<!\\w)(?=([{starters}](?s:.{{0,{KEY - 1}}})))")

    def first(self, text: str, part: int = 0) -> Iterator[tuple[int, re.Match[str]]]:
        """``(index, match)``: the matches of the alternation of the patterns (of list ``part``),
        non-overlapping, left to right; at a place, the first pattern in list order that matches.
        ``index`` counts from the list's first pattern. The matches are of the list's reading of
        ``text`` (``reads_as``; the same places)."""
        last, lo = 0, self._ranges[part][0]
        places = self.candidates_of(text, part)
        read, match = self.reading(text, part), self._match
        for at, which in places:
            if at < last:
                continue
            for i in which:
                m = match[i](read, at)
                if m is not None:
                    yield i - lo, m
                    last = m.end()
                    break

    def finditer(self, text: str, part: int = 0) -> list[list[re.Match[str]]]:
        """For each pattern (of list ``part``), its matches (non-overlapping, left to right), as
        ``re.finditer`` finds them (in the list's reading of ``text``)."""
        lo, hi = self._ranges[part]
        out: list[list[re.Match[str]]] = [[] for _ in range(lo, hi)]
        last = [0] * (hi - lo)
        places = self.candidates_of(text, part)
        read, match = self.reading(text, part), self._match
        for at, which in places:
            for i in which:
                if at < last[i - lo]:
                    continue
                m = match[i](read, at)
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


class _Reading:
    """A text with some non-word characters read as others (``table``: ``str.maketrans``). It must change
    only non-word characters, each into one non-word character: the words of the text and where they
    start are then those of its reading."""

    def __init__(self, table: dict[int, str]):
        for k, v in table.items():
            if not isinstance(k, int) or _WORD_CHAR.match(chr(k)) or not isinstance(v, str) or len(v) != 1 \
                    or _WORD_CHAR.match(v):
                raise ValueError(f"Scanner: reads_as may only read a non-word character as one non-word "
                                 f"character: {k!r} -> {v!r}")
        self.table = table
        self.changed = frozenset(map(chr, table))  # the characters it changes
        self.changed_re = re.compile("[" + "".join(map(re.escape, sorted(self.changed))) + "]")
        self._last: tuple[str, str] | None = None  # the last text and its reading

    def of(self, text: str) -> str:
        """``text`` as read (the last text's is kept). (``str.translate`` looks up every character of a
        text that is not ASCII; the few changed characters are found at C speed instead.)"""
        last = self._last
        if last is None or last[0] != text:
            table = self.table
            last = self._last = (text, self.changed_re.sub(lambda m: table[ord(m.group())], text))
        return last[1]


def _probe(pattern: str, flags: int):
    try:
        return regex.compile(pattern, flags)
    except regex.error:  # (re and regex differ in a few rarely used constructs)
        return _Anywhere()
