"""A counted item told with the promise it was given under: "the 12 launchers promised in May have all been
delivered", "has handed over all 20 guns it pledged last year", "the 90 carriers pledged by Washington are in
Ukraine". The promise is a fact of its own, a pledge of that count, beside whatever the sentence says of the
items now (README rule 1: one record per donor, item and status stated).

Like ``references``, this stage only finds the item and the state its own words tell; the donor, the
exclusions and the hedges that may govern it are decided later, as for every item.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item

_NOT_A_NOUN = (r"(?:has|was|is|as|this|thus|its|his|us|does|goes|and|or|but|to|of|in|on|at|for|from|with|by|that"
               r"|which)\b")
# the promise told just after the item: a participle ("promised in May", "pledged by Oslo") or a relative clause
# whose subject is a pronoun or a name ("(that) it promised", "Germany had pledged", "which they committed")
_PROMISED_AFTER = re.compile(
    # the item's class nouns after its name ("the 12 NASAMS launchers promised", "F-16 fighter jets it pledged")
    r"(?:(?:\s+(?!" + _NOT_A_NOUN + r")[a-z][\w-]*)?"
    r"\s+(?!" + _NOT_A_NOUN + r")(?:[a-z][\w-]*?(?:s|ft)|equipment|artillery|ammunition)\b)?\s+"
    r"(?:(?:that|which)\s+)?"
    # a relative clause has a subject of its own; a participle stands bare ("Leopards, has promised": neither)
    r"(?:(?:it|they|we|he|she|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:had\s+|has\s+|have\s+)?)?"
    r"(?:(?:originally|previously|earlier|already|first|once|initially)\s+)?"
    r"(promised|pledged|committed|announced|included\s+in\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:package|tranche|batch))\b"
    r"(?!\s+(?:to\s+(?:buy|purchase|spend)|itself|themselves)\b)")
# "the first two of the Patriot systems promised": the count is a part's, the promise the whole's (untold); "all
# 20 of the guns it promised" is the whole
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|these|those)\b", re.I)
_FRONTED_OF = re.compile(r"\W*(?:Of|Out\s+of)\s+(?:the|its|their|all\s+the)\s+")
_ALL_BEFORE = re.compile(r"\ball\s+$", re.I)
# "the first four HIMARS committed", "the last 4 F-16s promised": a part told by its place, of a whole untold
_PLACE_BEFORE = re.compile(r"\b(?:first|initial|last|final|next|latest|remaining)\s+$", re.I)


def told_with_its_promise(m: Mentions, s: int, e: int, items: list[Item]) -> list[Item]:
    """Pledged items of the counted items of the sentence [s, e) that are told with the promise they were given
    under (the item itself keeps the state the rest of its sentence tells)."""
    text = m.text
    found: list[Item] = []
    for i in items:
        if i.quantity is None or i.kind == "money" or i.status_override == "pledged" or "part-of-total" in i.notes:
            continue
        x = _PROMISED_AFTER.match(text, i.end, e)
        if x is None or any(_PART_OF.match(text, n.end, i.head_start) and not _ALL_BEFORE.search(text, s, n.start)
                            or _PLACE_BEFORE.search(text, max(s, n.start - 12), n.start)
                            for n in m.inside(m.numbers, i.start, i.head_start)):
            continue
        if _FRONTED_OF.fullmatch(text, s, i.start):
            # "Of the 20 Caesars pledged by Paris, 12 have arrived": the whole fronted is the promise; the state
            # after it is its part's
            i.status_override = "pledged"
            continue
        found.append(Item(x.start(1), x.end(1), i.name, i.category, i.kind, x.start(1), x.end(1), i.quantity,
                          i.unit, family=i.family, notes=["elliptical", "promise-told"], status_override="pledged"))
    return found
