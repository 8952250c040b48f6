"""A count that is the whole a part is taken from: "the first of 31 Abrams tanks arrived", "the first few of
the 31 Abrams tanks have arrived". What arrived is the part; the whole counted is the commitment it belongs to.
``status.decide`` asks here.
"""

from __future__ import annotations

import re
from decimal import Decimal

from aidledger.extractor.delivered_counts import past_time_after

# "the first of", "the first few of the", "the first batch of the 31": a part of what follows (not "the first batch
# of 20 tanks": the batch is the 20)
_PART_OF_BEFORE = re.compile(r"\b(?:the|an?)\s+(?:very\s+)?(?:first|initial|earliest)\s+(?:few\s+|ones?\s+)?of\s+"
                             r"(?:the\s+|its\s+|their\s+|[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,1}?$"
                             r"|\b(?:the|an?)\s+(?:first|initial)\s+(?:batch|shipment|delivery|tranche|consignment|group|lot)"
                             r"\s+of\s+(?:the|its|their)\s+$", re.I)


def whole_of_a_first_part(text: str, item) -> bool:
    """Is the counted ``item`` the whole of which only a first part is told ("The first of 31 US Abrams tanks
    arrived", "The first few of the 31 Abrams tanks have arrived")? Then a delivery told of the part leaves
    the whole a pledge."""
    if item.quantity is None:
        return False
    return _PART_OF_BEFORE.search(text, max(0, item.start - 60), item.start) is not None


# "to the three it has already delivered", "to the 19 (that) Denmark handed over last year": a count given before,
# that what the sentence adds now is added to
_ADDED_TO_A_COUNT = re.compile(r"(?:\s+[a-z-]+)?\s+to\s+(?:the|its|their)\s+"
                               r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\s+(?:(?:that|which)\s+)?(?:(?:it|they|we|(?-i:[A-Z][\w.-]*))\s+)?"
                               r"(?:(?:has|have|had)\s+)?(?:already\s+)?$", re.I)


# "on top of what it had already given", "in addition to the launchers Oslo has already supplied", "for the systems
# it has already donated": what the item is added to, or a noun's own relative clause, told as given before
_GIVEN_BEFORE_AFTER = re.compile(
    r"[^.;:()]*?(?:\b(?:on\s+top\s+of|in\s+addition\s+to|adding\s+to|added\s+to|besides|over\s+and\s+above)\s+"
    r"(?:what|the|its|their|those|these|all)\b[^.;:()]*?"
    r"|\b[a-z]+(?:s|ft)\s+(?:(?:that|which)\s+)?(?:it|they|we|(?-i:[A-Z][\w.-]*))\s+(?:(?:has|have|had)\s+)?"
    # ("for sustainment of the F-16 aircraft previously delivered": a participle with its adverb of before)
    r"|\b[a-z]+(?:s|ft)\s+(?=(?:already|previously|earlier)\s))"
    r"(?:\b(?:already|previously|earlier|so\s+far)\s+(?:been\s+)?)?", re.I)
_ADDED_TO = re.compile(r"\b(?:on\s+top\s+of|in\s+addition\s+to|adding\s+to|added\s+to|besides|over\s+and\s+above)\s",
                       re.I)
_BEFORE_NOW = re.compile(r"\b(?:already|previously|earlier|so\s+far)\b", re.I)


def cue_of_the_count_added_to(text: str, item, cue) -> bool:
    """Is ``cue``, after ``item``, the verb of what the item is added to ("will add two launchers to the three it
    has already delivered", "is adding six guns to the 19 it handed over", "SEK 500 million on top of what it had
    already given", "EUR 90 million for the systems it has already donated")? Then it tells that, not the item."""
    if cue.start < item.end:
        return False
    if item.quantity is not None and _ADDED_TO_A_COUNT.fullmatch(text, item.end, cue.start) is not None:
        return True
    gap = _GIVEN_BEFORE_AFTER.fullmatch(text, item.end, cue.start)
    # ("on top of the 54 it handed over in 2023": the past time it was given in, told after the verb)
    return gap is not None and (_BEFORE_NOW.search(text, max(item.end, cue.start - 20), cue.end) is not None
                                or cue.label == "delivered" and _ADDED_TO.search(gap.group(0)) is not None
                                and past_time_after(text, cue.end))


# "another 6 guns from the batch of 18 promised", "6 tanks out of the 20 pledged": the whole's count right before
# the participle after the part
_WHOLE_BEFORE_PARTICIPLE = re.compile(r"\s+(?:out\s+of|of|from)\s+(?:the|its|their|all)\s+"
                                      r"(?:(?:batch|lot|contingent|total)\s+of\s+)?\d[\d,.]*\s+$", re.I)


def participle_of_the_whole_after(text: str, item, cue) -> bool:
    """Is ``cue`` the participle of the whole told after the part ``item`` ("has transferred another 6 guns from
    the batch of 18 promised": "promised" tells the 18; the 6 has the clause's verb, read when that verb tells
    a delivery)?"""
    return cue.start >= item.end and cue.label == "pledged" and \
        _WHOLE_BEFORE_PARTICIPLE.search(text, item.end, cue.start) is not None


# between the whole's participle and the part's own verb: the giver or the time of the promise, an auxiliary ("... of
# the 50 promised by Canada have already arrived", "... of the 40 committed in 2023 arrived")
_TO_THE_PARTS_VERB = re.compile(r"(?:\s+(?:by|in|on|last|this|earlier)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z\d][\w-]*)?)?"
                                r"(?:\s+(?:have|has|had|were|was|are|is))?(?:\s+(?:already|now|all|finally|since))*\s*")


def verb_after_the_whole(text: str, item, participle, verb) -> bool:
    """Is ``verb`` a delivery told of the part ``item`` right after the participle of the whole it is taken from
    ("The first 20 vehicles of the 50 promised by Canada have already arrived": the 20 arrived)?"""
    if verb.label != "delivered" or item.quantity is None or not participle_of_the_whole_after(text, item, participle) \
            or verb.start < participle.end or _TO_THE_PARTS_VERB.fullmatch(text, participle.end, verb.start) is None:
        return False
    whole = _WHOLE_COUNT.search(text, item.end, participle.start)
    return whole is not None and Decimal(whole.group(1).replace(",", "")) > item.quantity  # (a part smaller than it)


_WHOLE_COUNT = re.compile(r"(\d[\d,]*)\s+$")


# ", the first of which has already reached Kyiv", ", the first two of them have arrived": a relative on the first part
_FIRST_PART_RELATIVE = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s*,\s*(?:the\s+)?first\s+(?:\w+\s+)?of\s+"
                                  r"(?:which|them|these)\s+(?:(?:is|are|was|were|has|have|had|already|now|been)\s+){0,3}$",
                                  re.I)


def cue_of_its_first_part(text: str, item, cue) -> bool:
    """Is ``cue`` the verb of a relative clause on the first part of the counted ``item`` ("three Sea King helicopters,
    the first of which has already reached Kyiv")? It tells the part's state (``references.first_of_the_counted``), not
    the whole's."""
    return item.quantity is not None and cue.start >= item.end and \
        _FIRST_PART_RELATIVE.fullmatch(text, item.end, cue.start) is not None
