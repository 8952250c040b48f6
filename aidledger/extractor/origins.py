"""Where a given item comes from: "500 drones built by British firms", "Ukrainian-produced Bohdana guns", "20 guns
taken out of army storage". A maker or a store named as the origin of what a donor gives describes the item; it
reports no production and no inventory (context words of ``data/context_cues.csv`` that would otherwise make the
item no aid)."""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

# "built by", "made by the industry", "produced locally by": a participle of making with its agent
_MADE_BY = re.compile(r"(?:built|made|produced|developed|manufactured|designed)\s+(?:\w+\s+)?by", re.I)
_MADE = re.compile(r"(?:built|made|produced|manufactured)\b", re.I)
_GIVING = ("pledged", "delivered", "funded")
# "taken out of army storage", "drawn from its reserve stocks": the store a given item leaves
_OUT_OF_STORE = re.compile(r"\b(?:out\s+of|from)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# what a sum is spent on, right after it: "EUR 5 m for demining equipment " (before a maker: "built by ...")
_SPENT_ON = re.compile(r"\s+(?:for|on|towards)\s+(?:the\s+|new\s+|more\s+)?(?:[\w-]+\s+){1,4}", re.I)
_ENTRY = re.compile(r"[ \t]*(?:[•·▪●◦‣*\-–—+]|\(?\d{1,2}[.)])[ \t]+")  # a bulleted, dashed or numbered line


def origin_of_given(m: Mentions, item, context, cues, weak) -> bool:
    """Does the context word ``context`` only tell where ``item`` comes from: a compound adjective before it
    ("Ukrainian-produced", "US-made"), or a maker after it ("... 500 drones built by British firms") in a
    sentence whose giving verb, before the item, governs it? ``weak(cue)`` tells a cue that states no act."""
    if context.start > 0 and m.text[context.start - 1] == "-" and _MADE.match(context.text):
        return True
    if context.start < item.end or not _MADE_BY.fullmatch(context.text.strip()):
        return False
    if _ENTRY.match(m.text, m.text.rfind("\n", 0, item.start) + 1):
        return True  # "- 2 IRIS-T SLM fire units (built by Diehl, financed by Germany)": an entry of a list of aid
    if item.kind == "money" and _SPENT_ON.fullmatch(m.text, item.end, context.start):
        return True  # "SEK 2 bn for air defence systems built by Swedish industry": the maker of what the sum buys
    s, _ = m.sentences[m.sentence_index(item.start)]
    if any(c.label in _GIVING and s <= c.start and c.end <= item.start and not weak(c) for c in cues):
        return True
    # "30 carriers built by Arquus had been handed to Ukrainian units": the maker, then the item's own giving verb
    return any(c.label in _GIVING and not weak(c) and _MAKER_THEN_VERB.fullmatch(m.text, context.end, c.start)
               for c in cues if c.start >= context.end)


# the maker's name after "built by", then the auxiliaries of the item's own verb ("built by Arquus had been handed")
_MAKER_THEN_VERB = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,3}(?:(?:firms|companies|industry|factories)\s+)?"
                              r"(?:(?:have|has|had|were|was|are|is|will)\s+)?(?:(?:already|now|been|be|also)\s+){0,2}")


def drawn_from_store(m: Mentions, item, context) -> bool:
    """Does the context word ``context`` ("storage") only name the store a given item is taken from ("20 M109
    howitzers taken out of army storage", "guns drawn from storage")? The store is where the gift comes from,
    not an inventory the donor keeps: what is taken out of a store leaves it."""
    return context.start >= item.end and _OUT_OF_STORE.search(m.text, max(0, context.start - 40), context.start) \
        is not None
