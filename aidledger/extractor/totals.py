"""Parts of running totals: "takes its total assistance to $1.3 billion, of which about $1.1 billion is military
support" — the part of a cumulative total told after it is a total too (README rule 5), no pledge of its own.
``exclusions.context_reason`` asks ``part_of_a_total``."""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.status_weak_cues import after_superlative

# the part's lead right before it: ", of which about", "- of that,"
_OF_WHICH = re.compile(r"[,;(–—-]\s*of\s+(?:which|this|that|it)\s*,?\s*(?:about|around|some|roughly|nearly|almost|over|"
                       r"more\s+than|just\s+(?:over|under))?\s*$", re.I)
_TOTAL_LABELS = ("cumulative", "cumulative_money")


def part_of_a_total(m: Mentions, item) -> bool:
    """Is money ``item`` the part ("of which $1.1 billion is military") of the amount right before it in its
    sentence, when that amount is a running total (a cumulative cue in its clause: "takes total assistance to",
    "aid since 2022 totals"; not a superlative's "the largest package so far")?"""
    if item.kind != "money" or not _OF_WHICH.search(m.text, max(0, item.start - 40), item.start):
        return False
    k = m.sentence_index(item.start)
    s, e = m.sentences[k] if k >= 0 else (0, item.start)
    before = m.inside(m.money, s, item.start)
    if not before:
        return False
    whole = before[-1]
    cs, ce = m.clause_of(s, e, whole.start)
    return any(c.label in _TOTAL_LABELS and not after_superlative(m.text, c.start)
               for c in m.inside(m.context_cues, cs, ce))
