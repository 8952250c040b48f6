"""Where a given item comes from: "500 drones built by British firms", "Ukrainian-produced Bohdana guns", "20 guns
taken out of army storage". A maker or a store named as the origin of what a donor gives describes the item; it
reports no production and no inventory (context words of ``data/context_cues.csv`` that would otherwise make the
item no aid)."""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.lines import is_entry

# "built by", "made by the industry", "produced locally by": a participle of making with its agent
_MADE_BY = re.compile(r"(?:built|made|produced|developed|manufactured|designed)\s+(?:\w+\s+)?by", re.I)
_MADE = re.compile(r"(?:built|made|produced|manufactured)\b", re.I)
_GIVING = ("pledged", "delivered", "funded")
# "taken out of army storage", "drawn from its reserve stocks": the store a given item leaves
_OUT_OF_STORE = re.compile(r"\b(?:out\s+of|from)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# what a sum is spent on, right after it (after a conversion in brackets): "EUR 5 m for demining equipment ", "NOK 3
# billion ($290 million) on new Archer howitzers for Ukraine, to be " (before a maker: "built by ...")
_SPENT_ON = re.compile(r"(?:\s*\([^()]{0,40}\))?\s+(?:for|on|towards)\s+[^.;:!?()]{0,100}?\s", re.I)
# "12 new Piranha vehicles that General Dynamics will build": a relative clause that names the item's maker
_MAKER_RELATIVE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:that|which)\s+(?:[\w.&-]+\s+){1,4}?"
                             r"(?:will\s+|is\s+to\s+|would\s+)?(?:build|builds|is\s+building|produce|produces|"
                             r"is\s+producing|make|makes|manufacture|manufactures)\b", re.I)
# between an item and its maker only its noun and a comma: "24 Patria vehicles built by", "30 VAB carriers, made by"
_REDUCED_RELATIVE = re.compile(r"(?:\s+[\w-]+){0,2}?\s*,?\s*")
# after a maker, the next entry of the list: "built by local firms and 12 radars", "made by Saab, 40 trucks"
_NEXT_ENTRY = re.compile(r"\s+(?:the\s+)?(?:[\w'’&.-]+\s+){1,4}?(?:and|,)\s+(?:also\s+|another\s+|some\s+)?", re.I)
_RECEIVED = re.compile(r"\breceiv", re.I)
_TO_UKRAINE = re.compile(r"\b(?:to|for|in)\s+(?:the\s+)?(?:Ukrain|Kyiv|Kiev)")
# a bulleted, dashed, numbered or lettered line ("- ", "2. ", "a) ")


def origin_of_given(m: Mentions, item, context, cues, weak) -> bool:
    """Does the context word ``context`` only tell where ``item`` comes from: a compound adjective before it
    ("Ukrainian-produced", "US-made"), or a maker after it ("... 500 drones built by British firms", "12 vehicles
    that General Dynamics will build") in a sentence whose giving verb, before the item, governs it, or right after
    the item with the giving verb after it ("24 vehicles built by Patria were handed over")? ``weak(cue)`` tells a
    cue that states no act."""
    if context.start > 0 and m.text[context.start - 1] == "-" and _MADE.match(context.text):
        return True
    s = m.sentences[m.sentence_index(item.start)][0]
    if context.start >= item.end and (maker := _MAKER_RELATIVE.match(m.text, item.end)) and maker.end() == context.end:
        return _given_before(item, cues, weak, s)  # "will fund 12 Piranha vehicles that General Dynamics will build"
    # (the cue may be the participle alone, "produced", with its agent after it: "produced by the company Indra")
    made_by = _MADE_BY.fullmatch(context.text.strip()) or _MADE_BY.match(m.text, context.start)
    if made_by and item.kind == "money" and context.end <= item.start and _maker_of_an_item_before(m, context) and \
            _given_before(item, cues, weak, s):
        return True  # "will transfer 3,000 drones built by local firms ... in a package worth EUR 20 million"
    if made_by and item.kind != "money" and context.end <= item.start and _maker_of_an_item_before(m, context) and \
            _NEXT_ENTRY.fullmatch(m.text, context.end, item.start) and _given_before(item, cues, weak, s):
        return True  # "will give 500 drones built by local firms and 12 radars": the maker of the drones before
    if made_by and _appositive_maker(m, context):
        return True  # "10 Stormer launchers, a vehicle developed by British engineers, and 200 missiles": a description
    if context.start < item.end or not made_by:
        return False
    if is_entry(m.text, item.start):
        return True  # "- 2 IRIS-T SLM fire units (built by Diehl, financed by Germany)": an entry of a list of aid
    if item.kind == "money" and _SPENT_ON.fullmatch(m.text, item.end, context.start):
        return True  # "SEK 2 bn for air defence systems built by Swedish industry": the maker of what the sum buys
    if _given_before(item, cues, weak, s):
        return True
    # "24 Patria vehicles built by the Finnish firm had been handed to Ukrainian units": the maker right after the
    # item, whose giving verb follows in the same clause
    e = m.sentences[m.sentence_index(item.start)][1]
    e = min([i for i in (m.text.find(";", context.end, e), m.text.find(":", context.end, e)) if i >= 0], default=e)
    return _REDUCED_RELATIVE.fullmatch(m.text, item.end, context.start) is not None and any(
        c.label in _GIVING and context.end <= c.start < e and not weak(c) and not _RECEIVED.search(c.text)
        and _TO_UKRAINE.search(m.text, c.end, e) for c in cues)  # (not "had been received by a Ukrainian company")


# an apposition that opens with an article and a noun before the maker: ", a system developed by", ", an aircraft made
# by", ", the vehicle built by"
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){1,3}$", re.I)


def _appositive_maker(m: Mentions, context) -> bool:
    """Is the maker ``context`` ("developed by UK engineers") told in an apposition to a named or counted item right
    before it ("10 Stormer launchers, a vehicle developed by British engineers, together with 200 missiles")? It
    describes that item; the apposition tells no production, for that item nor for the others of the list."""
    a = _APPOSITION.search(m.text, max(0, context.start - 50), context.start)
    return a is not None and any(
        x.end <= a.start() and _REDUCED_RELATIVE.fullmatch(m.text, x.end, a.start()) is not None
        for x in (*m.systems, *m.generics, *m.quantities))


def _maker_of_an_item_before(m: Mentions, context) -> bool:
    """Does the maker ``context`` ("built by local firms") follow a named or counted item right before it ("3,000 FPV
    drones built by", "the Piranha vehicles, made by")? It then tells where that item comes from, not what a sum
    after it in the sentence is (the worth of the package the item is part of)."""
    return any(x.end <= context.start and _REDUCED_RELATIVE.fullmatch(m.text, x.end, context.start) is not None
               for x in (*m.systems, *m.generics, *m.quantities))


def _given_before(item, cues, weak, s: int) -> bool:
    """Does a giving verb (no weak cue) stand before ``item`` in its sentence, which starts at ``s``? (A cue of
    spending that holds the sum, "will spend 4 billion kroner on", governs it too.)"""
    return any(c.label in _GIVING and s <= c.start and (c.end <= item.start or c.start < item.start < c.end)
               and not weak(c) for c in cues)


def drawn_from_store(m: Mentions, item, context) -> bool:
    """Does the context word ``context`` ("storage") only name the store a given item is taken from ("20 M109
    howitzers taken out of army storage", "guns drawn from storage")? The store is where the gift comes from,
    not an inventory the donor keeps: what is taken out of a store leaves it."""
    return context.start >= item.end and _OUT_OF_STORE.search(m.text, max(0, context.start - 40), context.start) \
        is not None
