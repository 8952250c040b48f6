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


@functools.lru_cache(maxsize=1)
def _status_patterns() -> tuple[re.Pattern[str], list[str]]:
    labels: list[str] = []
    parts: list[str] = []
    with open(data_path("status_cues.csv"), encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            labels.append(row["label"])
            parts.append(f"(?P<c{i}>{_expand(row['pattern'])})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")", re.I), labels


@functools.lru_cache(maxsize=1)
def _context_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    with open(data_path("context_cues.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.append((row["label"], re.compile(_expand(row["pattern"]), re.I)))
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
