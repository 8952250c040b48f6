"""Candidates: every item a sentence names — a named system, a generic item, an amount of money —
with the count that belongs to it.

Recall first: this stage decides nothing about donors, statuses or whether the item is aid. It
only joins a count to the noun it counts ("12 more Caesar howitzers", "Caesar howitzers (12)",
"M113: 31", "a NASAMS system") and keeps numbers that are not counts (model numbers, years,
money, calibres, dates) away from items.
"""

from __future__ import annotations

import re
from decimal import Decimal

from aidledger.catalog import load_catalog
from aidledger.extractor.apposed_counts import apposed_count
from aidledger.extractor.arms_in_general import refused_arms
from aidledger.extractor.class_then_name import names_of_counted
from aidledger.extractor.clause_donors import each_in_its_own_clause
from aidledger.extractor.closing_counts import count_at_the_end
from aidledger.extractor.count_numbers import blocked_spans, counts, gap_before_name
from aidledger.extractor.delivered_counts import told_beside
from aidledger.extractor.glosses import after_gloss, munitions_for
from aidledger.extractor.index import Mentions
from aidledger.extractor.item_types import refused_beside_a_name, type_of
from aidledger.extractor.items import Item
from aidledger.extractor.likeness import likened
from aidledger.extractor.promises import told_with_its_promise
from aidledger.extractor.quoted_names import origin_or_date, quoted_name_before
from aidledger.extractor.references import (
    DEFINITE,
    GIVE_MORE,
    GIVEN_BEFORE,
    HAS_ARRIVED,
    UNITS_AFTER,
    all_of_the_counted,
    another_of_counted,
    count_after_relative,
    elliptical_counts,
    first_in_clause,
    first_of_the_counted,
    referents,
    same_type,
    without_split_total,
)
from aidledger.extractor.refused_more import refused_more
from aidledger.extractor.sequels import next_ones
from aidledger.extractor.targets import is_target
from aidledger.extractor.vocabulary import words
from aidledger.extractor.weighed_more import weighed_more
from aidledger.extractor.whole_after_part import running_total_after_part, whole_after_part
from aidledger.mentions.cues import compiled
from aidledger.mentions.makers import is_maker_name

_CLASSIFIER_OF = re.compile(r"^(?:units?|pieces?|pcs\.?|items?|rounds?|sets?|batter(?:y|ies)|systems?|complex(?:es)?|"
                            r"kits?|"
                            r"batch(?:es)?|shipments?|tons?|tonnes?)\s+of\s+$", re.I)
_ARTICLE_ONE = re.compile(r"(?:\b(?:a|an|one|single|another|an\s+additional|a\s+further|"
                          r"(?:the|a|its|their|our|his|her)\s+"
                          r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                          r"\d{1,2}(?:nd|rd|th)))\s+)$", re.I)  # "the 2nd ASC 890 aircraft"
# the end of a bare system name: the end of its clause ("will send a SAMP/T, ...", "an IRIS-T.")
_BARE_NAME_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_INDEFINITE_ONE = re.compile(r"\b(?:a|an|another|a\s+(?:second|third|fourth|further|single))\s+$", re.I)
_PLAIN_ARTICLE = re.compile(r"\b(?:a|an)\s+$", re.I)
# the name ends its noun phrase: no noun after it ("a NASAMS launcher", "a Patriot missile" count other things)
_NAME_ENDS = re.compile(r"(?=\s*(?:[.,;:!?)\"”’]|$)|\s+(?:to|for|from|and|in|on|this|next|by|as|which|that|would|will|"
                        r"was|is|had|has|soon|before|after|within)\b)")
_THE_BEFORE = re.compile(r"(?<!for )(?<!of )(?<!with )\bthe\s+$", re.I)  # not "ammunition for the Gepard system"
_ONE_SYSTEM_IN = re.compile(r"\s(?:system|battery)$", re.I)
_ONE_SYSTEM_AFTER = re.compile(r"(?:\s+\w+[\s-]range)?(?:\s+(?:air[\s-]+defen[cs]e|anti-aircraft|missile))?\s+"
                               r"(?:system|battery|complex)\b(?!['’]s)", re.I)  # (also "the Kub medium-range system")
_ONE_BATTERY_OF = re.compile(r"\b(?:a|an|one|another|a\s+single|an\s+additional|a\s+further)\s+"
                             r"(?:battery|fire\s+unit|system)\s+of\s+(?:the\s+)?$", re.I)
# the nouns that count one of a system ("a HIMARS launcher", "an IRIS-T system")
_COUNT_NOUNS = "system|battery|launcher|unit|aircraft|jet|plane|helicopter|vessel|ship|radar"
_COUNT_NOUN_AFTER = re.compile(rf"^(?:[\s-]+(?:[\w/-]+\s+){{0,3}}?)?(?:{_COUNT_NOUNS}|complex)\b", re.I)
_COUNT_NOUN_IN = re.compile(rf"\b(?:{_COUNT_NOUNS})s?"
                            r"(?:\s*\([^()]{1,20}\))?$",  # "a ... Missile System (NASAMS)": its short name after it
                            re.I)
# an ordinal right before a name counts one, its article dropped or a possessive ("second ASC 890 is here", "its
# third HIMARS"; not "a second SAMP/T" alone: measured, it lowered a blind set)
_ORDINAL_ONE = re.compile(r"(?<!\ba\s)(?<!\ban\s)\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                          r"\d{1,2}(?:nd|rd|th))\s+$", re.I)
_ONE_NOUN_AFTER = re.compile(rf"\s+(?:{_COUNT_NOUNS})\b(?!-)", re.I)
_FIRST_BEFORE = re.compile(r"\b(?:the|its|their)\s+first\s+$", re.I)
_ONE_NOUN_IN = re.compile(rf"\b(?:{_COUNT_NOUNS})$", re.I)  # the singular only: "the first HIMARS launchers" are more
_CLASSIFIER_LINK = re.compile(r"^\s*(?:launchers?|batter(?:y|ies)|systems?|units?|vehicles?|pieces|examples|"
                              r"copies|sets|fire\s+units?)\s+(?:belonging\s+to|of|from)\s+(?:the\s+)?$", re.I)
_OWN = re.compile(r"\s+of\s+(?:its|their|his|her|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
_OF_THE = re.compile(r"^\s+(?:out\s+)?of\s+(?:(?:the|its|their)\s+)?(?:(?:promised|pledged|committed|announced)\s+)?$",
                     re.I)
_EACH_BEFORE = re.compile(r"\b(?:every|each|any|not|no)\s+$", re.I)
# "6 from the 10 promised": a translation's part of a whole (only a smaller count before a larger one)
_FROM_THE = re.compile(r"^\s+from\s+(?:(?:the|its|their)\s+)?(?:(?:promised|pledged|committed|announced)\s+)?$", re.I)
_OF_ITS = re.compile(r"^\s+of\s+(?:its|their|his|her|our)\s+$", re.I)
_WORTH = re.compile(r"[\s,]+(?:worth|valued\s+at)\s+(?:about\s+|around\s+|some\s+|almost\s+|nearly\s+|up\s+to\s+)?",
                    re.I)
# "2 million euros' worth of ammunition", "$5 million worth of drones": the money is the item's worth told before it
_WORTH_OF = re.compile(r"(?:['’]s?)?\s+worth\s+of\s+(?:the\s+|new\s+|additional\s+|more\s+)?", re.I)
_SUPPORT_FOR = re.compile(r"(?:ammunition|munitions?|rounds|shells|missiles|rockets|spare\s+parts|"
                          r"parts|support|training|maintenance|interceptors)(?:\s+\w+){0,2}?"
                          r"(?:\s*,\s*(?:including|especially|mainly|notably|chiefly))?\s+for\s+"
                          r"(?:the|its|their|Ukraine['’]s|Kyiv['’]s)?\s*(?:\d[\d,]*\s+)?"
                          # "spare parts for M113 and M577 vehicles": the second system of the pair served
                          r"(?:[\w-]+(?:\s+[\w-]+)?(?:\s*,\s*|\s+(?:and|or|&)\s+)(?:the\s+)?)?$", re.I)


_SHARE_OF_THE = re.compile(r"\b(?:half|most|some|part|many|few|none|the\s+rest|the\s+first|a\s+third|a\s+quarter|"
                           r"(?:one|two)\s+thirds?|(?:one|three)\s+quarters?|a\s+fraction)\s+of\s+(?:the|its|their)\s+"
                           r"(?:(?:promised|pledged|committed)\s+)?$", re.I)
_FOR_SYSTEM = re.compile(r"\s+(?:\w+\s+){0,2}?for\s+(?:the\s+|its\s+|their\s+|Ukraine['’]s\s+)?", re.I)
_PREDICATE_RANK = re.compile(r"\b(?:were|was|are|is|became|become|remain|remains)\s+(?:among\s+)?the\s+"
                             r"(?:first|last|only|latest|earliest)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "that" before a plural is the conjunction ("confirmed that tanks will be sent"), not a determiner
_PLURAL_END = re.compile(r"[a-z]s$")


_BREAK_IN = re.compile(r"[,;:.!?—–]")
_REFERENT_REACH = 30  # characters between a refusal or a hedge and the definite item it governs


def refused_referent(m: Mentions, s: int, x) -> bool:
    """Is generic mention ``x`` a definite word for a system named shortly before ("The Taurus is a cruise
    missile. Berlin has refused to send the missile.") that a refusal or a hedge right before it governs? The
    refusal is a fact of its own about that system (README rule 11), not the item told again; the word is
    then resolved to the system (``context.Discourse.resolve_generic``)."""
    k = m.sentence_index(s)
    floor = m.sentences[max(0, k - 2)][0] if k >= 0 else s
    if not any(y.system.category == x.system.category and not y.system.generic
               for y in m.inside(m.systems, floor, x.start)):
        return False
    return any(c.label in ("refused", "considering") and 0 <= x.start - c.end <= _REFERENT_REACH
               and not _BREAK_IN.search(m.text, c.end, x.start) for c in m.inside(m.status_cues, s, x.start))


def definite_before(before: str, head: str) -> bool:
    """Does ``before`` end with a determiner of ``head`` ("the tanks", "these vehicles"), so that the item was
    named before? "that" counts only before a singular: before a plural it opens a clause."""
    found = DEFINITE.search(before)
    return found is not None and not (found.group(0).strip().lower() == "that" and _PLURAL_END.search(head))


_BRACKET_REPEAT = re.compile(r"[\s(\[,-]*")
_PHRASE_GAP = re.compile(r"[\s\w-]{0,40}")
_PHRASE_BREAK = re.compile(r"\d|\b(?:and|or|plus|with)\b")
_NAME_AFTER_CLASS = re.compile(r"(?:\s+(?!(?:and|or|with|plus|to|for|from|of|by)\b)[a-z-]+){0,2}\s+[\"“']?")
_BELONGING = re.compile(r"\s+(?:belonging\s+to|of|from)\s+(?:the\s+)?(?:(?:type|model|variant)\s+)?")
_AMMO_AFTER = re.compile(r"\s+(?:ammunition|munitions|rounds|shells|missiles|rockets)\b")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_TIMES = re.compile(r"\s*[x×]?\s*")
_BRACKETED = re.compile(r"\s*\(")
_PUNCT = re.compile(r"[^\w\s'’-]")
_CONVEYED_BY = re.compile(r"\b(?:onto|aboard|on\s+board(?:\s+of)?|via|by|(?:taken|seized|captured|confiscated|"
                          r"removed|recovered)\s+(?:from|off))\s+(?:a|an|the|one|two|three|\d+)\s+(?:[\w-]+\s+)?$",
                          re.I)
_SAME_NUMBER = re.compile(r"\bthe\s+same\s+(?:number|amount|quantity)[\"”’']?\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)
_OPENING_QUOTE = re.compile(r"(?<=\s)[\"“«„]$")
_DIGIT = re.compile(r"\d")
# a designation between a count and its noun is no other number: "R70", "2A4", "Type 10", "155 mm"
_MODEL = re.compile(r"\b[A-Za-z]+[-/]?\d[\w-]*|\b\d+[A-Za-z][\w-]*|"
                    r"\b[A-Z][A-Za-z-]*\s\d{1,4}\b|"
                    r"\b\d+(?:[.,]\d+)?\s*-?\s*(?:mm|millimet(?:er|re)s?|cm|inch(?:es)?)\b")
# "mortars 120 mm - 24 units": a calibre between; "the 'Krab' - 18 units": a closing quote; "MiG-29 fighters - 14":
# the class after the name; "grenades for 40 mm launchers - 6 thousand pcs": what the item is for
# ("ammunition of 30 mm - 5 thousand pcs.": the calibre after "of")
_COUNT_AFTER_GAP = re.compile(r"['’\"”]?(?:\s+for\s+(?:\d{2,3}\s?mm\s+)?[a-z][\w-]*)?"
                              r"(?:(?:\s+of)?\s+\d{2,3}(?:[.,]\d)?\s?mm)?"
                              r"(?:\s+(?:(?:(?:fire|firing|launch|command|control)\s+){1,2}units?|units?|launchers?|batter(?:y|ies)|systems?|vehicles?|"
                              r"pieces|sets|fighters|jets|aircraft|planes|helicopters|tanks|howitzers|guns|carriers|boats|"
                              r"trucks))?"
                              # "IRIS-T SLM air defence system with missiles: 4", "rifles with ammunition - 30",
                              # "ZU-23-2 together with ammunition - 6 pcs.": what comes with the item is counted with it
                              r"(?:(?:\s+(?:air\s+defen[cs]e|anti-aircraft|artillery|missile|rocket))?"
                              r"\s+(?:systems?|launchers?|rifles|guns|howitzers|vehicles|complex(?:es)?)?\s*"
                              r"(?:together\s+)?with\s+(?:its\s+|their\s+|the\s+)?(?:[a-z][\w-]*\s+)?(?:missiles|rockets|"
                              r"ammunition|munitions|rounds|spare\s+parts|launchers|equipment|accessories))?"
                              r"\s*(?:\(|:|x|×|(?:[-–—]\s*)?in\s+(?:the\s+|an?\s+)?(?:amount|number|quantity)(?:\s+of)?|-|–|—|\|)\s*"
                              r"(?:(?:approx(?:imately|\.)?|about|around|some|ca\.|c\.|circa|roughly|up\s+to|over|"
                              r"more\s+than)\s*)?", re.I)
_SETS_AFTER = re.compile(r"\s*(?:sets?|units?|systems?|pieces|pcs\.?|batter(?:y|ies)|launchers?|in\s+total|in\s+all)?"
                         r"\s*\)"
                         # "IRIS-T systems (4 delivered, 8 more promised)": the count and its state in the brackets
                         r"|\s+(?:already\s+)?(?:delivered|sent|supplied|pledged|promised|arrived|handed\s+over)\b")
_COMMA = re.compile(r"\s*,\s*")
_ROUNDS_OF = re.compile(r"\s+of\s+(?:the\s+|their\s+|its\s+)?", re.I)
_TOPIC_BEFORE = re.compile(r"\s*(?:[-–•*]\s*)?")
# "IRIS-T SLM: ...", "Howitzers Krab - Poland transferred 18 units" (a spaced dash, as translations head a line)
_TOPIC_AFTER = re.compile(r"(?:\s+\([^)\n]{1,40}\))?(?:\s*:\s|\s+[-–—]\s)")
# "mortar rounds 120 mm of 4 thousand pieces", "shells for mortars of 900 pieces": ammunition, its calibre or
# what it serves, then "of" and the count (a unit word must follow it)
_OF_COUNT_GAP = re.compile(r"(?:\s+for\s+[a-z][\w-]*)?(?:\s+\d{2,3}(?:[.,]\d)?\s?mm)?\s+of\s+"
                           r"(?:about\s+|around\s+|some\s+|over\s+)?", re.I)
# 'the "Archer" of 18 units', "howitzers FH-70 of 8 units": a system's count of pieces after "of" (translations)
_OF_UNITS_GAP = re.compile(r"['’\"”]?\s+of\s+(?:about\s+|around\s+|some\s+|over\s+)?", re.I)
_PIECES_UNIT = re.compile(r"\s*(?:units|pieces|pcs\.?)\b", re.I)
# "Gepard, additionally 3 units", "HIMARS, another 4 units": a list line's count of more of the item
_COMMA_MORE = re.compile(r"\s*,\s*(?:additionally|another|plus|further|also|more)\s+", re.I)


_YEAR_THEN_MONEY = re.compile(r"(?:19|20)\d\d\s+[A-Z]{3}\s*\d")
_IN_ROUNDS = re.compile(r"\bin\s+$", re.I)


def real_money(text: str, monies) -> list:
    """Money mentions that are amounts: "in 2024 DKK 1.4 billion" is a year, then an amount (read
    again from the currency code on)."""
    out = []
    for x in monies:
        if not _YEAR_THEN_MONEY.match(text, x.start):
            out.append(x)
            continue
        code = x.start + len(x.text.split()[0]) + 1
        while text[code].isspace():
            code += 1
        from aidledger.mentions.money import find_money

        again = [y for y in find_money(text[code:code + 60]) if y.start == 0]
        if again:
            out.append(_shifted(again[0], code))
    return out


def _shifted(x, by: int):
    conversion = _shifted(x.conversion, by) if x.conversion is not None else None
    return x._replace(start=x.start + by, end=x.end + by, conversion=conversion)


def find_items(m: Mentions, s: int, e: int, systems, generics, monies, earlier: Item | None = None) -> list[Item]:
    """The items of sentence [s, e), each with its count when it has one (``earlier``: the last counted
    item of the sentences before, that "another 20 will follow" refers to)."""
    text = m.text
    items: list[Item] = []
    blocked = blocked_spans(m, s, e, monies, systems)
    # Named systems, dropping a repeat of the same system in brackets right after it.
    kept_systems = []
    for x in systems:
        if kept_systems and kept_systems[-1].system.name == x.system.name and \
                _BRACKET_REPEAT.fullmatch(text, kept_systems[-1].end, x.start):
            continue
        if kept_systems and kept_systems[-1].system.category == x.system.category and \
                kept_systems[-1].end < x.start and not text[kept_systems[-1].end:x.start].strip():
            continue  # "4 RM-70 Grad launchers": a second name of the same kind right after the first is its name too
        kept_systems.append(x)
    # Generic heads that only continue a named system's noun phrase ("Caesar howitzers").
    free_generics = []
    phrase_start: dict[int, int] = {}
    phrase_end: dict[int, int] = {}
    for g in generics:
        prev = [x for x in kept_systems if x.end <= g.start]
        if prev and _PHRASE_GAP.fullmatch(text, prev[-1].end, g.start) and \
                not _PHRASE_BREAK.search(text[prev[-1].end:g.start]):
            phrase_end[prev[-1].start] = g.end  # a count after the whole phrase: "Leopard 2 A6 tanks (18)"
            continue
        # "ammunition of 30 mm for automatic cannons - 5 thousand pcs.": the weapon the munitions serve is no item
        # of its own; a count after it counts the munitions
        if free_generics and munitions_for(text, free_generics[-1], g):
            phrase_end[free_generics[-1].start] = g.end
            continue
        # "three launchers belonging to the Patriot system": the named system is the item.
        nxt = [x for x in kept_systems if x.start >= g.end]
        if nxt and _BELONGING.fullmatch(text, g.end, nxt[0].start) and g.system.category != "ammunition":
            phrase_start[nxt[0].start] = g.start
            continue
        # "12,400 rounds of Gepard ammunition": the rounds count the named system's ammunition
        if nxt and g.system.category == "ammunition" and _ROUNDS_OF.fullmatch(text, g.end, nxt[0].start) and \
                _AMMO_AFTER.match(text[nxt[0].end:nxt[0].end + 20]):
            phrase_start[nxt[0].start] = g.start
            continue
        # "anti-aircraft missile complexes NASAMS", "artillery installations Caesar", "armoured vehicles
        # Pbv 302": the name after its class (the word order of translations from Ukrainian and Russian)
        if nxt and (nxt[0].system.category == g.system.category or (
                g.system.category == "vehicle" and nxt[0].system.category in ("ifv_apc", "tank"))) and \
                _NAME_AFTER_CLASS.fullmatch(text, g.end, nxt[0].start):
            phrase_start[nxt[0].start] = g.start
            continue
        # a generic word after a modal or "to" is a verb ("will not ship weapons", "to ship them")
        if not g.text.lower().endswith("s") and _MODAL_BEFORE.search(text, max(0, g.start - 24), g.start):
            continue
        # a generic word used as a modifier ("missile exchange", "tank crews") is no item
        if words("modifier_noun").match_after(text, g.end, g.end + 30):
            continue
        free_generics.append(g)
    # a named system used as a modifier ("the F-16 coalition", "Patriot crews", "HIMARS strikes") is no item
    # (unless the phrase goes on to the item's own class: "Mi-24 attack helicopters")
    kept_systems = [x for x in kept_systems if x.start in phrase_end
                    or not words("system_modifier_noun").match_after(text, x.end, x.end + 30)]
    heads = sorted([("system", x) for x in kept_systems] + [("generic", g) for g in free_generics],
                   key=lambda h: h[1].start)
    numbers = counts(m, s, e, blocked)
    used: set[int] = set()
    for kind, x in heads:
        sysobj = x.system
        item = Item(x.start, x.end, sysobj.name, sysobj.category, kind, x.start, x.end,
                    family=getattr(sysobj, "family", None),
                    unit="rounds" if sysobj.category == "ammunition" else "units")
        # ammunition for a named system: "HIMARS ammunition", "Gepard rounds"
        if kind == "system" and _AMMO_AFTER.match(text[x.end:x.end + 20]) and sysobj.category not in (
                "ammunition", "missile"):
            nxt = _NEXT_WORD.match(text, x.end)
            amm = nxt.group(1)
            # "Patriot missiles" are interceptors (missile, counted in units); shells and rounds
            # are ammunition (counted in rounds)
            missile = amm.lower() in ("missiles", "rockets")
            item = Item(x.start, x.end + len(nxt.group(0)), f"{sysobj.name} {amm.lower()}",
                        "missile" if missile else "ammunition", "generic", x.start, x.end,
                        unit="units" if missile else "rounds")
        # "missiles for the NASAMS", "munitions for the Patriot system": the named system's munitions
        served = served_system(text, x, kept_systems) if kind == "generic" and sysobj.category in (
            "ammunition", "missile") else None
        if served is not None:
            item.name = f"{served.system.name} {x.text.lower()}"
            item.notes.append("named-by-system")
        proper = _proper_name_before(m, s, x) if kind == "generic" and served is None else None
        if proper is not None:
            # "Morooka tracked dumpers", "the first 30 Octopus interceptors": a name the catalog does not know, before
            # its class, is a named system (rule 8 records named systems), counted or not, no system from context
            item.name = f"{proper[0]} {x.text.lower()}"
            item.notes.append("named-by-proper-name")
        num = count_before(m, proper[1] if proper else phrase_start.get(x.start, item.head_start), numbers, used,
                           heads)
        total = None
        if num is not None:
            counted_before = [n for n in numbers if n.end <= num.start and n.start not in used]
            if counted_before and (_OF_THE.match(text[counted_before[-1].end:num.start]) or (
                    _FROM_THE.match(text[counted_before[-1].end:num.start])
                    and counted_before[-1].value < num.value)):
                # "the first four of the 13 MiG-29s": four in the clause's state, 13 pledged; "8 of its
                # 50 tanks": 50 is the donor's fleet, no record
                num, total = counted_before[-1], (None if _OF_ITS.match(text[counted_before[-1].end:num.start])
                                                  else num)
        if num is None:
            num = count_after(m, phrase_end.get(x.start, item.head_end), numbers, used,
                              ammunition=item.category == "ammunition")
        if num is not None and total is None and _SHARE_OF_THE.search(text, max(s, num.start - 30), num.start):
            # "Half of the 50 Leopard 1 tanks pledged have been delivered": the whole is a pledge, its share untold
            item.status_override = "pledged"
        if num is not None and kind == "generic" and text[x.start:x.end].lower().startswith("round") \
                and _IN_ROUNDS.search(text, max(s, num.start - 6), num.start):
            continue  # "paid out in three rounds": phases of a payment, not ammunition
        if num is not None:
            used.add(num.start)
            item.quantity = num.value
            thousands = _thousands_before(text, num, numbers)
            if thousands is not None:
                used.add(thousands.start)
                item.quantity = thousands.value * 1000 + num.value
                item.start = min(item.start, thousands.start)
            item.start = min(item.start, num.start)
            item.end = max(item.end, num.end)
            if total is not None:
                item.notes.append("part-of-total")  # "6 of the 24 F-16s": told against its whole, no running total
                used.add(total.start)
                items.append(Item(item.start, item.end, item.name, item.category, item.kind,
                                  item.head_start, item.head_end, total.value, item.unit,
                                  family=item.family, status_override="pledged"))
        elif _SAME_NUMBER.search(text, max(s, x.start - 40), x.start) and any(i.quantity is not None for i in items):
            # "the same number of radars", "Estonia sends 6 FH70, and Latvia the same number of M109 guns": the
            # count told just before
            item.quantity = [i for i in items if i.quantity is not None][-1].quantity
            item.notes.append("same-number")
        elif kind == "system" and sysobj.category == "air_defence" and _ONE_BATTERY_OF.search(
                text, max(s, x.start - 30), x.start):
            item.quantity = Decimal(1)  # "a battery of SAMP/T": one air-defence system
        elif kind == "system" and sysobj.category == "air_defence" and (
                _PLAIN_ARTICLE.search(text, max(s, x.start - 4), x.start) and _NAME_ENDS.match(text, x.end)
                or _INDEFINITE_ONE.search(text[max(s, x.start - 16):x.start]) and _BARE_NAME_END.match(text, x.end, e)):
            # "will send a SAMP/T to Ukraine", "not a second NASAMS.": the name alone is one system (an ordinal
            # only at the end of its phrase)
            item.quantity = Decimal(1)
            item.notes += ["one-by-article", "one-by-name"]
        elif kind == "system" and _ORDINAL_ONE.search(text[max(s, x.start - 12):x.start]) and (
                _NAME_ENDS.match(text, x.end) or _ONE_NOUN_AFTER.match(text, x.end)):
            item.quantity = Decimal(1)  # "a fourth NASAMS later this year", "delivered second Patriot system"
            item.notes.append("one-by-article")
        elif kind == "system" and (_ARTICLE_ONE.search(text[max(s, x.start - 16):x.start]) and (
                _COUNT_NOUN_AFTER.match(text[x.end:x.end + 40]) or _COUNT_NOUN_IN.search(x.text))
                # "the first IRIS-T system is already in Ukraine" (not "the first HIMARS launchers")
                or _FIRST_BEFORE.search(text[max(s, x.start - 16):x.start]) and (
                    _COUNT_NOUN_AFTER.match(text[x.end:x.end + 40]) or _ONE_NOUN_IN.search(x.text))):
            item.quantity = Decimal(1)
            item.notes.append("one-by-article")
        elif kind == "system" and sysobj.category == "air_defence" and _THE_BEFORE.search(
                text, max(s, x.start - 12), x.start) and (_ONE_SYSTEM_AFTER.match(text, x.end)
                                                           or _ONE_SYSTEM_IN.search(x.text)):
            item.quantity = Decimal(1)  # "handed the S-300 air defence system over": one system
        elif kind == "generic" and _CONVEYED_BY.search(text, max(s, x.start - 30), x.start):
            continue  # "loaded onto a ship", "seized from a boat": what carries the aid, or what it is taken from
        elif kind == "generic" and _ARTICLE_ONE.search(text[max(s, x.start - 16):x.start]) and \
                _COUNT_NOUN_IN.search(x.text):
            item.quantity = Decimal(1)  # "an air-defence radar", "a single launcher"
            item.notes.append("one-by-article")
        elif kind == "generic":
            if definite_before(text[max(s, x.start - 12):x.start], x.text) and not refused_referent(m, s, x):
                continue  # "the tanks", "these vehicles": items already named before
            if _PREDICATE_RANK.search(text, max(s, x.start - 60), x.start):
                continue  # "... were the first Western main battle tanks to reach Ukraine": a description
            if proper is None and "named-by-system" not in item.notes:
                item.notes.append("unnumbered")
        # a named or generic item that is only the *target* of support ("munitions for the NASAMS")
        if item.quantity is None and support_for(text[max(s, x.start - 60):x.start]):
            continue
        items.append(item)
    # "IRIS-T SLM: Germany has handed over six fire units so far and has paid for another eight": a
    # system named as the heading of its sentence is what the counts after the colon count
    topic = next((i for i in items if i.kind == "system" and i.quantity is None and i.start == heads[0][1].start
                  # ("Howitzers Krab - ...": the class before the name heads the line with it)
                 and _TOPIC_BEFORE.fullmatch(text, s, phrase_start.get(i.start, i.start))
                 and _TOPIC_AFTER.match(text, i.end)), None) \
        if heads else None
    topic_end = _TOPIC_AFTER.match(text, topic.end).end() if topic is not None else None
    # Unnumbered generic items count only when the sentence names a single item type.
    # "to protect cities from drones", "a modernised version of the T-55": no item given
    items = [i for i in items if not is_target(text, s, i) and not likened(text, s, i)]
    unnumbered_generic = [i for i in items if "unnumbered" in i.notes]
    # (the same word twice is one type: "will not deliver any weapons ... will not let weapons pass")
    if len({i.category for i in items}) > 1 or len({type_of(text, i) for i in unnumbered_generic}) > 1:
        # (the first arms the sentence refuses to Ukraine are a statement of its own: ``refused_arms``; "bars
        # lethal arms to countries at war, and would not send weapons to Kyiv": the weapons)
        refused = next((i for i in items if i.kind == "generic" and refused_arms(m, s, e, i)), None)
        joined = refused_beside_a_name(m, s, items, unnumbered_generic)  # ("ruled out K9 howitzers or shells")
        if not each_in_its_own_clause(m, s, unnumbered_generic):
            items = [i for i in items if "unnumbered" not in i.notes or i is refused or i in joined]
    elliptical_counts(m, s, e, items, numbers, used, heads, earlier, topic, topic_end)
    count_at_the_end(m, s, e, items, numbers, used)  # "... to Ukraine: 10 in total"
    items.extend(another_of_counted(m, e, items))
    if topic is not None and not any("topic" in i.notes for i in items):
        # "NASAMS: Norway and the US have delivered several": a word standing for the heading's system
        items.extend(referents(text, topic_end, e, topic, items, True))
    if topic is not None and any("topic" in i.notes for i in items):
        items = [i for i in items if i is not topic]  # the heading itself is no item of its own
    items = without_split_total(items)
    for i in items:
        # "2 batteries of Krab howitzers (18 pieces)": the pieces the batteries hold are the count
        pieces = _PIECES_AFTER.match(text, i.head_end) if i.quantity is not None and i.kind != "money" else None
        if pieces is not None and _BATTERIES_OF.search(text, i.start, i.head_start):
            i.quantity = Decimal(pieces.group(1).replace(",", ""))
            i.notes.append("pieces")
    items.extend(all_of_the_counted(m, s, e, items, heads, earlier))
    count_after_relative(m, s, e, items, used)
    items = same_type(m, s, e, items, used)
    items.extend(first_of_the_counted(m, s, e, items, earlier) + whole_after_part(m, s, e, items)
                 + running_total_after_part(m, s, e, items))
    items = names_of_counted(m, s, e, items)  # "3 more tanks Keiler", "20 TOA carriers, the name for the M113,"
    items.extend(told_with_its_promise(m, s, e, items) + told_beside(m, s, e, items, used))
    items.extend(first_in_clause(m, s, e, items) + next_ones(text, s, e, items, earlier))  # "a third followed"
    items.extend(weighed_more(text, s, e, items, earlier))  # "is weighing whether a newer model could go"
    if not heads and not items and earlier is not None and (
            earlier.kind == "system" or earlier.kind == "generic" and earlier.quantity is not None):
        # "Spain has delivered 10 Leopard 2A4 tanks. Madrid is weighing whether to send more.": more of it
        more = compiled(GIVE_MORE).search(text, s, e) or compiled(_FIRST_ONES + HAS_ARRIVED).search(text, s, e)
        if more is not None:
            items.append(Item(more.start(1), more.end(1), earlier.name, earlier.category, earlier.kind,
                              more.start(1), more.end(1), unit=earlier.unit, family=earlier.family,
                              notes=["elliptical"]))
        else:
            # "Spain sent Leopard 2 tanks. Portugal has delivered several.": a word standing for the system before
            items.extend(referents(text, s, e, earlier, items, False))
    items.extend(refused_more(text, s, e, items, earlier))
    if monies:
        # a money package's unnumbered contents, named systems included, get no record; an item
        # the money is the worth of ("howitzers worth €20 million") keeps its record
        # ("..., and Germany confirmed a package of 400 euros": a money of another clause has other contents)
        money_clauses = {m.clause_of(s, e, x.start) for x in monies}
        items = [i for i in items if i.quantity is not None
                 or any(_WORTH.fullmatch(text, i.end, x.start) or _WORTH_OF.fullmatch(text, x.end, i.start)
                        for x in monies)
                 or m.clause_of(s, e, i.head_start) not in money_clauses]
    for x in monies:
        items.append(Item(x.start, x.end, "military aid package", "money", "money", x.start, x.end, money=x))
    items.sort(key=lambda i: i.head_start)
    return items


_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must|cannot|to)\s+(?:not\s+|also\s+)?$"
                           r"|n['’]t\s+$|['’]ll\s+$", re.I)
_BATTERIES_OF = re.compile(r"\bbatter(?:y|ies)\s+of\b", re.I)
_PIECES_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*\((\d[\d,]*)\s+"
                           r"(?:pieces|units|guns|howitzers|launchers|vehicles|pcs)\)", re.I)


def right_after_giving(text: str, s: int, start: int) -> bool:
    """Does the count at ``start`` follow a verb of giving right away ("sent two", "will deliver four")?"""
    return compiled(GIVEN_BEFORE).search(text, max(s, start - 20), start) is not None


_PROPER_BEFORE = re.compile(r"(?<![.!?:;\n]\s)(?<![.!?:;\n])\s((?:[A-Z][a-z][\w-]*\s+){1,2})(?:[a-z][\w-]*\s+){0,2}$")


_WORD_AFTER_NAME = re.compile(r"\b(?:and|or|of|to|for|with|by|from|in|on|at|the|a|an|its|their|his|her|"
                              r"will|would|has|have|had|is|are|was|were|\w+ed)\b")


def _proper_name_before(m: Mentions, s: int, x) -> tuple[str, int] | None:
    """The capitalised name right before a generic class inside a sentence, that is no donor, origin
    or other recognised name ("Japan will supply Morooka tracked dumpers"), or a quoted one, with its start."""
    found = _PROPER_BEFORE.search(m.text, max(s, x.start - 40), x.start)
    if found is None or found.start(1) <= s + 1:
        return quoted_name_before(m, s, x)  # ('a batch of "Hunter" loitering munitions')
    if m.inside(m.donors, found.start(1), x.start) or m.inside(m.systems, found.start(1), x.start) or \
            any(g.start < x.start for g in m.inside(m.generics, found.start(1), x.start)):
        return None
    name = found.group(1).split()
    if _WORD_AFTER_NAME.search(m.text, found.end(1), x.start):
        return None  # "Kyiv told parliament armoured vehicles": a verb or preposition ends the name
    if any("-" in w or origin_or_date(w) for w in name):
        return None  # "German-made tanks", "Soviet weapons", "announced on Friday self-propelled guns": no name
    if any(load_catalog().starts_a_name(w) for w in name) or is_maker_name(" ".join(name)):
        return None  # "Mirage fighter jets": a system of the catalog, told by its first word; "Saab missiles": a maker
    return " ".join(name), found.start(1)


_PLURAL_NOUN = re.compile(r"[a-z][a-z-]*[^s']s")


def count_before(m: Mentions, head_start, numbers, used, heads):
    """The count written before an item's name ("12 more Caesar", "three launchers of the")."""
    text = m.text
    cands = [n for n in numbers if n.end <= head_start and n.start not in used]
    if not cands:
        return None
    n = cands[-1]
    if any(n.end <= h.start < head_start for _, h in heads if h.start != head_start):
        return None
    # ("#Leopard2A4": a hashtag; "40 of the army's retiring light armoured vehicles": the stock's owner left out)
    between = gap_before_name(text, n, head_start)
    if _OPENING_QUOTE.search(between):
        between = between[:-1] + " "  # 'the 18 "Bohdana" howitzers': the name in quotes
    if _CLASSIFIER_OF.match(between.strip() + " ") or _TIMES.fullmatch(between) or _CLASSIFIER_LINK.match(between):
        return n
    if _OWN.fullmatch(between):
        # "all 19 of its Caesars", "20 of its own BMP-1s"; not "every one of its batteries"
        return None if _EACH_BEFORE.search(text, max(0, n.start - 8), n.start) else n
    if _PUNCT.search(between):
        # "ten (10) Caesar howitzers": the digits in brackets restate the number word before them
        restated = between.strip() == ")" and len(cands) > 1 and cands[-2].value == n.value and \
            _BRACKETED.fullmatch(text, cands[-2].end, n.start) is not None
        return n if restated else None
    gap = between.split()
    if len(gap) > 5:
        return None
    if any(w.lower() in words("filler_stop").words for w in gap):
        return None
    if any(w.lower() in ("and", "or", "plus", "&") and _PLURAL_NOUN.fullmatch(gap[i - 1])
           for i, w in enumerate(gap) if i):
        return None  # "50 generators and drones": the count is the generators'; the drones have none
    if _DIGIT.search(_MODEL.sub("", between)):
        return None  # another number between them; a model designation ("R70", "2A4") is no number
    return n


def _thousands_before(text: str, n, numbers):
    """'2 500 combat drones': a group of one to three digits a single space before a count of exactly
    three digits is its thousands (a single space group is read as two numbers by the number
    recogniser, which cannot know what follows)."""
    if not (n.kind == "digits" and len(n.text) == 3 and n.text.isdigit()):
        return None
    for p in numbers:
        if p.end == n.start - 1 and text[p.end] == " " and p.kind == "digits" and p.text.isdigit() \
                and 1 <= len(p.text) <= 3 and not text[p.start - 1:p.start].isdigit():
            return p
    return None


def count_after(m: Mentions, head_end, numbers, used, *, ammunition: bool = False):
    """'Caesar howitzers (12)', 'M113: 31', 'HIMARS x 4', '155 mm shells, 10,000 units' (rounds count
    only ``ammunition``: in "18 howitzers, 36,000 rounds and radars" the rounds are an item of their own)."""
    text = m.text
    head_end = after_gloss(m, head_end)
    for n in numbers:
        if n.start >= head_end and n.start not in used:
            between = text[head_end:n.start]
            if _COUNT_AFTER_GAP.fullmatch(between) and ("(" not in between or _SETS_AFTER.match(text, n.end)):
                if _counts_the_next(m, n):
                    return None  # "a new portion of weapons: 15 Bradley vehicles": the count of what follows it
                return n  # "Caesar howitzers (12)", "IRIS-T SLM systems (4 sets)"
            if ammunition and _OF_COUNT_GAP.fullmatch(between) and UNITS_AFTER.match(text, n.end):
                return n  # "mortar rounds 120 mm of 4 thousand pieces": a translation's count after "of", with its unit
            if not ammunition and _OF_UNITS_GAP.fullmatch(between) and _PIECES_UNIT.match(text, n.end):
                return n  # 'will pass "Archer" of 18 units': a translation's count of pieces after "of"
            units = UNITS_AFTER.match(text[n.end:n.end + 12])
            if units and (ammunition or "round" not in units.group(0).lower()) and (
                    _COMMA.fullmatch(between) or between.isspace() or _COMMA_MORE.fullmatch(between)) or \
                    apposed_count(text, between, n):
                return n  # "155 mm shells, 10,000 units", "FPV drones 4 thousand pcs", "Abrams tanks, 31 of them,"
            return None
    return None


def _counts_the_next(m: Mentions, n) -> bool:
    """Does a named system or a generic item start right after the number ``n`` ("15 Bradley")?"""
    return m.text[n.end:n.end + 1] == " " and bool(m.starting(m.systems, n.end + 1, n.end + 2)
                                                   or m.starting(m.generics, n.end + 1, n.end + 2))


# "The first arrived this week", "the first of them are now in the country", "first ones are in Ukraine already":
# the first of the system named before, no count, told in a state of its own
_FIRST_ONES = (r"\b(?:[Tt]he\s+)?(first(?:\s+(?:ones|of\s+them|of\s+these|of\s+those|batch|shipment|deliveries|"
               r"delivery|consignment))?)")


def served_system(text: str, x, systems):
    """The named system that munitions ``x`` are for ("missiles for the NASAMS"), or None."""
    for y in systems:
        if y.start >= x.end and y.system.category not in ("ammunition", "missile"):
            return y if _FOR_SYSTEM.fullmatch(text, x.end, y.start) else None
    return None


def support_for(before: str) -> bool:
    """The item is the target of support ("munitions for the NASAMS"), not the thing given."""
    return "for" in before.lower() and _SUPPORT_FOR.search(before) is not None


def count_of(item: Item, earlier: Item) -> None:
    """Make ``item``, a generic word that counts ``earlier`` again ("The batch consists of 10 vehicles" after
    "M577 command vehicles have arrived"), a count of that item."""
    if item.kind == "generic" and earlier.kind != "money":
        item.name, item.family, item.category = earlier.name, earlier.family, earlier.category
        item.notes.append("counts-item-before")
