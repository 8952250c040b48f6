"""Who speaks, and whom a speaker's words stand for: "we" of a statement (the first country it names
as "we"), the speaker of a transcript's turn, the speaker of a quote ('"We will give 20 vehicles," he
said'), an office that speaks ("the Lithuanian minister said"), the group "They" opens a sentence with,
and the donor the recipient thanks in the next sentence ("Thank you, Canada!"). ``donor.donors_for``
asks these when the item's sentence names no donor of its own.
"""

from __future__ import annotations

import functools
import re

from aidledger.extractor.donor_mentions import DonorFinder
from aidledger.extractor.index import Mentions
from aidledger.extractor.partners import coordinated, unique_codes
from aidledger.mentions.donors import office_pattern

# a first-person subject ("We are also procuring ... £25 million of spare parts for tanks donated by partners"):
# a group named after the item ("by partners") then tells of something else
FIRST_PERSON = re.compile(r"(?<![\w'’])(?:[Ww]e|I)(?:['’](?:re|ve|ll|m|d))?\s+"
                           r"(?:are\s+|am\s+|have\s+|will\s+|also\s+|now\s+)*[a-z]+")
ASKING = re.compile(r"\b(?:ask\w*|request\w*|urg\w*|appeal\w*|call\w*|want\w*|need\w*|hop\w*|receiv\w*|got|get\w*)$")
_OUR = re.compile(r"(?<![\w'’])(?:[Ww]e|[Oo]ur|I)(?!\w)(?!['’](?:s|d)\b)")


# "our support for Ukraine", "we stand with Ukraine", "together with Germany": one helped, or a partner, is
# not the "we"; nor is the recipient told of inside a sentence ("signed by President Zelensky") rather than
# opening it as its subject ("Ukraine needs air defence. We ask ...": a Ukrainian speaker)
_HELPED = re.compile(r"\b(?:for|to|into|with|towards|alongside)\s+(?:the\s+)?$", re.I)
_OPENS = re.compile(r"\W*(?:\w+\W+){0,2}")
# the place a speech is given, the hosts' ("thank you to our hosts here in Oslo", "glad to be here in Rome today",
# "we are meeting in Vilnius"): a guest speaks there, not for it
_VENUE = re.compile(r"\b(?:hosts?|hosting|be|are|am|meet(?:ing)?|met|gathered)\s+(?:here\s+)?(?:today\s+)?(?:in|at)\s+"
                    r"(?:the\s+)?$", re.I)


@functools.lru_cache(maxsize=4)
def first_person_donor(m: Mentions) -> str | None:
    """The donor a text that speaks in the first person means by "we": the first country named in a
    sentence outside quotes that says "we", "our" or "I", or in the sentence just before one ("Let me be
    clear on what France has done and will do. We delivered 30 Caesar."); None when no such sentence
    names one. A country named as the one helped ("our support for Ukraine") or as a partner ("together
    with Germany"), and the recipient told of inside a sentence, are passed over: the speaker is
    named later."""
    text = m.text
    previous: list = []
    for s, e in m.sentences:
        named = [d for d in m.inside(m.donors, s, e) if d.kind != "demonym" and d.code and not in_quote(text, d.start)
                 and not _HELPED.search(text, max(s, d.start - 16), d.start)
                 and not _VENUE.search(text, max(s, d.start - 30), d.start)
                 and not (d.kind in m.non_donor_kinds and _OPENS.fullmatch(text, s, d.start) is None)]
        ours = [w for w in _OUR.finditer(text, s, e) if not in_quote(text, w.start())]
        if ours and previous + named:
            first = (previous + named)[0]
            # a text where "we" are first Ukraine (a Ukrainian speaker) means no donor by it
            return None if first.kind in m.non_donor_kinds else first.code
        previous = named
    return None


@functools.lru_cache(maxsize=4)
def only_country(m: Mentions) -> str | None:
    """The one donor country a text names (by its name, its capital or an official; not Ukraine, not an
    institution), or None when it names none or several: the "we" of a speech that no sentence names ("Today I
    report on our support for Kyiv. ... we delivered eight tanks. ... Norway will not send troops.")."""
    codes = {d.code for d in m.donors if d.kind in ("name", "capital", "official") and d.code not in (None, "", "UKR")}
    return codes.pop() if len(codes) == 1 else None


def turn_speaker(m: Mentions, sentence) -> str | None:
    """The donor "we" stands for in the paragraph of ``sentence`` (a speaker's turn in a transcript): the
    first country named before "we" or "our" in the nearest sentence of the paragraph before ``sentence``
    that says so ("ERDOGAN: Turkey will not send offensive weapons; we are for talks. We have already
    provided drones."); "" when that country is the recipient (a Ukrainian speaker); None when no sentence
    of the paragraph tells it."""
    text = m.text
    paragraph = text.rfind("\n", 0, sentence[0]) + 1
    k = m.sentence_index(sentence[0])
    for s, e in reversed(m.sentences[:k]):
        if s < paragraph:
            return None
        ours = next((w for w in _OUR.finditer(text, s, e) if not in_quote(text, w.start())), None)
        if ours is None:
            continue
        named = [d for d in m.inside(m.donors, s, ours.start()) if d.kind != "demonym" and d.code
                 and not in_quote(text, d.start)]
        if named:
            return "" if named[0].kind in m.non_donor_kinds else named[0].code
    return None


def in_quote(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation of its paragraph (an open curly quote, or an odd number of straight
    ones, before it)?"""
    paragraph = text.rfind("\n", 0, pos) + 1
    before = text[paragraph:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


WE_AFTER = re.compile(r"\s*,?\s*(?:we|I)\b")
_QUOTE_OPEN = re.compile(r"[\"“]")
_QUOTE_CLOSE = re.compile(r"[\"”]")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
_PRONOUN_SAID = re.compile(
    r"[\"”]\s*,?\s*(?:(?:he|she|the\s+(?:[\w-]+\s+){0,2}?" + office_pattern() + r")\s+(?:\w+\s+)?"
    r"(?:said|says|told|added|stressed|noted|wrote|declared|announced|explained)|"
    r"(?:said|says|added|told)\s+(?:he|she)\b)", re.I)
_SPEAKER_OFFICE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?" + office_pattern() + r"\b")


def office_speaker(m: Mentions, sentence, group) -> str | None:
    """The country of the office that speaks in ``sentence`` ("..., the Lithuanian minister said"), not one of
    ``group``; None when the sentence names no such office."""
    text = m.text
    for d in m.inside(m.donors, *sentence):
        if d.kind == "demonym" and d not in group and d.code and _SPEAKER_OFFICE.match(text, d.end):
            return d.code
    return None


def quoted_speaker(m: Mentions, item, sentence) -> str | None:
    """'"We are ready to give 20 vehicles," he said.': the donor of the speaker a pronoun or "the minister"
    stands for, the official named last before the quote ("Italy's defence minister ..."); None when the
    item is not inside a quote that speaks as "we", or the speaker is no donor. The quote may hold several
    sentences of its paragraph."""
    text = m.text
    paragraph = text.rfind("\n", 0, item.start) + 1
    opening = None
    for q in _QUOTE_OPEN.finditer(text, paragraph, item.start):
        opening = q
    if opening is None or "”" in text[opening.end():item.start]:
        return None
    if opening.group() == '"' and text.count('"', paragraph, item.start) % 2 == 0:
        return None  # the last straight quote before the item closes one
    close = _QUOTE_CLOSE.search(text, item.end, min(len(text), item.end + 600))
    said = _PRONOUN_SAID.match(text, close.start()) if close is not None else None
    if said is None or not _WE.search(text, opening.end(), said.start()):
        return None
    for d in reversed(m.inside(m.donors, max(0, opening.start() - 2000), opening.start())):
        if d.kind == "official" or _SPEAKER_OFFICE.match(text, d.end):
            return None if d.kind in m.non_donor_kinds else d.code
    return None


def named_before(m: Mentions, sentence) -> list[str]:
    """The donors coordinated last in the sentence before ``sentence`` (a "They" that opens a sentence
    stands for them): ["FIN", "SWE"] for "... neutral powers such as Finland and Sweden."; [] when that
    sentence ends with no group of two or more."""
    i = m.sentence_index(sentence[0]) - 1
    if i < 0:
        return []
    ps, pe = m.sentences[i]
    named = DonorFinder(m).candidates(ps, pe)  # (rare: a sentence opened by "They" with no donor of its own)
    group = coordinated(m.text, [d for d in named if d.code])
    return unique_codes([d.code for d in group]) if len(group) > 1 else []


_THANKS = re.compile(r"\b(?:thank(?:s|ed|ing)?|grateful)\b(?:\s+(?:you|to|also))*[,\s]+(?:[\w-]+\s+){0,4}?$", re.I)


def thanked_after(m: Mentions, sentence) -> list[str]:
    """The donors thanked in the sentence after ``sentence``, in its paragraph ("... have arrived in Ukraine.
    Thank you, Canada!", "I thank my friend Boris Pistorius"): the first donor named within a few words
    after the thanks, with those coordinated with it; [] when that sentence thanks no one."""
    text = m.text
    k = m.sentence_index(sentence[0]) + 1
    if k >= len(m.sentences):
        return []
    ns, ne = m.sentences[k]
    if "\n\n" in text[sentence[1]:ns] or "hank" not in text[ns:ne] and "rateful" not in text[ns:ne]:
        return []
    named = [d for d in m.inside(m.donors, ns, ne) if d.code and d.kind not in m.non_donor_kinds]
    for i, d in enumerate(named):
        if _THANKS.search(text, max(ns, d.start - 60), d.start):
            return unique_codes(x.code for x in coordinated(text, named[i:], forward=True))
    return []
