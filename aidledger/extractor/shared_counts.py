"""One count shared by two systems named together: "Germany will provide 40 Marder and Bradley vehicles",
"armoured personnel carriers M113 and M577 - 31 units in all".

The count is of the pair, not of its first name: the fact is one record with the count (README rule 1: one
record per donor, item and status; the pair's joint count stays in the quote, as rule 9 keeps a joint total),
told by the system the count stands next to. The other name of the pair, uncounted, is no fact of its own and
gives no record.
"""

from __future__ import annotations

import re

from aidledger.extractor.items import Item

# nothing but a conjunction between the two names: "Marder and Bradley", "M113/M577", "Leopard 2A4 & 2A6"
_PAIRED = re.compile(r"\s*(?:and|&|/|or|,)\s*", re.I)


def without_paired_names(text: str, items: list[Item]) -> list[Item]:
    """``items`` without a named system that shares the count of the system it is paired with (same category,
    joined only by a conjunction, the count before the pair or after it: "40 Marder and Bradley vehicles",
    "M113 and M577 - 31 units")."""
    systems = [i for i in items if i.kind == "system"]
    shared = set()
    for a in systems:
        if a.quantity is not None:
            continue
        for b in systems:
            if b is a or b.quantity is None or b.category != a.category:
                continue
            counted_first = b.head_end <= a.head_start and b.start < b.head_start  # "40 Marder and Bradley"
            counted_last = a.head_end <= b.head_start and b.end > b.head_end  # "M113 and M577 - 31 units"
            gap = (b.head_end, a.head_start) if counted_first else (a.head_end, b.head_start)
            if (counted_first or counted_last) and _PAIRED.fullmatch(text, *gap):
                shared.add(id(a))
    return [i for i in items if id(i) not in shared]
