"""Status cues (pledged, delivered, funded, considering, refused) and context cues (cumulative
totals, year-on-year differences, things that are not aid, delivery schedules).

Both lists are data: ``data/status_cues.csv`` (``label,pattern,note``) and
``data/context_cues.csv`` (``label,scope,pattern,note``). Patterns are Python regular expressions,
matched case-insensitively; ``GIVE`` stands for any form of a verb of giving, ``GIVEN`` for its
past forms, ``GIVES`` for its present and ``GIVING`` for its -ing forms (from ``data/give_verbs.csv``);
``DETAILS`` for the nouns of details ("numbers", "figures", "a timeline": the list ``detail_noun`` of
``data/extract_words.csv``).
Status patterns are tried in file order and the first that matches at a position wins, so specific
patterns (refusals, hedges, future passives) come before general ones. A cue never starts inside a
word (nor, for a status cue, after a hyphen).

Both lists are found by one :class:`~aidledger.mentions.scan.Scanner`, with the date patterns
(``phrases.parts``): the patterns are tried only at the words (and non-word characters) they may
begin with, found in one pass over the document for the three lists.

>>> [(c.label, c.text) for c in find_status_cues("France would send 12 howitzers")]
[('pledged', 'would send')]
"""

from __future__ import annotations

import csv
import functools
import re
from typing import NamedTuple

from aidledger.mentions.scan import Part
from aidledger.mentions.words import literal_trie
from aidledger.resources import data_path


class Cue(NamedTuple):
    """A cue in the text. Attributes: start, end, text (the span), label, and for context cues the
    scope of the row that found it (``clause``: the whole clause; ``unless_given``: the clause,
    unless a status cue is nearer the item)."""

    start: int
    end: int
    text: str
    label: str
    scope: str = "clause"


@functools.lru_cache(maxsize=1)
def _give_forms() -> dict[str, str]:
    """The macros of the cue patterns, from ``give_verbs.csv``: ``GIVE`` every form, ``GIVEN`` the past
    forms, ``GIVES`` the present forms, ``GIVING`` the -ing forms of the verbs of giving."""
    forms: dict[str, list[str]] = {"GIVE": [], "GIVEN": [], "GIVES": [], "GIVING": []}
    with open(data_path("give_verbs.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for col in ("base", "past", "present", "ing"):
                forms["GIVE"].extend(row[col].split("|"))
            forms["GIVEN"].extend(row["past"].split("|"))
            forms["GIVES"].extend(row["present"].split("|"))
            forms["GIVING"].extend(row["ing"].split("|"))

    # a prefix tree, not the alternation of the forms: the GIVE of a pattern is tried at several places
    # of each cue candidate, and ``re`` tries the branches of an alternation one after the other
    return {name: "(?:" + literal_trie(words) + r")\b" for name, words in forms.items()}


@functools.lru_cache(maxsize=1)
def _macros() -> dict[str, str]:
    """Every macro of the cue patterns: the verbs of giving, and ``DETAILS``, the nouns of details a
    speaker gives or withholds ("gave no details", "will not give numbers": the word list
    ``detail_noun`` of ``extract_words.csv``)."""
    with open(data_path("extract_words.csv"), encoding="utf-8", newline="") as f:
        details = [row["phrase"] for row in csv.DictReader(f) if row["list"] == "detail_noun"]
    return {**_give_forms(), "DETAILS": "(?:" + literal_trie(details) + r")\b"}


_MACRO = re.compile(r"GIVEN|GIVES|GIVING|GIVE|DETAILS")


def expand(pattern: str) -> str:
    """``pattern`` with the macros ``GIVE``, ``GIVEN``, ``GIVES``, ``GIVING`` and ``DETAILS`` spelt out."""
    macros = _macros()
    return _MACRO.sub(lambda m: macros[m.group(0)], pattern)


@functools.cache
def compiled(pattern: str) -> re.Pattern[str]:
    """``expand(pattern)`` compiled once, case-blind: for the extractor's patterns that name the
    verbs of giving."""
    return re.compile(expand(pattern), re.I)


@functools.lru_cache(maxsize=2)
def _rows(name: str) -> list[dict[str, str]]:
    with open(data_path(name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def status_patterns() -> list[str]:
    """The status patterns (expanded), in file order."""
    return [expand(r["pattern"]) for r in _rows("status_cues.csv")]


def context_patterns() -> list[str]:
    """The context patterns (expanded), in file order."""
    return [expand(r["pattern"]) for r in _rows("context_cues.csv")]


def _status_scanner() -> tuple[Part, list[str]]:
    """The status patterns (expanded), in file order, and their labels."""
    from aidledger.mentions.phrases import parts

    return parts()[0], [r["label"] for r in _rows("status_cues.csv")]


def _context_scanner() -> tuple[Part, list[tuple[str, str]]]:
    """The context patterns (expanded), in file order, and their (label, scope)."""
    from aidledger.mentions.phrases import parts

    return parts()[1], [(r["label"], r["scope"]) for r in _rows("context_cues.csv")]


def find_status_cues(text: str) -> list[Cue]:
    """Status cues in ``text``, left to right, non-overlapping. Double quotation marks inside a phrase do not
    break it ('was "considering" sending', 'would "not" send': a spoken word quoted): they are read as spaces
    (the positions stay those of ``text``)."""
    scanner, labels = _status_scanner()  # (the scanner reads the text as ``QUOTES_AS_SPACES`` reads it)
    return [Cue(m.start(), m.end(), text[m.start():m.end()], labels[i]) for i, m in scanner.first(text)]


QUOTES_AS_SPACES = str.maketrans({q: " " for q in '"\u201c\u201d\u201e\u00ab\u00bb'})


def find_context_cues(text: str) -> list[Cue]:
    """Context cues in ``text`` (may overlap each other), sorted by start."""
    scanner, rows = _context_scanner()
    out = [Cue(m.start(), m.end(), m.group(0), *rows[i])
           for i, matches in enumerate(scanner.finditer(text)) for m in matches]
    out.sort(key=lambda c: c.start)
    return out
