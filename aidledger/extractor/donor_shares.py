"""A donor's share of a joint whole, told after it: "Estonia and Latvia together gave 9 armoured vehicles. Of
these, the Estonian part is 5 vehicles" / "Finland's share was 6" / "The 60 trucks are paid for jointly: 30 by
Norway and 30 by Sweden" / "18 howitzers, of which Denmark pays for 10 and the Netherlands for 8".

The share is that donor's count of the whole's item, in the whole's status (README rule 9 keeps a joint total in the
quote; a share the text tells is the donor's own count). A donor whose share is not told keeps its joint record.
The pipeline asks here when an item has joint donors; ``records.finish`` drops the share sentence's own generic
record, which is that fact again.
"""

from __future__ import annotations

import re
from decimal import Decimal

from aidledger.extractor.count_numbers import is_year
from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item

# "the Estonian part", "Latvia's share" (not "for its part", "as part of the package", "take part in")
_SHARE_WORD = re.compile(r"(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\bas\s)"
                         r"(?<!\btake\s)(?<!\btook\s)(?<!\btakes\s)(?<!\bin\s)"
                         r"\b(?:share|part|portion)\b(?!\s+(?:of|in)\s+(?!these|them|which|the\s+total))", re.I)
# the next sentence opens on the whole ("Of these", "Of them") or names a share ("Latvia's share was 4")
_SHARE_SENTENCE = re.compile(r"\W*(?:of\s+(?:these|them|this\s+number|the\s+total|which)\b|[^.]{0,60}?"
                             + _SHARE_WORD.pattern + ")", re.I)
# after the whole: ": 30 by Norway and ...", ", of which Denmark pays for 10 and ...", "(Denmark 10, Norway 6)"
_BREAKDOWN = re.compile(r"(?:\s+(?:for|to)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[a-z]+)?)?"  # "for Ukraine", "to Kyiv"
                        r"\s*(?::|[,(—–-]\s*of\s+(?:which|these|them)\b"
                        # "16 howitzers (Denmark 10, Norway 6)"
                        r"|(?:\s+together|\s+jointly)?\s*\((?=[^()]*\d[^()]*\))"
                        r"|[;,]\s*(?=[^.;]{0,40}?" + _SHARE_WORD.pattern + "))", re.I)  # "; the Belgian share is 5"
# the colon after the whole's clause: "The 60 trucks were paid for jointly: ..."
_GIVERS_OPEN = re.compile(r"[^.:;()\d]{0,50}?:\s*")
# "30 by Norway", "30 from Sweden", "(of these,) 5 are Estonian"
_BY_DONOR = re.compile(r"\s*(?:(?:\w+\s+)?(?:by|from)\s+(?:the\s+)?|(?:are|were)\s+)$", re.I)


def told_shares(m: Mentions, item: Item, sentence: tuple[int, int], donors: list[str]) -> list[Decimal | None] | None:
    """The count each of the joint ``donors`` gives of the counted ``item``, when the text tells shares of it
    right after (in a breakdown after the whole, or in the next sentence); None for a donor whose share is not
    told; None when no share is told."""
    if item.quantity is None or item.kind == "money" or len(donors) < 2:
        return None
    s, e = sentence
    found = _shares_after_whole(m, item, e, donors)
    if not found:
        idx = m.sentence_index(s)
        if idx + 1 < len(m.sentences):
            ns, ne = m.sentences[idx + 1]
            if _SHARE_SENTENCE.match(m.text, ns, ne):
                found = _shares_in(m, ns, ne, donors, item)
    if not found:
        return None
    return [found.get(d) for d in donors]


def breakdown_givers(m: Mentions, item: Item, sentence: tuple[int, int], donors: list[str]) -> list[str]:
    """"The 60 trucks were paid for jointly: 30 by Norway and 30 by Sweden": the donors of the breakdown after a
    counted whole, when it names two or more and a share for each, whatever the item's one donor was found to be;
    else ``donors``."""
    if item.quantity is None or item.kind == "money" or len(donors) > 1:
        return donors
    opened = _breakdown_opens(m, item, sentence[1])
    if opened is None:
        return donors
    named = [d.code for d in m.inside(m.donors, opened.end(), sentence[1])
             if d.kind not in m.non_donor_kinds and d.code not in (None, "", "UKR")]
    named = list(dict.fromkeys(named))
    found = _shares_in(m, opened.end(), sentence[1], named, item) if len(named) > 1 else {}
    return named if len(found) == len(named) > 1 else donors


def _breakdown_opens(m: Mentions, item: Item, end: int) -> re.Match[str] | None:
    """Where a breakdown after the counted whole ``item`` opens, in its sentence ending at ``end`` (": 30 by
    Norway", ", of which Denmark ...", "(Denmark 10, ...", "The 60 trucks were paid for jointly: "), or None."""
    return _BREAKDOWN.match(m.text, item.end) or _GIVERS_OPEN.match(m.text, item.end, end)


def _shares_after_whole(m: Mentions, item: Item, end: int, donors: list[str]) -> dict[str, Decimal]:
    """"60 trucks: 30 by Norway and 30 by Sweden", "18 howitzers, of which Denmark pays for 10": the shares in
    the breakdown that follows the whole in its sentence."""
    opened = _breakdown_opens(m, item, end)
    if opened is None:
        return {}
    return _shares_in(m, opened.end(), end, donors, item)


def _shares_in(m: Mentions, s: int, e: int, donors: list[str], item: Item) -> dict[str, Decimal]:
    """Each donor of ``donors`` named in [s, e) with the nearest count of it (the count after the donor, or the
    count just before "by"/"from" the donor); only counts smaller than the whole, adding up to no more."""
    text, whole = m.text, item.quantity
    numbers = [n for n in m.inside(m.numbers, s, e) if not is_year(n)]
    named = [d for d in m.inside(m.donors, s, e) if d.code in donors]
    shares: dict[str, Decimal] = {}
    for k, d in enumerate(named):
        if d.code in shares:
            continue
        before = [n for n in numbers if n.end <= d.start and _BY_DONOR.fullmatch(text, n.end, d.start)]
        nxt = named[k + 1].start if k + 1 < len(named) else e
        after = [n for n in numbers if d.end <= n.start < nxt]
        pick = before[-1] if before else (after[0] if after else None)
        if pick is None or pick.value >= Decimal(str(whole)) or _another_item(m, pick.end, item):
            continue
        if not before and not _SHARE_WORD.search(text, s, e) and len(named) < 2:
            continue
        shares[d.code] = pick.value
    if sum(shares.values(), Decimal(0)) > Decimal(str(whole)):
        return {}
    return shares


def _another_item(m: Mentions, end: int, item: Item) -> bool:
    """The count ending at ``end`` counts another kind of item than the whole's ("Denmark will also send 5
    howitzers" after "20 tanks"): an item of another category named right after it."""
    after = [x for x in (*m.inside(m.systems, end, end + 40), *m.inside(m.generics, end, end + 40))
             if len(m.text[end:x.start].split()) <= 2]
    return any(x.system.category != item.category for x in after)
