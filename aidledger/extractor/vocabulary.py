"""Word lists of the extraction stages, read from ``data/extract_words.csv``.

Each list is a set of words or phrases with one job (see ``data/README.md``). A list is asked for by
name; it answers whether a phrase of it follows or precedes a position, on word boundaries,
case-insensitively.
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache

from aidledger.mentions.words import literal_trie
from aidledger.resources import data_path


class WordList:
    """A named list of words and phrases (``words``: lower-cased)."""

    def __init__(self, name: str, phrases: list[str]):
        self.name = name
        self.words = frozenset(p.lower() for p in phrases)
        # one prefix tree of the phrases (what their alternation, longest first, matches: ``re`` checks a
        # place against a few branches, not every phrase), lower-cased (matched case-insensitively
        # all the same) so that no two branches of a node match the same character
        tree = literal_trie({" ".join(p.lower().split()) for p in phrases})
        self._after = re.compile(rf"\s+(?:{tree})\b", re.I)
        self._after_possessive = re.compile(rf"(?:['’]s)?\s+(?:{tree})\b", re.I)

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
        tokens = [_bare(t) for t in before.rsplit(None, 3)[-3:]]  # (the last three of ``before.split()``)
        if tokens and tokens[-1] == "the":
            tokens.pop()
        return bool(tokens) and (tokens[-1] in self.words or " ".join(tokens[-2:]) in self.words)


_WORD_EDGE = re.compile(r"^\W+")


@lru_cache(maxsize=4096)
def _bare(token: str) -> str:
    """``token`` without the non-word characters it starts with, in lower case (remembered: the words
    before a name are the same few again and again)."""
    return _WORD_EDGE.sub("", token).lower()


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


@cache
def purchase_words(*columns: str) -> str:
    """The words of buying of ``data/purchase_verbs.csv`` in the given columns (``base``, ``past``,
    ``present``, ``ing``, ``nouns``), as one alternation (longest first), the one vocabulary of purchases
    that the donor, status and exclusion stages read."""
    with open(data_path("purchase_verbs.csv"), encoding="utf-8", newline="") as f:
        found = {w.strip() for row in csv.DictReader(f) for c in columns for w in row[c].split("|") if w.strip()}
    return "|".join(sorted(found, key=lambda w: (-len(w), w)))
