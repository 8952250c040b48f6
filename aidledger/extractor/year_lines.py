"""One year's figure of a budget or a standing pledge: "..., which next year comes to about 90 million euros",
"the programme, which amounts to NOK 15 billion for 2024", "Finland's aid line this year stands at EUR 400 million".
The verb ("comes to", "amounts to", "stands at", "totals") is a running-total cue when it sums what was given since
the war began; tied to one year (this year, next year, for 2025) it states the line of that year, a pledge
(README rule 2), unless the clause also says it is a total ("total", "so far", "since 2022", "now").
``cue_exemptions.cue_does_not_apply`` asks ``one_year_line`` of each running-total cue of the clause."""

from __future__ import annotations

import re

# the verb that states the figure, right before it: "comes to about", "amounts to", "stands at", "totals"
_LINE_VERB_BEFORE = re.compile(r"\b(?:comes?\s+to|amounts?\s+to|stands?\s+at|totals?)\s+"
                               r"(?:(?:about|around|some|roughly|approximately|approx\.|nearly|almost)\s+)?$", re.I)
# the year the figure is for, before it in its clause: "this year", "next year", "in 2025", "for 2026" (no range)
_YEAR_BEFORE = re.compile(r"\b(?:this|next)\s+year\b|\b(?:in|for)\s+(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)", re.I)
# ... or right after it: "NOK 15 billion for 2024", "EUR 200 million this year", "EUR 50 million a year"
_YEAR_AFTER = re.compile(r"\s+(?:(?:in|for)\s+(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)|(?:this|next)\s+year\b|"
                         r"(?:a|per|each)\s+year\b|annually\b)", re.I)
# a clause that says its figure is a sum over time
_TOTAL_WORD = re.compile(r"\b(?:total\w*|overall|combined|cumulative|since|so\s+far|to\s+date|now|already|in\s+all|"
                         r"altogether)\b", re.I)
_REACH = 200


def one_year_line(text: str, item, clause) -> bool:
    """Is money ``item`` stated by a line verb ("comes to", "amounts to", "stands at", "totals") as the figure of one
    year ("which next year comes to about 90 million euros", "which amounts to NOK 15 billion for 2024"), in a
    clause that calls it no total?"""
    if item.kind != "money":
        return False
    cs = max(clause[0], item.start - _REACH)
    verb = _LINE_VERB_BEFORE.search(text, cs, item.start)
    if verb is None:
        return False
    one_year = _YEAR_BEFORE.search(text, cs, verb.start()) or _YEAR_AFTER.match(text, item.end)
    return one_year is not None and _TOTAL_WORD.search(text, cs, verb.start()) is None
