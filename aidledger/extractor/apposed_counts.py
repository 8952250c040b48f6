"""A count told in an apposition right after the item, set off by commas, dashes or brackets, as roundups
and analyses tell an entry ("Spain's Hawk launchers, six in all, have reached Ukraine", "Italy's SAMP/T,
one battery, is in service", "the IRIS-T systems - four so far - are among its best air defences",
"Abrams tanks, 31 of them, arrived"), and the count that closes a list's entry after a comma ("Estonia -
155mm rounds, 20,000"). ``candidates.count_after`` asks here when the count does not touch the item.
"""

from __future__ import annotations

import re

# the item's class word after its name ("Hawk launchers"), the break that opens the apposition, a hedge
_OPENING = re.compile(r"(?:\s+(?:launchers?|batter(?:y|ies)|systems?|units?|vehicles|tanks|howitzers|guns|jets|"
                      r"aircraft|helicopters|carriers))?"
                      r"\s*(?:,|\s[-\u2013\u2014]|[\u2013\u2014])\s*"
                      r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|all)\s+)?$", re.I)
# what follows the count inside the apposition: a classifier of the item's pieces, "of them", "in all",
# "so far", then the break that closes it (a comma, a dash) or the verb the item is the subject of
_COUNTED = re.compile(r"\s+(?:(?:(?:fire|firing|launch)\s+)?units?|launchers?|batter(?:y|ies)|systems?|sets?|"
                      r"pieces|complex(?:es)?|of\s+them|of\s+these|in\s+all|in\s+total|altogether|so\s+far|"
                      r"to\s+date)\b"
                      r"(?:\s+(?:so\s+far|to\s+date|in\s+all|in\s+total|altogether))?"
                      r"\s*(?:,|\s[-\u2013\u2014]\s|[\u2013\u2014]|\)|\s+(?:are|were|is|was|have|has|had)\b)", re.I)


# the older, looser form: a comma, a hedge, the count and "of them" / "in all" ("Abrams tanks, 31 of them.")
_COMMA_ABOUT = re.compile(r"\s*,\s*(?:(?:about|around|some|more\s+than|over|nearly|almost|at\s+least|all)\s+)?", re.I)
_OF_THEM_AFTER = re.compile(r"\s+(?:of\s+them|in\s+all|in\s+total)\b", re.I)


# a list's entry: the line opens with its heading (a donor, a bullet) and a colon or spaced dash before the item
_ENTRY_HEAD = re.compile(r"[^\n]{0,60}?(?::\s|\s[-\u2013\u2014]\s)")
# the number closes the line ("... rounds, 20,000"), nothing but a full stop after it; not a year ("tanks, 2024")
_LINE_CLOSED = re.compile(r"[ \t]*\.?[ \t]*(?:\n|\Z)")
_YEAR = re.compile(r"(?:19|20)\d\d")


def apposed_count(text: str, between: str, n) -> bool:
    """Is the number ``n`` the item's count told in an apposition or closing a list's entry, ``between`` being
    the text from the item's name to the number ("Hawk launchers, six in all, have arrived": " launchers, ")?"""
    n_end = n.end
    if _COMMA_ABOUT.fullmatch(between) and _OF_THEM_AFTER.match(text, n_end):
        return True
    if _COMMA_ABOUT.fullmatch(between) and _LINE_CLOSED.match(text, n_end) and _entry_line(text, n):
        return True  # "Estonia - 155mm rounds, 20,000"
    return _OPENING.fullmatch(between) is not None and _COUNTED.match(text, n_end) is not None


def _entry_line(text: str, n) -> bool:
    """Does the line of the number ``n`` open as a list's entry ("Estonia - ", "- Finland: "), and is ``n`` no
    year?"""
    start = text.rfind("\n", 0, n.start) + 1
    return _ENTRY_HEAD.match(text, start, n.start) is not None and not _YEAR.fullmatch(text[n.start:n.end])
