"""Ordinal subjects that share out, donor by donor, what the sentence before told without a donor.

"Kyiv now has two more Patriot batteries. The first came from Germany; the second was paid for by the
Netherlands." / "Two IRIS-T launchers arrived in June. One was a gift from Slovenia, the other from Germany." The
sentence before counts the item and names no giver; this one opens with an ordinal ("the first", "a second",
"the next four", "one", "the other") and names the giver of each part. Each part is its own fact (README rule 1:
one record per donor, item and status), counted by its ordinal: one for "the first", four for "the next four",
none for a plural with no number ("the first jets"). A part paid for but not supplied is ``funded`` (rule 11);
a part with no verb of its own ("..., the second by Denmark") takes the state of the part before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item
from aidledger.extractor.status_words import FUTURE
from aidledger.extractor.whole_after_part import tells_the_whole

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_ORDINAL = r"first|second|third|fourth|fifth|sixth|next|last|latest|other|others|remaining|rest"
_NUMBER = r"\d{1,4}|" + "|".join(_NUMBER_WORDS)
# a part's subject, at the opening of the sentence or after a comma, semicolon or "and"/"while"
_PART = re.compile(
    r"(?:(?<=[;,:])\s*|\s+(?=(?:and|while|whereas|but)\s))(?:(?:and|while|whereas|but)\s+)?"
    rf"(?=(?:(?:the|a)\s+)?(?:{_ORDINAL}|one|another)\b)", re.I)
_SUBJECT = re.compile(
    rf"(?:(?P<art>the|a)\s+(?P<ord>{_ORDINAL})(?:\s+(?P<num>{_NUMBER}))?|(?P<one>one|another)(?:\s+of\s+them)?)"
    r"(?:\s+(?P<noun>[a-z][a-z-]*))?\b", re.I)
# a word after the ordinal that is its verb, not its noun ("the first came", "the second was")
_VERBISH = re.compile(r"(?:was|were|is|are|be|been|being|will|would|shall|should|could|can|may|might|must|has|have|"
                      r"had|came|come|comes|went|goes|by|from|of|to|in|on|at|with|for|and|or|[a-z]+ed)$", re.I)
_OPENING = re.compile(r"[\s\"“‘'•*–-]*")
# the giver's slot: "by Germany", "from Norway", "a gift of Italy", "was American"
_BY = re.compile(r"\b(?:by|from|of)\s+(?:the\s+)?$", re.I)
_IS = re.compile(r"\b(?:was|were|is|are)\s+(?:an?\s+|all\s+)?$", re.I)
_AND = re.compile(r"\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?", re.I)  # "from Denmark and Norway"
_MADE = re.compile(r"-?(?:made|built|produced|designed|manufactured)\b", re.I)
_PAID = re.compile(r"\b(?:paid\s+for|pa(?:y|ys|ying)\s+for|funded|financed|bought|purchased|procured)\b", re.I)
_FUTURE = re.compile(rf"\b(?:{FUTURE}|to\s+be)\b", re.I)  # "the second is to be paid by Oslo"
_GAPPED = re.compile(r"\s*,?\s*(?:by|from)\s", re.I)
# an item counted in batches: "the first" is one batch, not one gun
_BATCHES = re.compile(r"\b(?:batch|batches|packages?|tranches?|shipments?|consignments?|deliver(?:y|ies)|"
                      r"lots?|instalments?)\b", re.I)


# the word an ordinal subject counts a system by ("The first battery was American."), as it stands for the system
# of the sentences before whatever its category
_UNIT_WORDS = re.compile(r"(?:battery|system|unit|launcher)$", re.I)


@dataclass
class Part:
    """One ordinal part: its span, its givers, its count (None: not told) and its state (None: the item's)."""

    start: int
    end: int
    donors: list[str]
    count: Decimal | None
    state: str | None


def shared_out(m: Mentions, s: int, e: int, found, told: str) -> list[Part]:
    """The ordinal parts of sentence [s, e) that each name a giver of what the sentence before told (``told``:
    the item phrase there); empty unless the sentence opens with an ordinal. ``found``: the sentence's donor
    candidates."""
    text = m.text
    opening = _OPENING.match(text, s).end()
    if _SUBJECT.match(text, opening) is None:
        return []
    starts = [opening] + [x.end() for x in _PART.finditer(text, opening + 1, e)]
    parts, state = [], None
    for k, ps in enumerate(starts):
        pe = starts[k + 1] if k + 1 < len(starts) else e
        subject = _SUBJECT.match(text, ps)
        if subject is None:
            return []
        donors = _givers(m, ps, pe, found)
        if not donors:
            continue
        if _GAPPED.match(text, _subject_end(subject)) is None or state is None:
            state = "funded" if _PAID.search(text, ps, pe) else "pledged" if _FUTURE.search(text, ps, pe) else None
        count = _count(subject, told) if len(donors) == 1 else None
        parts.append(Part(ps, pe, donors, count, state))
    return parts


def _subject_end(subject: re.Match) -> int:
    """Where the ordinal subject ends, its noun included only when it is a noun."""
    noun = subject.group("noun")
    return subject.start("noun") if noun and _VERBISH.match(noun) else subject.end()


def _count(subject: re.Match, told: str) -> Decimal | None:
    """The count an ordinal subject states: its number ("the next four"), else one for a singular ("the first",
    "one of them", "a second battery"), else None ("the first jets", "the others", the first of several
    batches)."""
    number = subject.group("num")
    if number:
        return Decimal(_NUMBER_WORDS.get(number.lower(), number))
    noun = subject.group("noun")
    plural = noun and not _VERBISH.match(noun) and noun.lower().endswith("s") and not noun.lower().endswith("ss")
    if plural or (subject.group("ord") or "").lower() in ("others", "remaining", "rest") or _BATCHES.search(told):
        return None
    return Decimal(1)


def _givers(m: Mentions, s: int, e: int, found) -> list[str]:
    """The donors of span [s, e) named as givers: after "by", "from" or "of", or as a demonym predicate ("was
    American"), not as where it was made ("was German-made")."""
    text, out, last = m.text, [], None
    for d in found:
        if not s <= d.start < e or d.kind in m.non_donor_kinds or d.code in (None, "", "UKR"):
            continue
        before = text[max(s, d.start - 30):d.start]
        if _BY.search(before) or d.kind == "demonym" and _IS.search(before) and not _MADE.match(text, d.end) \
                or last is not None and _AND.fullmatch(text, last, d.start):
            out.append(d.code)
            last = d.end
    return list(dict.fromkeys(out))


def counted_system(m: Mentions, s: int, e: int, system) -> Item | None:
    """"Allies have promised Ukraine more Patriot systems. The first battery was American.": the system of the
    sentences before (``system``), as the item of sentence [s, e) when the sentence opens with an ordinal
    subject whose noun stands for it (a unit word, or a generic word of its category); else None."""
    subject = _SUBJECT.match(m.text, _OPENING.match(m.text, s).end())
    noun = subject.group("noun") if subject is not None and subject.group("ord") else None
    if system is None or not noun or _VERBISH.match(noun):
        return None
    word = m.inside(m.generics, subject.start("noun"), subject.end("noun"))
    if not _UNIT_WORDS.match(noun) and not (word and word[0].system.category == system.category):
        return None
    return Item(subject.start(), subject.end(), system.name, system.category, "system", subject.start("noun"),
                subject.end("noun"), family=system.family, notes=["elliptical"])


# where the parts begin after the item they share out: "two Patriot batteries: one from Germany, ...", "Of the two
# NASAMS units announced on Tuesday, one will be provided by Norway and the other by Canada"
_PARTS_OPEN = re.compile(r"[^.;:,()]{0,60}?(?:[,:;]|\s[–—-])\s*", re.I)


def shared_after(m: Mentions, item, e: int, found) -> list[Part]:
    """The ordinal parts that follow ``item`` in its sentence (ending at ``e``) and each name a giver of a part of
    it ("Ukraine gets two Patriot batteries: one from Germany, the other financed by the Netherlands"): those of
    ``shared_out``, read from the first ordinal after the item; empty when there are none."""
    opens = _PARTS_OPEN.match(m.text, item.end, e)
    if opens is None or _SUBJECT.match(m.text, opens.end()) is None or tells_the_whole(m.text, opens.end(), e):
        return []
    return shared_out(m, opens.end(), e, found, m.text[item.start:item.end])
