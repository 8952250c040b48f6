"""Where a recogniser's matches can start: the word starts whose word it can begin with.

Several recognisers (the catalog's systems and generic items, the number words, the donors, the
status and context cues) are prefix trees or alternations written as one regular expression that
starts with a word boundary. Python's ``re`` cannot skip to the places such a pattern may match, so
it tries it at every word start (about 170,000 per megabyte of news text). Their matches start at a
word start, so a pattern only needs to be tried where the word there (the run of word characters)
is one it can begin with, which is decided once per distinct word and remembered; each recogniser
says which words those are, from its own pattern.

The words of a text and their starts are found once (kept for the last two texts) and shared by the
recognisers; each keeps its own answers per distinct word (``FirstWords``). ``word_set`` also lets a
recogniser skip a pattern whose required words are all missing (dates).

>>> fw = FirstWords(lambda w: w.lower() in ("two", "three"))
>>> fw.starts("Two tanks, three guns and twothree")
[0, 11]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate, compress

__all__ = ["FirstWords", "char_set", "word_set", "word_starts"]

_WORD = re.compile(r"(\w+)")  # the same ``\w`` as the recognisers' ``\b`` and ``(?<!\w)``


@lru_cache(maxsize=2)
def word_starts(text: str) -> tuple[list[str], list[int]]:
    """The words (maximal runs of word characters) of ``text`` and where each starts."""
    # [gap, word, gap, word, ..., gap] (gaps may be empty): a word starts where the text before it
    # ends. No match objects (a long text would make hundreds of thousands at once).
    parts = _WORD.split(text)
    ends = list(accumulate(map(len, parts)))
    return parts[1::2], ends[0:-1:2]


@lru_cache(maxsize=2)
def word_set(text: str) -> frozenset[str]:
    """The distinct words of ``text``."""
    return frozenset(word_starts(text)[0])


@lru_cache(maxsize=2)
def char_set(text: str) -> frozenset[str]:
    """The distinct characters of ``text``."""
    return frozenset(text)


class FirstWords:
    """The words of a text that pass ``test`` (a whole word in; a true value out when it passes).

    ``test`` must pass every word a match can start with (it may pass more); each distinct word is
    tested once, and at most ``limit`` answers are kept.
    """

    def __init__(self, test: Callable[[str], object], limit: int = 50_000):
        self._test = test
        self._limit = limit
        self._known: dict[str, object] = {}

    def _answers(self, words: list[str], distinct: frozenset[str]) -> list[object]:
        known = self._known
        new = distinct.difference(known)
        if new:
            if len(known) + len(new) > self._limit:
                known = self._known = {}  # a new dict: a caller in another thread keeps the old one
                new = distinct
            test = self._test
            for w in new:
                known[w] = test(w)
        return list(map(known.__getitem__, words))  # at C speed

    def starts(self, text: str) -> list[int]:
        """The starts of the words that pass, in order."""
        words, starts = word_starts(text)
        return list(compress(starts, self._answers(words, word_set(text))))

    def found_words(self, text: str) -> list[tuple[int, str, object]]:
        """``(start, word, answer)`` of the words that pass, in order."""
        words, starts = word_starts(text)
        answers = self._answers(words, word_set(text))
        return list(compress(zip(starts, words, answers, strict=True), answers))

    def found(self, text: str) -> list[tuple[int, object]]:
        """``(start, answer)`` of the words that pass, in order."""
        words, starts = word_starts(text)
        answers = self._answers(words, word_set(text))
        return list(compress(zip(starts, answers, strict=True), answers))
