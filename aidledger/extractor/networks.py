"""Defence networks that are no item: "NATO's integrated air defence", "the integrated air and missile defence of
Europe" name an alliance's or a region's shield, not a system anyone gives (rule 10: a donor's own defences)."""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

_INTEGRATED_BEFORE = re.compile(r"\bintegrated\s+$", re.I)


def defence_network(m: Mentions, item) -> bool:
    """Is ``item`` an unnumbered generic air defence that an "integrated" before it makes a network
    ("contributes to NATO's integrated air defence"), not a system given?"""
    return item.kind == "generic" and item.quantity is None and item.category == "air_defence" and \
        _INTEGRATED_BEFORE.search(m.text, max(0, item.head_start - 12), item.head_start) is not None
