"""Money of another kind than military aid told beside an amount: which amount a not-aid word ("humanitarian",
"loan", "frozen assets") speaks of in a list of amounts (``other_kind_of_aid``), and a sum whose breakdown in the
next sentence is all humanitarian or financial (``breakdown_not_aid``). ``exclusions.context_reason`` asks both.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

# the last member of a list, after the item: "..., Latvia's €4 million and the proceeds of frozen assets"
_LAST_MEMBER = re.compile(r"\s+(?:and|plus)\s+(?:[\w-]+\s+){1,4}")
_LIST_GAP = re.compile(r"\s*(?:[,;]\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+plus\s+)(?:[A-Z][\w-]*['’]s\s+)?")
_MILITARY = re.compile(r"\b(?:military|defen[cs]e|weapons?|arms|armaments?|equipment|ammunition|munitions|shells|"
                       r"security\s+(?:aid|assistance)|lethal|drones?)\b", re.I)


# a not-aid word that introduces the amount after it: "a civilian part of", "humanitarian aid worth", "loans totalling"
_INTRODUCES = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:of|worth|totall?ing|amounting\s+to)\s+(?:about\s+|some\s+|"
                         r"around\s+|another\s+|a\s+further\s+)?", re.I)


def other_kind_of_aid(m: Mentions, item, context, clause) -> bool:
    """Is ``context`` (humanitarian, financial, a loan) said of another amount of the clause: after
    the next amount, or before the item while the item's own words ("$30 million in military
    equipment") make it military aid? The item's words are those after it, up to the next amount."""
    cs, ce = clause
    others = [x for x in m.inside(m.money, cs, ce) if x.start != item.start]
    end = min([x.start for x in others if x.start >= item.end], default=ce)
    if not others:
        return False
    previous = [x for x in others if x.end <= item.start]
    if end == ce and previous and _LIST_GAP.fullmatch(m.text, previous[-1].end, item.start) and \
            _LAST_MEMBER.fullmatch(m.text, item.end, context.start):
        return True  # "..., Norway's €15 million, Latvia's €4 million and the proceeds of frozen assets": the last
    if any(x.start >= context.end and _INTRODUCES.fullmatch(m.text, context.end, x.start) for x in others
           if x.start >= item.end):
        return True  # "NOK 70 billion for military support, with a civilian part of NOK 15 billion": said of the 15
    if item.start <= context.start < end:
        return False
    if context.start >= end and _LIST_GAP.fullmatch(m.text, item.end, end):
        return True  # "Finland's €80 million, Norway's €15 million and the proceeds of frozen assets"
    return _MILITARY.search(m.text, item.end, end) is not None


_OF_THIS = re.compile(r"\W*(?:Of\s+(?:this|that|these|it|which|the\s+(?:total|sum|amount|money))|This\s+includes)\b",
                      re.I)
_NOT_AID_KIND = re.compile(r"humanitarian|financial|budget|econom|reconstruct|rebuild|infrastructure|energy|loan|lend",
                           re.I)


def breakdown_not_aid(m: Mentions, item, clause):
    """'Finland earmarked €90 million for Ukraine. Of that sum, €60 million goes to food aid and
    €30 million to the state budget': a sum whose breakdown in the next sentence is all
    humanitarian or financial is no military aid (unless its own clause says it is). The not-aid
    cue of the breakdown, or None."""
    cs, ce = clause
    if _MILITARY.search(m.text, cs, ce):
        return None
    i = next((k for k, (s, e) in enumerate(m.sentences) if s <= item.start < e), None)
    if i is None or i + 1 >= len(m.sentences):
        return None
    s, e = m.sentences[i + 1]
    if not _OF_THIS.match(m.text, s, e):
        return None
    parts = m.inside(m.money, s, e)
    cues = [c for c in m.inside(m.context_cues, s, e) if c.label in ("not_aid", "not_aid_money")
            and _NOT_AID_KIND.search(c.text)]
    if not parts or not cues or _MILITARY.search(m.text, s, e):
        return None
    return cues[0]
