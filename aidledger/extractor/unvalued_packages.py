"""A package told without any worth: its named contents keep their records.

README rule 2 drops the unnumbered contents of a *money* package ("a $400 million package including HIMARS
and Stingers": only the money is recorded). A package the text introduces without any amount ("Warsaw will
hand over its next package, including 30 carriers and Piorun missiles"; "Oslo has prepared a new package.
It contains shells and NASAMS launchers.") is no money package: the named systems it lists are aid facts
of their own (rule 8 still drops the unnumbered generic items of a list of several types). A package only
referred to ("the package the chancellor announced earlier") may have its worth told anywhere: no change.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

# a spelled ordinal: "third", "twelfth", "seventeenth", "twentieth", "twenty-first"
_ORDINAL = (r"(?:(?:twenty|thirty|forty|fifty)-?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
            r"|tenth|eleventh|twelfth|\w+teenth|(?:twen|thir|for|fif)tieth")
# a package introduced here: "a new package", "its 47th package", "the 12th aid package", "their first package"
_INTRODUCED = re.compile(r"\b(?:an?|its|their|(?:the\s+)?(?:\d+(?:st|nd|rd|th)|" + _ORDINAL + r"))\s+"
                         r"(?:(?!(?:the|this|that|these|those|of|for|after|before|with|in|on|to|from)\b)[\w-]+\s+){0,3}?"
                         r"(?:package|bundle)\b", re.I)  # (a "tranche" is a share of money)


def package_told_without_worth(m: Mentions, idx: int) -> bool:
    """Is a package introduced in sentence ``idx`` or the one before it (``_INTRODUCED``), and does no amount
    of money stand in the sentences from the one before to the one after (where a package's worth is told:
    "Sweden's new package is worth SEK 7 billion. It includes ...", "It contains ... Its value is EUR 9
    million.")?"""
    lo, hi = max(0, idx - 1), min(len(m.sentences) - 1, idx + 1)
    if _INTRODUCED.search(m.text, m.sentences[lo][0], m.sentences[idx][1]) is None:
        return False
    return not m.inside(m.money, m.sentences[lo][0], m.sentences[hi][1])


def kept_named_contents(m: Mentions, idx: int, items: list) -> list:
    """The named systems among a package's unnumbered contents ``items`` that keep a record because the
    package is told without worth (``package_told_without_worth``); none otherwise."""
    if not package_told_without_worth(m, idx):
        return []
    return [i for i in items if i.quantity is None and _named(m, i)]


def _named(m: Mentions, item) -> bool:
    """Is ``item`` a named system, or the munitions of one ("Piorun missiles", "HIMARS rockets")?"""
    return item.kind == "system" or any(x.start == item.start for x in m.inside(m.systems, item.start, item.end))
