"""The promised whole told after a delivered part: "six Mi-8s are in Ukraine, the first of the 10 Zagreb agreed
to hand over", "3 tanks arrived, part of the 20 Ljubljana pledged". The part is the delivery; the
whole, its noun left out, is the pledge it belongs to (README rule 1: a batch and the commitment are separate facts).
``candidates.find_items`` asks here once the sentence's counted items are known.
"""

from __future__ import annotations

import re
from decimal import Decimal

from aidledger.extractor.items import Item

# ", the first of the 10 Zagreb agreed to send", ", part of the 20 that it promised", ", the last of the 12
# pledged": a share of a count whose noun is left out, then the promise that made it
_SHARE_OF_THE_WHOLE = (
    r"(?:the\s+|a\s+)?(?:first|last|rest|remainder|next|part|share|batch)\s+(?:\w+\s+)?of\s+(?:the\s+)?"
    r"(?P<count>\d[\d,]*|[a-z]+)\s+(?:(?:that|which)\s+)?"
    r"(?:(?:it|they|we|(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)\s+)?(?:has\s+|had\s+|have\s+|was\s+|were\s+)?"
    r"(?:already\s+|originally\s+|earlier\s+)?"
    r"(?:promised|pledged|committed|announced|agreed\s+to\s+(?:send|give|supply|deliver|provide|donate|transfer|"
    r"hand\s+over))\b")
_PART_OF_THE_WHOLE = re.compile(r",\s*" + _SHARE_OF_THE_WHOLE, re.I)
_SHARE_AT = re.compile(_SHARE_OF_THE_WHOLE, re.I)


def tells_the_whole(text: str, at: int, end: int) -> bool:
    """Whether the words from ``at`` (up to ``end``) are a share of a promised whole ("the first batch of the 24
    promised by Paris"), not an ordinal part with a giver of its own ("the first came from Germany")."""
    return _SHARE_AT.match(text, at, end) is not None


def whole_after_part(m, s: int, e: int, items: list[Item]) -> list[Item]:
    """The pledged whole a counted item of sentence [s, e) is a part of, told after it with its noun left out
    ("Six Mi-8s are in Ukraine, the first of the 10 Zagreb agreed to hand over"): an item of the same name,
    counted by the whole."""
    return _counts_after_part(m, _PART_OF_THE_WHOLE.finditer(m.text, s, e), items, "pledged", "whole-after-part")


# ", for a total of 40 so far", ", for a total of 15 to date": the running total of what has been handed over, its noun
# left out
_RUNNING_TOTAL = re.compile(r",\s*for\s+a\s+total\s+of\s+(?P<count>\d[\d,]*|[a-z]+)\s+(?:so\s+far|to\s+date)\b", re.I)


def running_total_after_part(m, s: int, e: int, items: list[Item]) -> list[Item]:
    """The running total of deliveries told after a counted item of sentence [s, e), its noun left out ("two more
    Gepard guns handed over, for a total of 40 so far"): one system's count already delivered (README rule 5's
    exception), an item of the same name."""
    return _counts_after_part(m, _RUNNING_TOTAL.finditer(m.text, s, e), items, "delivered", "running-total")


def _counts_after_part(m, found, items: list[Item], status: str, note: str) -> list[Item]:
    """For each match of ``found`` (its group ``count`` a bare count told after a counted item, or after a named
    system's batch told without a count), an item of the name of the last such item before it, counted by that
    count, in ``status``: when the count is more than the part, and no year."""
    out: list[Item] = []
    for x in found:
        count = next((n for n in m.inside(m.numbers, x.start("count"), x.end("count"))
                      if n.start == x.start("count") and n.value is not None), None)
        # (a named system's batch told without its count: "handed over a batch of Terrier vehicles, the first of 10
        # Britain committed")
        parts = [i for i in items if i.kind != "money" and i.end <= x.start()
                 and (i.quantity is not None or i.kind == "system" or "named-by-proper-name" in i.notes)]
        if count is None or not parts or count.value >= 1900 or \
                parts[-1].quantity is not None and count.value <= parts[-1].quantity:
            continue  # the whole is more than its part, and no year
        part = parts[-1]
        out.append(Item(count.start, count.end, part.name, part.category, part.kind, count.start, count.end,
                        Decimal(count.value), part.unit, family=part.family, status_override=status, notes=[note]))
    return out
