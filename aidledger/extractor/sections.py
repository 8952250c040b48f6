"""Sections of an overview: a heading line that says what state the entries under it are in.

Official overviews, fact sheets and newsletters split their lists by state::

    A. DELIVERED MILITARY SUPPORT (selection)
    - 18 Leopard 2A6 main battle tanks
    B. IN PREPARATION / IMPLEMENTATION
    - 16 Zetros trucks
    ❌ NOT HAPPENING
    • Austria: no weapons, citing neutrality

A heading is a line of its own made only of a state ("Delivered", "Already handed over", "In preparation",
"Funds", "Being weighed", "Not happening") and words for what is listed ("military support",
"equipment", "(selection)"), after an optional enumerator ("A.", "2)", "II.") or emoji, with or without a
closing colon. ``state_of`` gives the state of the heading a list line stands under: walking up over the
bulleted, dashed or numbered lines of its run (and blank lines), the first other line must be such a
heading. Prose after a list (a line that is no entry) is under no heading: its own words tell its state.
An entry's own words ("financed by Germany", "has not arrived") still come first (the pipeline asks
``state_of`` only for an entry that tells no state).
"""

from __future__ import annotations

import re

from aidledger.extractor import lines
from aidledger.extractor.index import Mentions

# a bulleted, dashed or numbered entry ("- 4 radars", "• Latvia: 42 pickups", "1) 25 trucks", "(a) ...")
_ENTRY = re.compile(r"[ \t]*" + lines.ENTRY_MARK + r"[ \t]+")
# what may stand before a heading's words: an enumerator ("A.", "II)", "3."), emoji and other signs
_LEAD = re.compile(r"[\W_]*?(?:(?:[A-Z]|[IVX]{1,4}|\d{1,2})[.)]\s+)?[^\w(]*")
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_TRAIL = re.compile(r"[^\w)]+$")

_WHAT = (r"(?:(?:military|defen[cs]e|lethal|non-lethal|financial)\s+)?(?:support|aid|assistance|equipment|materiel|"
         r"material|items?|weapons?|systems?|capabilities|deliveries|packages?|goods|services?)")
_WHEN = r"(?:so\s+far|to\s+date|this\s+(?:week|month|year)|recently|now|still|already|in\s+20\d\d)"
_BE = r"(?:(?:that|which)\s+)?(?:is|are|was|were|has\s+been|have\s+been|being)"
_STATES = {
    "delivered": r"(?:already\s+)?(?:delivered|handed\s+over|arrived|transferred|supplied|shipped|received|provided|"
                 r"done|completed|in\s+ukraine)",
    "pledged": r"(?:in\s+preparation(?:\s*(?:/|and|or)\s*(?:implementation|delivery))?|being\s+prepared|"
               r"in\s+(?:the\s+)?pipeline|promised|pledged|committed|announced|planned|upcoming|coming(?:\s+soon)?|"
               r"on\s+order|ordered|to\s+be\s+delivered|pending\s+delivery|(?:new\s+)?(?:pledges|promises|commitments)|"
               r"in\s+implementation|on\s+(?:the|its|their)\s+way|en\s+route|in\s+transit|agreed)",
    "funded": r"(?:funds|funded|financed|funding|financing|contributions|financial\s+contributions|money|payments)",
    "considering": r"(?:being\s+(?:weighed|considered|discussed|reviewed|assessed|studied|examined)|weighed|weighing|"
                   r"under\s+(?:consideration|discussion|review|study|examination)|undecided|not\s+yet\s+decided|"
                   r"no\s+decision(?:\s+yet)?|open\s+questions?|maybe|pending\s+(?:a\s+)?decision|on\s+the\s+table)",
    "refused": r"(?:not\s+happening|refused|rejected|declined|ruled\s+out|off\s+the\s+table|turned\s+down|blocked|"
               r"vetoed|said\s+no|won['’]t\s+happen|not\s+coming|cancell?ed|withdrawn)",
}
_HEADINGS = {state: re.compile(rf"(?:what\s+(?:{_BE}\s+)?)?(?:{_WHAT}\s+)?(?:{_BE}\s+)?(?:{_WHEN}\s+)?{words}"
                               rf"(?:\s+{_WHAT})?(?:\s+{_WHEN})?", re.I)
             for state, words in _STATES.items()}


def heading_state(line: str) -> str | None:
    """The state a section heading names ("B. IN PREPARATION / IMPLEMENTATION" → pledged, "✅ ARRIVED" →
    delivered, "Financial contributions:" → funded), or None when ``line`` is no such heading."""
    line = line.strip()
    if not line or len(line) > 90 or line[-1] in ".!?;,":
        return None
    # (after the words, a colon, a dash or the marks of bold type: "**Planned deliveries**")
    words = _TRAIL.sub("", _PARENTHESES.sub("", line[_LEAD.match(line).end():])).strip()
    if not words or any(c.isdigit() for c in words):
        return None
    words = re.sub(r"\s+", " ", words)
    found = [state for state, pattern in _HEADINGS.items() if pattern.fullmatch(words)]
    return found[0] if len(found) == 1 else None


def state_of(m: Mentions, s: int) -> str | None:
    """The state of the section heading the list entry holding ``s`` stands under, or None (``s`` is no
    entry's, or the lines above its run of entries are no state heading). Found once per run (``m.memo``)."""
    text = m.text
    start = text.rfind("\n", 0, s) + 1
    if heading_state(text[start:text.find("\n", start) % (len(text) + 1)]):
        return None  # a numbered heading itself ("2) Planned")
    if not _is_entry(m, start):
        return _bare_state(text, start)
    walked = []
    found = None
    while start > 0:
        key = ("section-heading", start)
        if key in m.memo:
            found = m.memo[key]
            break
        walked.append(key)
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start - 1]
        if line.strip() and (not _is_entry(m, above) or heading_state(line)):
            found = heading_state(line)  # (a numbered heading, "2) Planned", is no entry of the run)
            break
        start = above
    for key in walked:
        m.memo[key] = found
    return found


def _is_entry(m: Mentions, start: int) -> bool:
    """Is the line at ``start`` an entry: bulleted, dashed or numbered, or opened by its donor and a colon or dash
    ("Greece – 20 M113 carriers, handed over at the border")?"""
    return _ENTRY.match(m.text, start) is not None or lines.donor_led(m, start)


_BARE_MAX = 100  # the longest line read as an unmarked entry
_BARE_RUN = 60  # the most unmarked entries read up to their heading (a cost bound for texts of short lines)


def _bare_state(text: str, start: int) -> str | None:
    """The state of a heading ending with a colon above a run of unmarked short lines without closing
    punctuation, the line at ``start`` one of them ("Delivered:\n4 Leopard 1A5 tanks\n10 Dingo vehicles"); None
    when a blank line, a sentence or a line without a colon comes first."""
    line = text[start:text.find("\n", start) % (len(text) + 1)].strip()
    if not line or len(line) > _BARE_MAX or line[-1] in ".!?":
        return None
    for _ in range(_BARE_RUN):
        if start <= 0:
            break
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start - 1].strip()
        if line.endswith(":"):
            return heading_state(line)
        if not line or len(line) > _BARE_MAX or line[-1] in ".!?" or heading_state(line):
            return None
        start = above
    return None
