"""Word lists of the extraction stages, read from ``data/extract_words.csv``.

Each list is a set of words or phrases with one job (see ``data/README.md``). A list is asked for by
name; it answers whether a phrase of it follows or precedes a position, on word boundaries,
case-insensitively.
"""

from __future__ import annotations

import csv
import re
from functools import cache

from aidledger.resources import data_path


class WordList:
    """A named list of words and phrases (``words``: lower-cased)."""

    def __init__(self, name: str, phrases: list[str]):
        self.name = name
        self.words = frozenset(p.lower() for p in phrases)
        alternation = "|".join(r"\s+".join(map(re.escape, p.split()))
                               for p in sorted(phrases, key=len, reverse=True))
        self._after = re.compile(rf"\s+(?:{alternation})\b", re.I)
        self._after_possessive = re.compile(rf"(?:['’]s)?\s+(?:{alternation})\b", re.I)

    def match_after(self, text: str, pos: int, end: int | None = None, *, possessive: bool = False) -> bool:
        """A phrase of the list follows ``pos`` after white space, before ``end`` ("'s" first, with
        ``possessive``)."""
        pattern = self._after_possessive if possessive else self._after
        return pattern.match(text, pos, len(text) if end is None else end) is not None


    def ends(self, before: str) -> bool:
        """``before`` ends with a phrase of the list, then white space and an optional "the"
        ("... a summit in the " ends with "in")."""
        if not before or not before[-1].isspace():
            return False
        tokens = [_WORD_EDGE.sub("", t).lower() for t in before.split()[-3:]]
        if tokens and tokens[-1] == "the":
            tokens.pop()
        return bool(tokens) and (tokens[-1] in self.words or " ".join(tokens[-2:]) in self.words)


_WORD_EDGE = re.compile(r"^\W+")


@cache
def _lists() -> dict[str, WordList]:
    phrases: dict[str, list[str]] = {}
    with open(data_path("extract_words.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            phrases.setdefault(row["list"], []).append(row["phrase"].strip())
    return {name: WordList(name, ps) for name, ps in phrases.items()}


def words(name: str) -> WordList:
    """The word list ``name`` of ``data/extract_words.csv``."""
    return _lists()[name]
