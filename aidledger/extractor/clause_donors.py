"""Unnumbered items of one sentence that each have a clause and a donor of their own ("Sweden has delivered
its older shells, and Latvia has sent thousands of rounds"). ``candidates.find_items`` drops a sentence's
unnumbered generic items when it names several item types (a vague list: "weapons, vehicles and fuel"); items
each told by another donor in a clause of its own are separate facts and are kept.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

# a clause break before the second donor: ", and", "; ", ", while", ", whereas"
_CLAUSE_BREAK = re.compile(r"(?:,\s*(?:and|while|whereas|but)\b|;)", re.I)


def each_in_its_own_clause(m: Mentions, s: int, items) -> bool:
    """Does every one of ``items`` (in text order) follow a donor of its own, no other item between them, each
    donor after the first opening a new clause, and are the donors all different?"""
    codes, prev = [], s
    for i in sorted(items, key=lambda i: i.start):
        donors = [d for d in m.inside(m.donors, prev, i.start)
                  if d.kind not in m.non_donor_kinds and d.code not in ("UKR", "", None)]
        if not donors:
            return False
        if codes and not _CLAUSE_BREAK.search(m.text, prev, donors[0].start):
            return False
        codes.append(donors[-1].code)
        prev = i.end
    return len(codes) > 1 and len(set(codes)) == len(codes)
