"""The figure of the year compared: "NOK 12 billion for 2026, far less than in 2025 (about 19 billion kroner)",
"NOK 15 billion, twice as much as last year (NOK 7.5 billion)". The bracketed sum after a comparison with another
year is that year's figure, told to compare (README rule 6: year-on-year differences are no pledges), not a pledge of
its own. ``exclusions.context_reason`` asks ``figure_compared_with``."""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

_YEAR = r"(?:(?:in|for|of)\s+)?(?:(?:19|20)\d\d|(?:the\s+)?(?:last|previous|preceding|prior)\s+year|" \
        r"the\s+year\s+before|a\s+year\s+(?:earlier|before|ago)|(?:19|20)\d\d['’]s(?:\s+(?:figure|level|total))?)"
# right before the sum: "than in 2024 (about", "compared with last year (", "as much as in 2023 ("
_COMPARED_BEFORE = re.compile(r"\b(?:than|compared\s+(?:with|to)|against|as\s+(?:much\s+as|in))\s+" + _YEAR +
                              r"\s*[(\[]\s*(?:(?:about|around|roughly|some|nearly|almost|approximately|over|under|"
                              r"approx\.?|ca\.?|just\s+(?:over|under))\s+)?$", re.I)


def figure_compared_with(m: Mentions, item) -> bool:
    """Is money ``item`` the bracketed figure of another year that the sentence compares its sum with ("less than in
    2024 (about 7 billion euros)")?"""
    return item.kind == "money" and _COMPARED_BEFORE.search(m.text, max(0, item.start - 80), item.start) is not None
