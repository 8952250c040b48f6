"""What a given system is derived from or likened to, not what is given: "14 M-55S tanks, an upgraded version of the
old T-55", "PT-91 tanks, a Polish upgrade of the T-72", "vehicles (based on the BMP-1)". A system named in such an
apposition after the item given only describes that item (README rule 11: a system named as a description is no
aid fact) and gets no record of its own; without the apposition the words name what is given ("Germany will send an
upgraded version of the IRIS-T" gives the IRIS-T)."""

from __future__ import annotations

import re

from aidledger.extractor.items import Item

# the words that make the next name a model the item comes from or is compared with, and up to three words
# between them and the name ("an upgraded version of the old", "derived from the German")
_LIKENED = re.compile(
    # an apposition after the item given: a comma, a bracket or a dash, then at most three words (a, modernised)
    r"(?:[,(]|\s[–—-])\s*(?:[\w-]+\s+){0,3}?"
    r"(?:(?:version|variant|upgrade|derivative|development|copy|clone|modernisation|modernization|"
    r"successor|equivalent|descendant)s?\s+of|based\s+on|derived\s+from|similar\s+to|comparable\s+to|"
    r"modelled\s+on|modeled\s+on|akin\s+to|(?:a|the)\s+cousin\s+of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I)


def likened(text: str, s: int, item: Item) -> bool:
    """Is the uncounted ``item`` (in the sentence starting at ``s``) only the model the item given is derived
    from or likened to?"""
    if item.quantity is not None or item.kind not in ("system", "generic"):
        return False
    return _LIKENED.search(text, max(s, item.head_start - 60), item.head_start) is not None
