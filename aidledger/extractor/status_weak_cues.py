"""Cues that do not state the item's own act: a weak cue names the act without stating it (a noun of
giving, a verb of contents, a participle that describes a noun: "tanks supplied by Germany"), and some
cues tell the state of another noun (the whole a part is counted against, the noun of a relative clause).
``status.decide`` prefers the clause's strong cues and drops the cues of another noun.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.status_words import CONTENTS_CUE, NOUN_CUE, PARTICIPLE
from aidledger.extractor.vocabulary import purchase_words

_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|to|'ll|is\s+going\s+to|are\s+going\s+to)\s+$", re.I)
_BY = re.compile(r"\s+by\b", re.I)
# the end of a noun a participle or a relative clause may describe: "tanks supplied by", "F-16s promised by",
# "HIMARS committed", "F-16 aircraft promised by", "the ammunition Germany sent"
_NOUN_END = re.compile(r"(?:[a-z\d]s|aircraft|equipment|ammunition|materiel|hardware|artillery)\s$", re.I)
_SUBJECT_GOES_ON = re.compile(r"[^,;:.]{0,60}?\s(?:will|would|are|is|were|was|have|has|had|arrived|reached)\b")
# a reporting frame between commas: ", the defence ministry announced on Friday,"
_REPORTING_FRAME = re.compile(r",\s+(?:[\w'’.-]+\s+){1,5}$")
_FRAME_END = re.compile(r"(?<=announced)(?:\s+(?:on|this|last|in)\s+[\w-]+)?\s*,", re.I)
_ADVERB_BEFORE = re.compile(
    r"(?<=\w)\s+(?:(?:previously|earlier|already|originally|once|initially|recently|formerly)\s+)+$", re.I)
_AUXILIARY_END = re.compile(r"\b(?:has|have|had|is|are|was|were|be|been|being|will|would|it|they|we|he|she|[A-Z]\w*)$")
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:for|of|with|to|on|the|its|their)\s+$", re.I)
_PLURAL_AFTER = re.compile(r"\s+[a-z][a-z-]+s\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|these|those|our|his|her|all\s+the)\s+$", re.I)
_NOUN_SUBJECT_END = re.compile(r"[a-z]s\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s$")  # "tanks the US promised"
_OBJECT_RELATIVE = re.compile(r"(?:\ws|\b[A-Z]{3,}|\b[A-Z]+-\d+)\s+(?:that\s+|which\s+)?(?:it|they|he|she|we|you)\s+"
                              r"(?:had\s+|has\s+|have\s+)?$")  # ("the NASAMS it pledged")
_SUPERLATIVE = re.compile(r"\b(?:the|its|their|his|her|our|[A-Z][\w.-]*['’]s)\s+(?:\w+\s+)?(?:largest|biggest|greatest|"
                          r"most\s+(?:significant|substantial|powerful|expensive))\b[^,.;:]{0,80}$", re.I)


def after_superlative(text: str, position: int) -> bool:
    """Is ``position`` inside a superlative's relative clause ("the largest package (that) Canada
    has ever given", "its biggest contribution so far")?"""
    return _SUPERLATIVE.search(text, max(0, position - 100), position) is not None


def weak_cue(m: Mentions, cue) -> bool:
    """A cue that names the act without stating it: a noun ("a donation from Denmark"), a verb of
    contents ("a batch which includes M577s") or a past participle that modifies a noun ("tanks
    supplied by Germany"). The clause's verb, when it has one, decides ("... had reached Ukraine",
    "... are going to reach Ukraine")."""
    word = _SOURCE_PURCHASE.match(m.text, cue.start) if cue.label == "funded" else None
    if word is not None and (to_be_bought(m.text, cue.start) or _FROM_AFTER.match(m.text, word.end())):
        return True  # "will send 2 radars, to be bought from Estonian companies": where they come from
    if CONTENTS_CUE.fullmatch(cue.text):
        return _MODAL_BEFORE.search(m.text, max(0, cue.start - 20), cue.start) is None
    if after_superlative(m.text, cue.start):
        return True  # "the largest package it has given": the comparison, not the act
    if PARTICIPLE.fullmatch(cue.text) and _OBJECT_RELATIVE.search(m.text, max(0, cue.start - 30), cue.start):
        return True  # "has delivered all 24 F-16s it promised": a relative clause, the main verb decides
    if PARTICIPLE.fullmatch(cue.text) and _DETERMINER_BEFORE.search(m.text, max(0, cue.start - 12), cue.start):
        return True  # "has received the promised 14 tanks": a participle before its noun describes it
    if _REPORTING_FRAME.search(m.text, max(0, cue.start - 50), cue.start) and _FRAME_END.match(m.text, cue.end):
        return True  # "Lithuania handed Ukraine a batch, the ministry announced on Friday, including ...": a report
    if PARTICIPLE.fullmatch(cue.text):
        # "18 howitzers of the same type previously promised to Kiev have been handed over": an adverb
        # between the noun and its participle
        adverbs = _ADVERB_BEFORE.search(m.text, max(0, cue.start - 40), cue.start)
        if adverbs and not _AUXILIARY_END.search(m.text, max(0, adverbs.start() - 12), adverbs.start()) \
                and _SUBJECT_GOES_ON.match(m.text, cue.end):
            return True
    if _ATTRIBUTIVE_BEFORE.search(m.text, max(0, cue.start - 6), cue.start) and _PLURAL_AFTER.match(m.text, cue.end) \
            and cue.text.lower().startswith("already "):
        return True  # "ammunition for already donated systems": the participle describes another noun
    if PARTICIPLE.fullmatch(cue.text) and _aside_before_the_verb(m, cue):
        return True  # "its third Patriot system, announced in April, is already in Ukraine": an aside on the noun
    if PARTICIPLE.fullmatch(cue.text) and (_NEXT_ENTRY.match(m.text, cue.end)
                                            or _ENTRY_BEFORE.search(m.text, max(0, cue.start - 80), cue.start)):
        return False  # "+2 Patriot launchers pledged, 10 more Leopard 1A5 delivered": each entry's own predicate
    if PARTICIPLE.fullmatch(cue.text) and ((_NOUN_END.search(m.text, max(0, cue.start - 10), cue.start)
                                             and _item_ends_before(m, cue.start))
                                            or (_NOUN_SUBJECT_END.search(m.text, max(0, cue.start - 40), cue.start)
                                                and _SUBJECT_GOES_ON.match(m.text, cue.end))):
        return True  # "2 NASAMS launchers purchased with Norway": a participle that modifies the noun
    return NOUN_CUE.fullmatch(cue.text) is not None or (
        cue.label == "delivered" and _BY.match(m.text, cue.end) is not None and " " not in cue.text.strip())


def _item_ends_before(m: Mentions, position: int) -> bool:
    """Does a named system or a generic item end just before ``position`` ("howitzers promised")?
    A subject that is no item ("Ukraine's forces received") is followed by its verb, not a participle."""
    return any(x.end >= position - 2 or _CLASS_NOUN_GAP.fullmatch(m.text, x.end, position)
               for x in (*m.inside(m.systems, max(0, position - 40), position),
                         *m.inside(m.generics, max(0, position - 40), position)))


_SOURCE_PURCHASE = re.compile(rf"(?:{purchase_words('past')})\b", re.I)  # data/purchase_verbs.csv
_SOURCED_BEFORE = re.compile(r"\b(?:to\s+be|being|be|been)\s+$", re.I)
_FROM_AFTER = re.compile(r"\s+from\b", re.I)
_COMMA_END = re.compile(r",\s*$")
_ASIDE_CLOSES = re.compile(r"[^,.;:!?]{0,40},\s+")
# a telegraphic list: a participle, then the next entry with its count ("64 missiles pledged, 10 more tanks ...")
_ENTRY_BEFORE = re.compile(r"\w[,;]\s+(?:and\s+)?(?:\+\s?\d|\d|another\b|a\s+further\b)[^,;.]{0,60}\s$")
# (or joined by "and": "six Sea Kings delivered and 12 H145Ms in preparation")
_NEXT_ENTRY = re.compile(r"(?:\s*[,;]\s+(?:and\s+)?|\s+and\s+)(?:\+\s?\d|\d|another\b|a\s+further\b|"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)", re.I)
_CLASS_NOUN_GAP = re.compile(r"\s+[a-z]+\s")  # "F-16 aircraft promised by": the system and its class noun


def to_be_bought(text: str, start: int, floor: int = 0) -> bool:
    """Does the purchase word at ``start`` follow "to be", "being" ("2 radars, to be bought from Estonian
    companies")? Then it tells where items a donor gives on are to come from, not the sentence's own act.
    (Read no further back than ``floor``.)"""
    return _SOURCED_BEFORE.search(text, max(floor, start - 10), start) is not None


def _aside_before_the_verb(m: Mentions, cue) -> bool:
    """Is participle ``cue`` an aside between commas right after an item, closed by the clause's own
    status ("its third Patriot system, announced in April, is already in Ukraine")? Without a status
    of the main verb ("14 howitzers, delivered in 2023, were the first to ...") the aside tells it."""
    comma = _COMMA_END.search(m.text, max(0, cue.start - 3), cue.start)
    closes = _ASIDE_CLOSES.match(m.text, cue.end)
    if comma is None or closes is None or not _item_ends_before(m, comma.start()):
        return False
    return any(c.start <= closes.end() + 12 for c in m.inside(m.status_cues, closes.end(), closes.end() + 40))


def whole_participle(item, cue) -> bool:
    """Is ``cue`` the participle of the whole a part is counted against ("transferred 8 of the 12 promised
    howitzers": "promised" tells the 12, the part has the clause's verb)?"""
    return "part-of-total" in item.notes and item.start < cue.start < item.head_start and \
        cue.label == "pledged" and PARTICIPLE.fullmatch(cue.text) is not None


def another_nouns_relative(m: Mentions, item, cue) -> bool:
    """Is ``cue`` the verb of an object relative clause with a donor as its subject ("spare parts for the Gepard guns
    Germany sent last year", "the 20 tanks Madrid delivered in 2023") that describes a noun other than
    ``item``? It tells the state of that noun only."""
    if cue.label not in ("pledged", "delivered") or cue.start <= item.end:
        return False
    donors = m.inside(m.donors, max(0, cue.start - 30), cue.start)
    if not donors or _DONOR_RELATIVE_GAP.fullmatch(m.text, donors[-1].end, cue.start) is None:
        return False
    noun_end = donors[-1].start - 1
    if _NOUN_END.search(m.text, max(0, noun_end - 20), noun_end + 1) is None or \
            not _item_ends_before(m, noun_end):
        return False
    return not (item.end >= noun_end - 1 or _CLASS_NOUN_GAP.fullmatch(m.text, item.end, noun_end + 1))


# between a donor and the verb of its relative clause: nothing, or an auxiliary and an adverb ("Italy had handed over")
_DONOR_RELATIVE_GAP = re.compile(r"\s+(?:(?:had|has|have|already|previously|earlier|once)\s+){0,2}")
