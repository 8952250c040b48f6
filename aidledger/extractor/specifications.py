"""Specifications: the weapons a system is armed with are part of it, no item given ("The boats are armed with a
30mm cannon and two machine guns", "The vehicle mounts a 30mm autocannon and four Spike missiles"; README rule 10:
a description is no aid fact). ``exclusions.context_reason`` asks ``component_of_described``.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

# the verb that tells what weapons a thing carries: "is armed with", "mounts" (not "fitted with" or "equipped with":
# "trucks fitted with 20 generators" may tell what is given; what a system "can carry" is no act, ``status.default``)
_FITTED_WITH = re.compile(r"\b(?:armed\s+with|mounts|mounting)(?=\s)", re.I)
# the words between that verb and the counted item: a list of parts ("a 25mm cannon and", "a radar, ")
_PARTS_BETWEEN = re.compile(r"(?:\s+(?:[\w./-]+|,|and|plus))*?\s+$", re.I)


def component_of_described(m: Mentions, item, clause) -> bool:
    """Is counted ``item`` a part of what its clause describes, told in the list after "armed with" or "mounts" ("The
    boats, 20 m long, are armed with a 12.7mm gun and two grenade launchers"), with an item named before that verb in
    its sentence (the thing described) and no status cue from that verb to the clause's end ("a brigade armed with
    31 tanks supplied by Washington" tells a gift)?"""
    if item.kind == "money" or item.quantity is None:
        return False
    cs, ce = clause
    verbs = list(_FITTED_WITH.finditer(m.text, max(cs, item.start - 80), item.start))
    if not verbs:
        return False
    verb = verbs[-1]
    if _PARTS_BETWEEN.fullmatch(m.text, verb.end(), item.start) is None:
        return False
    if m.inside(m.status_cues, verb.end(), ce):  # (after the verb: "... supplied by")
        return False
    k = m.sentence_index(item.start)
    s = m.sentences[k][0] if k >= 0 else cs
    return bool(m.inside(m.systems, s, verb.start()) or m.inside(m.generics, s, verb.start()))
