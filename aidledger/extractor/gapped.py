"""Gapping: a donor named after a counted system with "another", "a second" or "the other" and no verb of its own
("The US supplied one Patriot battery and Germany another", "Norway gave one NASAMS unit, the Netherlands a
second", "Spain sent one launcher, Italy the other"): the verb is left out, and the donor gave one more of it
(``references.another_of_counted`` asks).
"""

from __future__ import annotations

import re
from decimal import Decimal

from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item

# "the United States supplied one battery and Germany another": a donor and "another" after the verb's
# first object, the verb left out (gapping)
_GAPPED = re.compile(r"(?:,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)"
                     r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
                     r"\s+(another(?:\s+one)?|a\s+(?:second|third|fourth)(?:\s+one)?|one\s+more"
                     # "Spain sent one of them, Italy the other": the one left of a pair
                     r"|the\s+other(?:\s+one)?)"
                     r"(?=\s*(?:[.,;:!?)]|$|(?:in|last|this|the\s+(?:same|following|next)|shortly|soon|later|too|as\s+well)\b))")


# "supplied one battery and Germany another", "sent one of them, Italy the other": the verb's own object is one
# (its time may follow: "delivered one battery in May, and Italy another")
_ONE_BEFORE = re.compile(r"\bone(?:\s+(?!more\b)[a-z][\w-]*|\s+of\s+(?:them|these|those|the\s+[\w-]+))?"
                         r"(?:\s+(?:in|on|by|last|this|early|late)\s+(?:the\s+)?[\w-]+(?:\s+\d{4})?)?\s*$", re.I)


def gapped_another(m: Mentions, e: int, ref: Item, items: list[Item]) -> list[Item]:
    """"The US supplied one Patriot battery and Germany another", "Norway gave one NASAMS unit, the Netherlands a
    second": a donor named after the sentence's only counted system, with "another" or "a second" and no verb of
    its own, gave one more of it (the verb is left out). One when the count before is one, or the verb's own
    object is ("Three Patriot batteries are in Ukraine: the US supplied one battery and Germany another"); no count
    after a larger count ("sent 14 tanks and Poland another": another batch)."""
    found = []
    for x in _GAPPED.finditer(m.text, ref.end, e):
        if any(i.start < x.end(1) and x.start(1) < i.end for i in items):
            continue
        donors = m.inside(m.donors, x.start(), x.start(1))
        if not donors or donors[-1].kind in m.non_donor_kinds or m.text[donors[-1].end:x.start(1)].strip(" '’s"):
            continue
        one = Decimal(1) if ref.quantity == 1 or _ONE_BEFORE.search(m.text, ref.end, x.start()) else None
        found.append(Item(x.start(1), x.end(1), ref.name, ref.category, ref.kind, x.start(1), x.end(1), one, ref.unit,
                          family=ref.family, notes=["elliptical", "referent", "gapped"]))
    return found
