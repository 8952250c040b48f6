"""A system told again by the plural of its own word, once the document has named it in full: "Canada has sent Senator
armoured vehicles. Ottawa will add 20 more Senators this year", "Norway flies Giraffe AMB radars;
two more Giraffes go to Ukraine". The word alone is no name of the system (a Senator is also a politician, a
Hornet an insect), so it is read only in the plural, capitalised, after the full name in the same document.
``index.Mentions`` asks here once the named systems are found.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from aidledger.catalog import SystemMention

# a name that is a capitalised word and a class noun ("Senator armoured vehicle", "Squire radar"), or a word after
# a maker or a designation ("Roshel Senator", "FV510 Warrior"): the word the text may use alone
_WORD_THEN_CLASS = re.compile(r"(?P<word>[A-Z][a-z]{3,})(?:[\s-]+[a-z]+)+")
_DESIGNATION_THEN_WORD = re.compile(r"\S+\s+(?P<word>[A-Z][a-z]{3,})")
# the plural of the word, not a name of its own after it ("Senators Smith and Jones")
_PLURAL = r"(?<![\w-]){word}s(?![\w-])(?!\s+[A-Z])"


def own_words(catalog, named) -> dict[str, object]:
    """The word each system ``named`` in the document may be told by alone (the catalog knows no system by the
    word itself); a word two named systems share is left out."""
    words: dict[str, dict] = {}
    for system in {id(x.system): x.system for x in named if not x.system.generic}.values():  # each system once
        for n in system.all_names:
            hit = _WORD_THEN_CLASS.fullmatch(n) or _DESIGNATION_THEN_WORD.fullmatch(n)
            if hit and catalog.get(hit.group("word")) is None:
                words.setdefault(hit.group("word"), {}).setdefault(system.family or system.name, system)
    return {w: next(iter(found.values())) for w, found in words.items() if len(found) == 1}


def plurals_after(catalog, text: str, named, taken) -> list[SystemMention]:
    """Mentions of the plurals of the systems' own words
    (``own_words``) after the system was first named in ``text``, outside the spans ``taken``."""
    out, starts, ends = [], None, None
    for word, system in own_words(catalog, named).items():
        first = min(x.end for x in named if x.system is system)
        for hit in re.finditer(_PLURAL.format(word=re.escape(word)), text[first:]):
            s, e = first + hit.start(), first + hit.end()
            if starts is None:  # (``taken`` is read only when a plural is found)
                spans = sorted(taken)
                starts, ends = [a for a, _ in spans], list(accumulate((b for _, b in spans), max))
            i = bisect_left(starts, e)
            if i == 0 or ends[i - 1] <= s:
                out.append(SystemMention(s, e, text[s:e], system))
    return out
