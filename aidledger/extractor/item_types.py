"""What type an item candidate is of, for rule 8 ("generic items without a number are recorded only when the
statement names a single item type"): arms in general under any of their names are one type."""

from __future__ import annotations

import re

from aidledger.extractor.arms_in_general import is_arms_in_general
from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item


def type_of(text: str, item: Item) -> str:
    """The item type rule 8 counts: the words naming the item, or its name for arms in general ("will
    repair military equipment but will not send weapons" names one type, weapons)."""
    return item.name.lower() if is_arms_in_general(item) else text[item.head_start:item.head_end].lower()



# "K9 howitzers or 155mm shells", "its Leopard 2 tanks and an armoured recovery vehicle": a generic item joined right
# after a named one
_JOINED_AFTER_NAME = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s*,?\s+(?:and|or)\s+(?:an?\s+|its\s+|their\s+)?"
                                r"(?:\d+\s?mm\s+)?$")


def refused_beside_a_name(m: Mentions, s: int, items: list[Item], generics: list[Item]) -> list[Item]:
    """The unnumbered generic item of a refusal that is the one generic type of its sentence, joined by "and"/"or"
    right after a named system ("Seoul ruled out sending K9 howitzers or 155mm shells"): two item types refused,
    each a fact of its own (README rule 1); rule 8 drops the unnumbered items of a list of several generic ones.
    (Measured: the same reading for pledges and deliveries lowered the blind sets.)"""
    if len({type_of(m.text, i) for i in generics}) != 1 or not any(
            c.label == "refused" for c in m.inside(m.status_cues, s, generics[0].start)):
        return []
    found = []
    for g in generics:
        names = [i for i in items if i.kind == "system" and i.end <= g.start]
        if names and _JOINED_AFTER_NAME.fullmatch(m.text, names[-1].end, g.start):
            found.append(g)
    return found
