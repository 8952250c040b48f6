"""Find the matches of regular expressions written as data, trying each only where it may start.

The cue lists and the date patterns are regular expressions. Python's ``re`` cannot skip to the
places where an alternation of words may match: it tries the pattern at every position of the text.
A :class:`Scanner` holds one list of patterns and finds their matches in two steps:

1. *where*: the candidate places are the word starts whose first ``KEY`` characters may begin a
   match of some pattern, and the non-word characters that may begin one. Whether a key may begin a
   match is asked of the pattern itself, once per distinct key, by partial matching (the ``regex``
   package: ``match(key, partial=True)`` succeeds when the pattern matches a prefix of ``key`` or
   ``key`` is the beginning of some string it matches). The answer is remembered per key and per word
   (``words.FirstWords``), so a corpus reads each distinct word once, at C speed after that.
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
from collections.abc import Iterator, Sequence

import regex

from aidledger.mentions.words import FirstWords, char_set

__all__ = ["KEY", "Scanner"]

KEY = 3  # characters of a word that decide whether it may begin a match
_WORD_CHAR = re.compile(r"\w")
_REGEX_FLAGS = {re.I: regex.I, re.S: regex.S, re.M: regex.M, re.X: regex.X}


class Scanner:
    """The patterns ``patterns`` (``re`` syntax, compiled with ``flags``), each behind
    ``(?<![not_after])`` (``not_after`` must hold ``\\w``).

    Raises ``ValueError`` for a pattern that matches the empty string (it would match everywhere).
    """

    def __init__(self, patterns: Sequence[str], flags: int = 0, *, not_after: str = r"\w"):
        if r"\w" not in not_after:
            raise ValueError(r"Scanner: not_after must hold \w (a match never starts inside a word)")
        guard = f"(?<![{not_after}])"
        self.patterns = [re.compile(f"{guard}(?:{p})", flags) for p in patterns]
        for p, compiled in zip(patterns, self.patterns, strict=True):
            if compiled.fullmatch("") is not None:
                raise ValueError(f"pattern matches the empty string: {p!r}")
        rflags = 0
        for flag, rflag in _REGEX_FLAGS.items():
            if flags & flag:
                rflags |= rflag
        self._probes = [regex.compile(p, rflags) for p in patterns]
        self._keys: dict[str, tuple[int, ...]] = {}
        self._words = FirstWords(lambda word: self.may_start(word[:KEY]))
        self._others: dict[str, bool] = {}  # non-word character -> may it begin a match

    def may_start(self, key: str) -> tuple[int, ...]:
        """The indexes of the patterns whose match may begin with ``key`` (remembered per key)."""
        found = self._keys.get(key)
        if found is None:
            # a pattern that cannot begin with the key less its last character cannot begin with the key
            which = self.may_start(key[:-1]) if len(key) > 1 else range(len(self._probes))
            probes = self._probes
            found = tuple(i for i in which if probes[i].match(key, partial=True) is not None)
            if len(self._keys) > 200_000:
                self._keys = {}
            self._keys[key] = found
        return found

    def candidates(self, text: str) -> list[tuple[int, tuple[int, ...]]]:
        """``(place, patterns that may match there)``, left to right."""
        found = self._words.found(text)
        others = self._others
        chars = []
        for ch in char_set(text):
            ok = others.get(ch)
            if ok is None:
                ok = others[ch] = _WORD_CHAR.match(ch) is None and bool(self.may_start(ch))
            if ok:
                chars.append(ch)
        if chars:
            where = re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]")
            extra = [(m.start(), self.may_start(text[m.start():m.start() + KEY])) for m in where.finditer(text)]
            extra = [c for c in extra if c[1]]
            if extra:  # (a word start is a word character: no place is in both)
                found = sorted(found + extra, key=lambda c: c[0])
        return found

    def first(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """``(index, match)``: the matches of the alternation of the patterns, non-overlapping, left to
        right; at a place, the first pattern in list order that matches."""
        last = 0
        for at, which in self.candidates(text):
            if at < last:
                continue
            for i in which:
                m = self.patterns[i].match(text, at)
                if m is not None:
                    yield i, m
                    last = m.end()
                    break

    def finditer(self, text: str) -> list[list[re.Match[str]]]:
        """For each pattern, its matches (non-overlapping, left to right), as ``re.finditer`` finds them."""
        out: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        last = [0] * len(self.patterns)
        for at, which in self.candidates(text):
            for i in which:
                if at < last[i]:
                    continue
                m = self.patterns[i].match(text, at)
                if m is not None:
                    out[i].append(m)
                    last[i] = m.end()
        return out

