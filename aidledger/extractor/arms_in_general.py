"""Arms in general ("weapons", "lethal weapons"; the word lists ``arms_in_general`` and
``arms_refused_by_policy``): a refusal of arms in general to Ukraine ("Quito will not send weapons to Kyiv",
"will not send a single bullet") is a policy of its own (README rule 11), not one type of a list of
several. ``candidates.find_items``, ``exclusions`` and ``schemes`` ask here.
"""

from __future__ import annotations

import re

from aidledger.extractor import negated
from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item
from aidledger.extractor.recipient_names import NAMES
from aidledger.extractor.vocabulary import words


def is_arms_in_general(item) -> bool:
    """Is ``item`` a generic name of arms in general ("weapons"; the word list ``arms_in_general``)?"""
    return item.kind == "generic" and item.name.lower() in words("arms_in_general").words


def refused_arms(m: Mentions, s: int, e: int, item: Item) -> bool:
    """"Quito will not send weapons to Kyiv, as it signed a deal for Gripen jets with Sweden": arms in
    general that a refusal just before them governs are a policy of their own (README rule 11), not one
    type of a list of several; the other items of the sentence belong to other acts."""
    cs, _ = m.clause_of(s, e, item.head_start)
    if item.kind == "generic" and negated.none_at_all(m, item, (cs, e)):
        return True  # "will not send a single bullet": none of it at all, a policy of its own
    if item.kind != "generic" or item.name.lower() not in words("arms_refused_by_policy").words:
        return False
    if not any(c.label == "refused" and c.end <= item.head_start and item.head_start - c.end <= _REFUSAL_REACH
               for c in m.inside(m.status_cues, cs, item.head_start)):
        return False
    if not _TO_UKRAINE.match(m.text, item.head_end, e):
        return False  # the refusal is said of Ukraine ("... lethal weapons to Kyiv"), not of transit or of others
    item.notes.append("refused-arms")
    return True


# ("refuses to ship weapons out of its army depots to Kyiv": where they would come from may stand between)
_TO_UKRAINE = re.compile(r"(?:\s+(?!to\b|for\b)[\w'’-]+){0,5}?\s+(?:to|for)\s+(?:" + NAMES + r")\b", re.I)
_REFUSAL_REACH = 30  # characters between a refusal and the arms it refuses ("not supplying lethal weapons")
