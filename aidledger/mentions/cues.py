"""Status cues (pledged, delivered, funded, considering, refused) and context cues (cumulative
totals, year-on-year differences, things that are not aid, delivery schedules).

Both lists are data: ``data/status_cues.csv`` (``label,pattern,note``) and
``data/context_cues.csv`` (``label,scope,pattern,note``). Patterns are Python regular expressions,
matched case-insensitively; ``GIVE`` stands for any form of a verb of giving and ``GIVEN`` for its
past forms (both from ``data/give_verbs.csv``). Status patterns are tried in file order and the
first that matches at a position wins, so specific patterns (refusals, hedges, future passives)
come before general ones.

>>> [(c.label, c.text) for c in find_status_cues("France would send 12 howitzers")]
[('pledged', 'would send')]
"""

from __future__ import annotations

import csv
import functools
import re
from typing import NamedTuple

from aidledger.resources import data_path


class Cue(NamedTuple):
    """A cue in the text. Attributes: start, end, text (the span), label."""

    start: int
    end: int
    text: str
    label: str


@functools.lru_cache(maxsize=1)
def _give_forms() -> tuple[str, str]:
    every: list[str] = []
    past: list[str] = []
    with open(data_path("give_verbs.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for col in ("base", "past", "present", "ing"):
                every.extend(row[col].split("|"))
            past.extend(row["past"].split("|"))

    def alt(words: list[str]) -> str:
        return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                for w in sorted(set(words), key=len, reverse=True)) + r")\b"

    return alt(every), alt(past)


def _expand(pattern: str) -> str:
    give, given = _give_forms()
    return pattern.replace("GIVEN", given).replace("GIVE", give)


class _Unknown(Exception):
    pass


def _firsts(items: list) -> tuple[set[str], bool]:
    """The characters a match of the parsed sequence ``items`` can start with, and whether it can
    be empty. Raises ``_Unknown`` for what is not analysed (classes such as ``\\w``, ``.``,
    scoped flags, back references)."""
    from re import _constants as c  # the parser's own vocabulary (stable since Python 3.11)

    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is c.IN:
            for sop, sav in av:
                if sop is c.LITERAL:
                    out.add(chr(sav))
                elif sop is c.RANGE and sav[1] - sav[0] < 128:
                    out.update(map(chr, range(sav[0], sav[1] + 1)))
                else:
                    raise _Unknown
            return out, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: the next item starts the match
            continue
        if op is c.BRANCH:
            nullable = False
            for alt in av[1]:
                chars, empty = _firsts(list(alt))
                out |= chars
                nullable |= empty
        elif op is c.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown
            chars, nullable = _firsts(list(av[3]))
            out |= chars
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            chars, nullable = _firsts(list(av[2]))
            out |= chars
            nullable = nullable or av[0] == 0
        else:
            raise _Unknown
        if not nullable:
            return out, False
    return out, True


def _gate(pattern: str, flags: int) -> str:
    """A lookahead that fails at once where ``pattern`` cannot start (``(?=[adg])``), or ``""``.

    It only rejects positions where the pattern cannot match, so prefixing it changes no match;
    it saves trying every alternative of the pattern at every word of the text.
    """
    from re import _parser

    try:
        chars, nullable = _firsts(list(_parser.parse(pattern, flags)))
    except _Unknown:
        return ""
    if nullable or not chars:
        return ""
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])"


def _starts_at_boundary(pattern: str, flags: int) -> bool:
    """True when every alternative of ``pattern`` starts with ``\\b``."""
    from re import _constants as c
    from re import _parser

    items = list(_parser.parse(pattern, flags))
    if items and items[0][0] is c.BRANCH and len(items) == 1:
        return all(alt and alt[0] == (c.AT, c.AT_BOUNDARY) for alt in items[0][1][1])
    return bool(items) and items[0] == (c.AT, c.AT_BOUNDARY)


@functools.lru_cache(maxsize=1)
def _status_patterns() -> tuple[re.Pattern[str], list[str]]:
    labels: list[str] = []
    parts: list[str] = []
    with open(data_path("status_cues.csv"), encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            labels.append(row["label"])
            pattern = _expand(row["pattern"])
            parts.append(f"{_gate(pattern, re.I)}(?P<c{i}>{pattern})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")", re.I), labels


@functools.lru_cache(maxsize=1)
def _context_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    with open(data_path("context_cues.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pattern = _expand(row["pattern"])
            gate = _gate(pattern, re.I)
            if gate and _starts_at_boundary(pattern, re.I):
                # "\b(?=[...])(?:pattern)" matches what "pattern" matches: every alternative
                # starts with \b, and the gate only drops positions where none can start.
                pattern = r"\b" + gate + "(?:" + pattern + ")"
            out.append((row["label"], re.compile(pattern, re.I)))
    return out


def find_status_cues(text: str) -> list[Cue]:
    """Status cues in ``text``, left to right, non-overlapping."""
    pattern, labels = _status_patterns()
    out = []
    for m in pattern.finditer(text):
        idx = int(m.lastgroup[1:]) if m.lastgroup else 0
        out.append(Cue(m.start(), m.end(), m.group(0), labels[idx]))
    return out


def find_context_cues(text: str) -> list[Cue]:
    """Context cues in ``text`` (may overlap each other), sorted by start."""
    out = []
    for label, pattern in _context_patterns():
        out.extend(Cue(m.start(), m.end(), m.group(0), label) for m in pattern.finditer(text))
    out.sort(key=lambda c: c.start)
    return out
