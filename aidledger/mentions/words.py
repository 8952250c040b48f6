"""Where a recogniser's matches can start: the word starts whose word it can begin with.

Several recognisers (the catalog's systems and generic items, the number words, the donors, the
status and context cues, the dates) are prefix trees or alternations written as one regular
expression that starts with a word boundary. Python's ``re`` cannot skip to the places such a
pattern may match, so it tries it at every word start (about 170,000 per megabyte of news text).
Their matches start at a word start, so a pattern only needs to be tried where the word there (the
run of word characters) is one it can begin with, which is decided once per distinct word and
remembered; each recogniser says which words those are, from its own pattern.

One table serves them all. The words of a text are found once (``table``: the words, where each
starts, and each word's number in one vocabulary shared by every recogniser, kept for the last few
texts); a recogniser keeps its answers in a list indexed by those numbers (``FirstWords``), so
reading the answers for a document is one list look-up per word, and only the words the vocabulary
has never held are looked up by their letters (once per document, for all recognisers together).

>>> fw = FirstWords(lambda w: w.lower() in ("two", "three"))
>>> fw.starts("Two tanks, three guns and twothree")
[0, 11]
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, compress
from typing import NamedTuple

__all__ = ["FirstWords", "Table", "char_set", "literal_trie", "table", "word_set", "word_starts"]

_WORD = re.compile(r"(\w+)")  # the same ``\w`` as the recognisers' ``\b`` and ``(?<!\w)``
LIMIT = 200_000  # distinct words the vocabulary holds before it starts again


class _Vocabulary:
    """Distinct words, numbered in the order they were first seen (``ids``, ``words``)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.words: list[str] = []


_vocabulary = _Vocabulary()
_lock = threading.Lock()


class Table(NamedTuple):
    """The words of one text (maximal runs of word characters), where each starts, and each one's
    number in ``vocabulary`` (the vocabulary current when the table was made)."""

    words: list[str]
    starts: list[int]
    ids: list[int]
    vocabulary: _Vocabulary


def literal_trie(words: Iterable[str]) -> str:
    """A regex matching exactly ``words`` (a space in a word matching any run of white space), as a
    prefix tree.

    It matches what the plain alternation of the words sorted longest first matches, with the same
    preference (a longer word before a word that is its prefix): at each node only one next character
    can match (no word may hold white space other than " "), and an optional ending is greedy.
    Python's ``re`` skips a branch whose first character differs at C speed, so a place in the text
    is checked against a few branches instead of every word (the alternation tries them all, in turn).

    >>> print(literal_trie(["send", "sent", "sending", "hand over", "hand"]))
    (?:hand(?:\\s+over)?|sen(?:d(?:ing)?|t))
    """
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(tree)


SHORT = 64  # characters: a text this short is split afresh at each call, not kept


def table(text: str) -> Table:
    """The word table of ``text``: found once, read by every recogniser. The tables of the last few
    texts longer than ``SHORT`` are kept (the documents the recognisers read in turn); the short
    snippets the extractor's stages ask about (the words before an item) are split afresh, so that
    they do not push the document's table out."""
    return _table(text) if len(text) <= SHORT else _kept(text)


@lru_cache(maxsize=4)
def _kept(text: str) -> Table:
    return _table(text)


def _table(text: str) -> Table:
    global _vocabulary
    # [gap, word, gap, word, ..., gap] (gaps may be empty): a word starts where the text before it
    # ends. No match objects (a long text would make hundreds of thousands at once).
    parts = _WORD.split(text)
    ends = list(accumulate(map(len, parts)))
    words, starts = parts[1::2], ends[0:-1:2]
    with _lock:
        vocab = _vocabulary
        new = frozenset(words).difference(vocab.ids)
        if new:
            if len(vocab.words) + len(new) > LIMIT:
                # a new vocabulary: the recognisers see it is not the one their answers are for
                vocab = _vocabulary = _Vocabulary()
                new = frozenset(words)
            ids, known = vocab.ids, vocab.words
            for w in new:
                ids[w] = len(known)
                known.append(w)
        numbers = list(map(vocab.ids.__getitem__, words))
    return Table(words, starts, numbers, vocab)


def word_starts(text: str) -> tuple[list[str], list[int]]:
    """The words (maximal runs of word characters) of ``text`` and where each starts."""
    t = table(text)
    return t.words, t.starts


@lru_cache(maxsize=2)
def word_set(text: str) -> frozenset[str]:
    """The distinct words of ``text``."""
    return frozenset(table(text).words)


@lru_cache(maxsize=2)
def char_set(text: str) -> frozenset[str]:
    """The distinct characters of ``text``."""
    return frozenset(text)


_UNKNOWN = object()  # an answer not asked yet
EAGER = 1_000  # a recogniser first used with a larger vocabulary asks its words as texts bring them


class FirstWords:
    """The words of a text that pass ``test`` (a whole word in; a true value out when it passes).

    ``test`` must pass every word a match can start with (it may pass more). Each word of the shared
    vocabulary is tested once, when a text that brings it is first read; the answers last as long as
    the vocabulary (``LIMIT`` distinct words). A recogniser first used when the vocabulary already
    holds more than ``EAGER`` words (one made late, as tests do) asks those words as the texts it
    reads bring them, and a few more at each text, until it knows them all.
    """

    def __init__(self, test: Callable[[str], object]):
        self._test = test
        self._vocabulary: _Vocabulary | None = None
        self._answers: list[object] = []  # by word number in ``_vocabulary``
        self._unknown = 0  # answers not asked yet (``_UNKNOWN`` in ``_answers``)
        self._next = 0  # where the next catching up starts
        self._lock = threading.Lock()

    def _answers_of(self, t: Table) -> list[object]:
        """The answers for the words of ``t``, in order."""
        vocab = t.vocabulary
        with self._lock:
            answers = self._answers
            if self._vocabulary is not vocab:
                # a new vocabulary: a new list (a caller in another thread keeps the old one)
                answers = self._answers = []
                self._vocabulary, self._unknown, self._next = vocab, 0, 0
            n = len(vocab.words)
            if len(answers) < n:
                if not answers and n > EAGER:
                    answers.extend([_UNKNOWN] * n)
                    self._unknown = n
                else:
                    answers.extend(map(self._test, vocab.words[len(answers):n]))
            if self._unknown:
                self._catch_up(answers, t.ids, vocab.words)
        return list(map(answers.__getitem__, t.ids))  # at C speed

    def _catch_up(self, answers: list[object], ids: list[int], words: list[str]) -> None:
        """Ask the words of a text not asked yet, and as many more of the vocabulary's, in order."""
        test, asked = self._test, 0
        for k in ids:
            if answers[k] is _UNKNOWN:
                answers[k] = test(words[k])
                asked += 1
        budget, k = max(len(ids), 64), self._next
        while asked < self._unknown and budget and k < len(answers):
            if answers[k] is _UNKNOWN:
                answers[k] = test(words[k])
                asked += 1
                budget -= 1
            k += 1
        self._next = k
        self._unknown -= asked

    def starts(self, text: str) -> list[int]:
        """The starts of the words that pass, in order."""
        t = table(text)
        return list(compress(t.starts, self._answers_of(t)))

    def matches(self, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` for a pattern whose matches start only at words that pass: the
        pattern is tried at those words, left to right, from the end of the last match on."""
        pos = 0
        for start in self.starts(text):
            if start >= pos:
                found = pattern.match(text, start)
                if found is not None:
                    yield found
                    pos = found.end()

    def found_words(self, text: str) -> list[tuple[int, str, object]]:
        """``(start, word, answer)`` of the words that pass, in order."""
        t = table(text)
        answers = self._answers_of(t)
        return list(compress(zip(t.starts, t.words, answers, strict=True), answers))

    def found(self, text: str) -> list[tuple[int, object]]:
        """``(start, answer)`` of the words that pass, in order."""
        t = table(text)
        answers = self._answers_of(t)
        return list(compress(zip(t.starts, answers, strict=True), answers))
