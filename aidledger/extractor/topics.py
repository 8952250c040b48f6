"""The system a whole piece is about, as the referent of a unit word or an ordinal far from its name.

An analysis or an explainer follows one system through many sentences and counts it without naming it again:
"Explainer: where Kyiv's NASAMS come from ... Oslo later promised a third battery." / "... A second came from the
United States." / "Madrid agreed to give the one it operates." The referent of such a word is the document's topic
system (``topic_system``): the one system its title names, else the one it names in far more sentences than any
other. Only systems counted in batteries (``counting_unit`` ``battery``: Patriot, NASAMS, SAMP/T, IRIS-T SLM, ...)
are read so, since only for them does "a battery", "a fire unit" or "a second" stand for one whole system.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from aidledger.extractor import anaphora
from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item
from aidledger.extractor.recipient_names import NAMES
from aidledger.mentions.cues import compiled

# (a title line has no closing stop and stands on a line of its own)
_TITLE = re.compile(r"[^\n]{1,160}?(?=\n)")
_UNIT = r"(?:battery|fire\s+unit|system|air[\s-]defen[cs]e\s+system)"
_RANK = r"(?:second|third|fourth|fifth|sixth|seventh)"
# the object of a verb of giving that counts one whole system: "a third battery", "one complete fire unit",
# "another system", "one of its own four batteries", "the one it operates"
_ONE = (rf"(?:(?:a\s+{_RANK}|another|one(?:\s+more)?|an(?:other|\s+additional)|a\s+(?:new|further))"
        rf"(?:\s+(?:complete|whole|full|more|additional|entire))?\s+{_UNIT}"
        # (a bare rank only where the object ends: "promised a fourth in April", not "a third of the money")
        rf"|a\s+{_RANK}(?=\s*(?:[.,;:!?)]|$|(?:in|on|to|from|by|this|next|last|later|soon|too|as\s+well)\b))"
        rf"|one\s+of\s+(?:its|their|the\s+country['’]s|the\s+army['’]s)\s+(?:own\s+)?(?:\w+\s+)?"
        rf"(?:batteries|fire\s+units|systems)"
        rf"|the\s+(?:one|battery|fire\s+unit|system)\s+(?:that\s+)?(?:it|they)\s+"
        rf"(?:operates|operate|has|have|owns|own|uses|use|still\s+(?:has|have|operates?)))")
_GIVING = (r"\b(?:GIVE|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|offer(?:s|ed|ing)?|commit(?:s|ted|ting)?|"
           r"fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|pa(?:y|ys|id|ying)\s+for|bu(?:y|ys|ying)|bought|"
           r"part(?:s|ed|ing)?\s+with)"
           r"\s+(?:(?:also|already|now|only|just|then|later|at\s+least|Ukraine|Kyiv)\s+)*")
_REFERENT = _GIVING + r"(" + _ONE + r")\b"
# an ordinal subject with no noun, or a unit word, and a verb of giving or arriving: "A third came from Oslo."
_ORDINAL = re.compile(rf"[\s\"“‘'•*–-]*(?:the|a)\s+(?:first|{_RANK}|next|last)(?:\s+{_UNIT})?\s+"
                      r"(?:(?:was|is|will\s+be|has\s+been)\s+(?:also\s+)?(?:sent|delivered|given|donated|supplied|"
                      r"provided|transferred|handed\s+over|paid\s+for|funded|financed|bought|promised|pledged)|"
                      r"came|comes|will\s+come|is\s+coming|arrived|arrives|will\s+arrive|followed|went|"
                      # ("The first was a gift from Oslo", "The second was American")
                      r"was\s+(?:an?\s+)?(?:gift|donation)|was\s+(?-i:[A-Z][a-z]+)\b(?!-)|was\s+(?=(?-i:the\s+[A-Z])))\b",
                      re.I)


def topic_system(m: Mentions):
    """The document's topic system, counted in batteries: the one family its title names, else the family named in
    three sentences or more and in at least twice as many as any other; None when there is none (found once per
    document: kept in ``m.memo``)."""
    if ("topic_system",) in m.memo:
        return m.memo[("topic_system",)]
    named = [x for x in m.systems if not x.system.generic]
    title = _TITLE.match(m.text)
    heads = {x.system.family or x.system.name for x in named if title and x.end <= title.end()}
    sentences = Counter(family for family, _ in {(x.system.family or x.system.name, m.sentence_index(x.start))
                                                  for x in named})
    ranked = sentences.most_common(2)
    if len(heads) == 1:
        family = next(iter(heads))
    elif ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        family = ranked[0][0]
    else:
        family = None
    # (the family's first system counted in batteries: "IRIS-T SLM", not the "IRIS-T" missile)
    topic = next((x.system for x in named if (x.system.family or x.system.name) == family
                  and x.system.counting_unit == "battery"), None)
    m.memo[("topic_system",)] = topic
    return topic


def _other_system(m: Mentions, s: int, e: int, topic) -> bool:
    """Does sentence [s, e) name a system of another family than the topic (whose word it would stand for)?"""
    return any((x.system.family or x.system.name) != (topic.family or topic.name) for x in m.inside(m.systems, s, e))


def _item(system, start: int, end: int, note: str) -> Item:
    return Item(start, end, system.name, system.category, "system", start, end, Decimal(1), family=system.family,
                notes=["elliptical", "topic-system", note])


def unit_referents(m: Mentions, s: int, e: int, items: list[Item]) -> list[Item]:
    """"Rome went further and promised a third battery.", "Bucharest agreed to give one of its own four
    batteries.": one of the topic system, for each whole-system word that is the object of a verb of giving in
    sentence [s, e), when the sentence names no system of its own."""
    topic = topic_system(m)
    if topic is None or _other_system(m, s, e, topic):
        return []
    found = []
    for x in compiled(_REFERENT).finditer(m.text, s, e):
        if not any(i.start < x.end(1) and x.start(1) < i.end for i in items):
            found.append(_item(topic, x.start(1), x.end(1), "referent"))
    return found


def ordinal_of_topic(m: Mentions, s: int, e: int):
    """"A third came from the United States.": the topic system, as the item a sentence opening with a bare
    ordinal (or one with a unit word) and a verb of giving or arriving counts; None otherwise (not "a third of
    the money", "a second package")."""
    topic = topic_system(m)
    x = _ORDINAL.match(m.text, s, e)
    if topic is None or x is None or _other_system(m, s, e, topic):
        return None
    return _item(topic, x.start(), x.end(), "ordinal")


# a donor's possessive standing alone as the subject of arriving or being given: "Canada's, paid for by Ottawa,
# arrived in March", "Norway's was handed over in May", "Spain's will follow in the autumn"
_POSSESSIVE = re.compile(
    r"(?:^|(?<=[;:,.])\s+|\s+(?:and|while|but|whereas)\s+)(?:the\s+)?(?P<who>(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*))?)"
    r"['’]s(?:\s+own)?\s*(?:,[^,;.]{1,50},\s*)?"
    r"(?P<verb>arrived|followed|reached\s+(?:" + NAMES + r"|the\s+front)|"
    r"was\s+(?:delivered|sent|handed\s+over|transferred)|(?:has|have)\s+arrived|"
    r"is\s+(?:due|expected|promised|pledged)|will\s+(?:arrive|follow|come|be\s+delivered))\b", re.I)


_PROMISED = re.compile(r"is|will", re.I)


def possessive_referents(m: Mentions, s: int, e: int, items: list[Item], idx: int) -> list[Item]:
    """"NASAMS: the US has sent two; Canada's, paid for by Ottawa, arrived in March.": a donor's possessive
    as the subject of arriving or being given stands for the system last named before it in the sentence, else
    for the piece's topic system when the sentence names none; no count of its own."""
    found = []
    for x in _POSSESSIVE.finditer(m.text[s:e]):  # (its own string: "^" is the sentence's start)
        start, end = s + x.end("who"), s + x.end("who") + 2  # (the item is the "'s", its donor the name before)
        who = [d for d in m.inside(m.donors, s + x.start("who"), start)
               if d.kind not in m.non_donor_kinds and d.code not in (None, "", "UKR")]
        if not who or any(i.start < end and start < i.end for i in items):
            continue  # (not "Ukraine's arrived", "Russia's")
        named = [y.system for y in m.inside(m.systems, s, start) if not y.system.generic]
        system = named[-1] if named else None if m.inside(m.systems, s, e) else \
            anaphora.system_before(m, idx) or topic_system(m)
        if system is not None:
            # (told by its own verb: "Canada's, paid for by Ottawa, arrived in March" is delivered, not funded)
            state = "pledged" if _PROMISED.match(x.group("verb")) else "delivered"
            found.append(Item(start, end, system.name, system.category, "system", start, end, None,
                              family=system.family, status_override=state, notes=["elliptical", "possessive"]))
    return found
