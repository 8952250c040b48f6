"""Glosses: a short explanation in brackets between an item and its count, as lists of package contents write
them ("anti-drone systems (jammers) - 12 pcs.", "armoured vehicles (M113) in quantity of 14 units")."""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

# "anti-drone systems (jammers) - 12 pcs.": a short gloss in brackets, without a number, between the item and its count
_GLOSS = re.compile(r"\s*\([^()\d\n]{1,30}\)(?=\s*(?:[-–—:(]|in\s+(?:the\s+)?(?:amount|number|quantity)\b))", re.I)
_CLOSING = re.compile(r"\)(?=\s*(?:[-–—:]|in\s+(?:the\s+)?(?:amount|number|quantity)\b))", re.I)


def after_gloss(m: Mentions, head_end: int) -> int:
    """Where the count of an item ending at ``head_end`` may start: after a gloss in brackets that follows the
    item ("anti-drone systems (jammers) in quantity 12 pcs.") or after the bracket the item's name closes
    ("anti-drone guns (EDM4S) - 32 units"), when a separator of a count comes next. A bracket that names a
    donor ("(together with Denmark)") is no gloss: the donor reads it."""
    text = m.text
    gloss = _GLOSS.match(text, head_end)
    if gloss is not None:
        return head_end if m.inside(m.donors, head_end, gloss.end()) else gloss.end()
    if _CLOSING.match(text, head_end) and text.rfind("(", max(0, head_end - 30), head_end) > text.rfind(
            ")", max(0, head_end - 30), head_end):
        return head_end + 1
    return head_end
