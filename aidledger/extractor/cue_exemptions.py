"""Cue exemptions: when a context cue of the clause does NOT exclude the item. ``exclusions.context_reason``
finds the context cues of ``data/context_cues.csv`` in the item's clause (running totals, year-on-year differences,
things that are no aid, delivery schedules) and asks ``cue_does_not_apply`` of each, in the clause's order: a cue
that does not apply is passed over ("will not send more drones, citing its own needs": the reason of a refusal, not
a request; "Norway, whose troops are stationed in Poland, will give ...": an aside about the donor; "the largest
package it has given so far": no running total). Code moved from ``exclusions.py`` in the sixteenth session, no rule
changed.
"""

from __future__ import annotations

import re

from aidledger.extractor.aid_kinds import other_kind_of_aid
from aidledger.extractor.cue_frames import (
    contract_paid_by_donor,
    money_for_made_items,
    occasion_of_announcement,
    proceeds_of_assets,
)
from aidledger.extractor.index import Mentions
from aidledger.extractor.origins import drawn_from_store, origin_of_given
from aidledger.extractor.prices import cost_of_the_purchase, value_of_the_given
from aidledger.extractor.recipient_names import FOR_RECIPIENT, WORDS
from aidledger.extractor.schemes import peace_facility_refund
from aidledger.extractor.status_deliveries import delivered_relative
from aidledger.extractor.status_hedges import relative_aside
from aidledger.extractor.status_nearest import cue_distance
from aidledger.extractor.status_weak_cues import after_superlative, weak_cue
from aidledger.extractor.status_words import FUTURE
from aidledger.extractor.year_lines import one_year_line

# the cue of a running total; an item before it is the new pledge ("$800 million, bringing the total to")
RUNNING = re.compile(r"(?:bring|tak|part\s+of|rais|increas|doubl|tripl|lift|boost|push|ris|rose|climb|grow|grew|jump|"
                     r"top|surpass|went|gone|go|pass|cross|broke|break|mov)", re.I)  # (or passes a mark: "topping")
COMMERCIAL = re.compile(r"contract|sold|sell|sale|commercial|agreement|credit", re.I)
_REQUEST = re.compile(r"request|ask|export|appeal|pressure|persuad|convinc|urg|call|plea", re.I)
ASKED_TO = re.compile(r"(?:asked|requested)\s+(?:by\s+(?:[\w'’-]+\s+){1,4}?)?to\s", re.I)
# a refusal that keeps the items for the donor's own forces ("keep its jets for its own air force", ``status_cues.csv``)
_KEEPS = re.compile(r"(?:keep|kept|retain|hold|held)", re.I)
# a sale and a gift refused together: "would not sell or give", "neither sells nor donates"
_SELL_OR_GIVE = re.compile(r"\b(?:sells?|selling|exports?|exporting)\s+(?:or|nor)\s+"
                           r"(?:give|donate|send|supply|provide|transfer)|"
                           r"\b(?:give|donate|send|supply|provide|transfer)\s+(?:or|nor)\s+(?:sell|export)", re.I)

_INFINITIVE = re.compile(r"\bto\s", re.I)
ASKING = re.compile(r"hop|want|wish|seek|sought|ask|request|appeal|urg|call|plea|demand", re.I)
# the maker, then "for Ukraine": "built by Swedish industry for Ukraine", "made by local firms for Kyiv's army"
_MADE_FOR_UKRAINE = re.compile(r"\s+(?:by\s+)?(?:[\w'’-]+\s+){0,4}?" + FOR_RECIPIENT, re.I)
# contracts the donor pays: "Norwegian-financed contracts", "contracts funded by Oslo" is read after
_FINANCED_BEFORE = re.compile(r"(?:-|\s)(?:financed|funded|paid)\s+(?:[\w-]+\s+)?$", re.I)
_STANDS_AT = re.compile(r"stands?\s+at", re.I)
_ONE_YEAR_BEFORE = re.compile(r"\b(?:this|next)\s+year\b|\b(?:in|for)\s+(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)", re.I)
_TOTAL_WORD = re.compile(r"\b(?:total|overall|combined|cumulative|since|so\s+far|to\s+date)\b", re.I)
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w'’-]+\s+){1,4}$", re.I)
_NEED = re.compile(r"\bneed", re.I)
_DEMANDED = re.compile(r"\bdemanded\b", re.I)
# where the donor's items are kept: "are deployed in Poland", "is stationed in Turkey" (the reason of a refusal)
_KEPT_WHERE = re.compile(r"^(?:stationed|deploy(?:s|ed|ing|ment)?|located\s+in)$", re.I)
# "will not send weapons, only humanitarian aid": what a refuser gives instead, after its refusal
_ONLY_INSTEAD = re.compile(r"[,;:\u2013\u2014-]\s*(?:but\s+)?(?:only|just|solely|except(?:\s+for)?|instead)\s+$", re.I)
_WHICH_HOLDS = re.compile(r"(?:which|who)\s", re.I)
_COMMA_END = re.compile(r",\s*$")
# an anniversary the announcement marks: "marking three years since Russia's invasion", "as Kyiv marks 1,000 days since"
_ANNIVERSARY = re.compile(r"\bmark(?:s|ed|ing)?\s+(?:exactly\s+|the\s+)?(?:[\w,]+\s+)?(?:full\s+)?"
                          r"(?:years?|months?|days?)\s+$", re.I)
_AS_PART = re.compile(r"\bas\s+$", re.I)
_FOR_UKRAINE = re.compile(r"\s(?:\w+\s+){0,3}?" + FOR_RECIPIENT)  # what is given for the recipient
_FUTURE = re.compile(rf"(?:{FUTURE})\b", re.I)  # a cue that opens with the future: "will supply", "plans to send"
_OBJECT_GAP = re.compile(r"\s*(?:[\"“‘]?(?!(?:and|or|but|plus)\b)[\w'’-]+[\"”’]?\s+){0,4}", re.I)  # ("hundreds" of)
_FUTURE_BEFORE = re.compile(rf"\b(?:{FUTURE})\s+(?:also\s+|now\s+|soon\s+)?$", re.I)  # "will also"
_COMPLEMENT_GAP = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s+$")
_TRAINING = re.compile(r"train", re.I)
_MADE = re.compile(r"(?:made|built|build|builds|building|developed|designed)\b", re.I)
_PAST = re.compile(r"\b(?:\w+ed|gave|given|sent|spent|bought|paid|made)\b", re.I)
_FROM = re.compile(r"(?:up|down)\s+from|compared|from\b", re.I)
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                      r"\w+teenth|\w+tieth|\d+(?:st|nd|rd|th))[\s-]+(?:[\w-]+\s+){0,2}?(?:package|tranche|contribution|"
                      r"donation|batch|round|instalment|installment)s?\s+(?:of\s+(?:military\s+)?aid\s+)?$", re.I)
_PRODUCE = re.compile(r"produc|manufactur", re.I)
# "to protect the energy grid", "for the protection of critical infrastructure": civil works a weapon guards
_CIVIL_WORKS = re.compile(r"infrastructure|energy|grid", re.I)
_PROTECTING = re.compile(r"\b(?:protect|shield|defend|guard|secur|cover)\w*\s+(?:[\w'’-]+\s+){0,4}$|"
                         r"\b(?:protection|defen[cs]e)\s+of\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_PRICE = re.compile(r"cost|price", re.I)
# "blocked the sale of", "vetoed the planned sale of": a government stopping a transfer (the cue after it)
_BLOCKED_BEFORE = re.compile(r"\b(?:block(?:s|ed|ing)?|veto(?:es|ed|ing)?|ban(?:s|ned|ning)?|stopp?(?:s|ed|ing)?)\s+"
                             r"(?:the\s+|a\s+|any\s+)?(?:planned\s+|proposed\s+|intended\s+)?$", re.I)
_STATED = ("pledged", "delivered", "considering", "funded", "refused")
# a sale's payers named after it: "will be financed by Norway and Denmark", "is paid for by Sweden" (not by Kyiv)
_PAID_BY_DONOR = re.compile(r"\b(?:paid\s+for|funded|financed)\s+(?:\w+\s+)?by\s+(?:the\s+)?"
                            r"(?!Ukrain|Kyiv|Kiev)(?-i:[A-Z])", re.I)
_TO_UKRAINE = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?:" + WORDS + r")\b")
# "100,000 drones this year, ten times more than last year": a ratio to last year, not a difference
_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)
_MULTIPLE_BEFORE = re.compile(r"\b(?:(?:\w+|\d+)\s+times|twice|double|triple)\s+$", re.I)


def _difference_between(m: Mentions, item, c) -> bool:
    """Is there a scaled number between the amount ``item`` and the year-on-year cue ``c`` after it ("€800 million
    for 2027, €100 million more than last year", "..., 3 billion more than this year")? The cue then speaks of that
    number, the difference, not of the item (a year between is no such number: kind ``mixed`` is a number with
    its scale)."""
    if item.kind != "money" or c.start < item.end:
        return False
    return any(n.kind == "mixed" and n.value >= 1000 for n in m.inside(m.numbers, item.end, c.start))


def _complement_of(m: Mentions, context, giving, item) -> bool:
    """Is the giving cue the infinitive that ``context`` governs ("pressure on Berlin to send",
    "failed to persuade Washington to provide"), or, for a request, any giving cue between the request
    and the item (what was asked for)? Then the context word speaks of it, not the reverse."""
    if giving.start < context.end:
        return False
    if ASKING.search(context.text) and giving.start < item.start and (
            giving.text.lower().startswith("to ") or _INFINITIVE.search(m.text, context.end, giving.start)):
        return True  # "allies asked Oslo to wait before sending the jets", "urged by its neighbours 'to supply'"
    if not giving.text.lower().startswith("to "):
        return False
    return _COMPLEMENT_GAP.fullmatch(m.text, context.end, giving.start) is not None


_FOR_CONTRACTS = re.compile(r"\b(?:for|to\s+fund|to\s+finance|through)\s+(?:new\s+|future\s+)?$", re.I)


def _governs(m: Mentions, giving, context, item) -> bool:
    """Does the giving cue rather than the context word speak of ``item``: it is nearer, or it is the
    verb of which the item is the object (a few words before it, no punctuation between) while the
    context word follows the item ("will send 14 tanks to replace those lost", "will give Ukraine the
    2 NASAMS launchers operated by its air force": the verb governs its object, what follows modifies it)?"""
    if cue_distance(giving, item) < cue_distance(context, item):
        return True
    return giving.end <= item.start <= item.end <= context.start and \
        _OBJECT_GAP.fullmatch(m.text, giving.end, item.start) is not None


def _own_phrase(m: Mentions, context, item, cues) -> bool:
    """Is ``context`` in a phrase of its own, a comma away from the item, with a status cue of the
    item's phrase between that comma and the item?"""
    if context.end > item.start:
        return False
    comma = m.text.rfind(",", context.end, item.start)
    return comma >= 0 and any(comma < c.start and c.end <= item.start for c in cues)


# past the item, a reporting frame (", the ministry said, adding that", ", calling on") or a non-restrictive
# relative clause (", which", ", a move that") opens a statement of its own: a context word there is not about the item
_REPORTED = re.compile(r",\s+(?:(?:[\w'’.-]+\s+){0,5}?(?:said|says|added|adds|noted|notes|stressed|told\s+[\w-]+)\b|"
                       r"(?:adding|noting|saying|stressing|explaining|warning|calling|responding|citing)\b)", re.I)
_COORDINATED = re.compile(r"\s(?:and|but)\s+(?:(?:(?:it|they|[A-Z][\w-]+)\s+)?"
                          r"(?:has|have|had|will|would|shall|is|are|was|were)\s(?:also\s+|now\s+|since\s+|already\s+)?(?!been\b|not\b|no\b)\w+|"
                          r"(?:it|they|[A-Z][\w-]+)\s+(?:also\s+)?[a-z]+ed\b)")
# ", since its fleet is being converted", ", because its own army needs them": the reason the sentence gives
_REASON_AFTER = re.compile(r",\s+(?:as|because|since)\s", re.I)
_RELATIVE_AFTER = re.compile(r",\s+(?:(?:most|some|all|many|several|none|part|one|both|each|half)\s+of\s+)?"
                             r"(?:which|who|whose|where|an?\s+(?:move|step|decision)\s+(?:that|which))\b", re.I)
# an aside between dashes or in brackets that opens with a noun phrase or a relative word: "- a vehicle Kyiv ...",
# "(a type the army has fielded since 2023)"
_APPOSITIVE_AFTER = re.compile(r"(?:\s[-–—]\s*|\(\s*)(?:a|an|which|who|whose)\s", re.I)
# an appositive noun phrase after a comma with a relative clause of its own: ", the UK-run fund that buys kit against
# Kyiv's needs", ", a scheme which pools money": it describes what the item goes to
_NOUN_RELATIVE_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:that|which)\s", re.I)


# ", on top of the", ", in addition to what": what the item comes on top of, told after it, is another thing
_ADDED_TO_AFTER = re.compile(r",\s+(?:and\s+)?(?:on\s+top\s+of|in\s+addition\s+to|besides)\s", re.I)


def beyond_break(text: str, item, context) -> bool:
    """Is ``context`` after ``item``, past a reporting frame, a reason (", since ...") or a non-restrictive
    relative clause that follows the item ("will send 8 Archers, the government said, responding to Zelensky's appeal";
    "10 Archers, whose range exceeds 40 km,"), past what the item is added to (", on top of the contracts signed
    in May"), or before it, in a predicate that another one coordinated
    with it follows ("has committed €28 billion since 2022 and has set aside €7 billion")? Then it speaks
    of something else."""
    if context.end <= item.start:
        return _COORDINATED.search(text, context.end, item.start) is not None
    if context.start < item.end:
        return False
    if _RELATIVE_AFTER.search(text, item.end, context.start) is not None:
        return True
    if _APPOSITIVE_AFTER.search(text, item.end, context.start) is not None:
        return True  # "50 CV90s - a vehicle Kyiv had asked for since 2022 -": an aside that describes the item
    if _ADDED_TO_AFTER.search(text, item.end, context.start) is not None:
        return True  # "NOK 500 million for air defence, on top of the contracts it signed last year": what it adds to
    return context.label in ("not_aid", "not_aid_money") and (
        _REPORTED.search(text, item.end, context.start) is not None
        or _NOUN_RELATIVE_AFTER.search(text, item.end, context.start) is not None
        or _REASON_AFTER.search(text, item.end, context.start) is not None)



_PART_OF_A_PACKAGE = re.compile(r"part\s+of\s+an?\s+(?:[\w$€£.,-]+\s+){0,4}?(?:package|tranche|drawdown)\b", re.I)


# "Norway's budget line for Ukraine rises to", "Denmark's allocation for Kyiv will grow to": a budget as the subject
_BUDGET_SUBJECT = re.compile(r"\b(?:budget|allocation|appropriation|(?:budget|spending)\s+line)s?\b[^.;,]{0,50}$",
                             re.I)
# "... to NOK 15 billion in 2025", "... next year", "for 2026": the year the figure is for
_ONE_YEAR_AFTER = re.compile(r"\s+(?:in|for)\s+(?:19|20)\d\d\b|\s+(?:next|this)\s+year\b", re.I)


def annual_budget(m: Mentions, item, cue, clause) -> bool:
    """Is money ``item`` the new figure of one year's budget for Ukraine, which an increase cue ("rises to")
    introduces ("Norway's budget line for Ukraine rises to NOK 15 billion in 2025")? The budget of a year is
    a pledge for that year (README rule 2), not a running total of what was given since the war began."""
    if item.kind != "money" or not RUNNING.match(cue.text) or cue.end > item.start:
        return False
    return _BUDGET_SUBJECT.search(m.text, max(clause[0], cue.start - 60), cue.start) is not None and \
        _ONE_YEAR_AFTER.match(m.text, item.end) is not None


def _holding_aside(text: str, cue, item) -> bool:
    """Is ``cue`` an inventory told in a relative clause between commas that closes before ``item`` ("Greece,
    which operates six Patriot batteries, declined to give one")? The clause speaks of the donor's own
    fleet, not of the item after it (``relative_aside`` sees only cues after the relative word)."""
    return cue.end <= item.head_start and _WHICH_HOLDS.match(cue.text) is not None and \
        _COMMA_END.search(text, max(0, cue.start - 3), cue.start) is not None and "," in text[cue.end:item.head_start]


def cue_does_not_apply(m: Mentions, item, c, clause, cues, giving, running, refused: bool, considering: bool) -> bool:
    """Does the context cue ``c`` of the clause ``clause`` (start, end) NOT exclude ``item``? ``cues`` are the
    status cues of the text, ``giving`` the giving verbs of the clause (``context_reason`` picks them), ``running``
    the start of the first running-total cue of the clause ("bringing the total to") or None, ``refused`` whether a
    refusal governs the item and ``considering`` whether a cue of the clause weighs a gift. The tests are asked in
    order, each one a kind of cue and the construction that lets the item stand."""
    cs, ce = clause
    if (refused or considering) and c.label == "not_aid" and (_REQUEST.search(c.text) or _NEED.search(c.text) or (
            _DEMANDED.search(c.text) and c.start >= item.end)) \
            and not (ASKED_TO.match(c.text) and c.end <= item.start):
        return True  # "will not send more drones, citing its own needs": the reason of a refusal, not a request
        # ("refused the Taurus missiles Kyiv demanded" too; but a donor "asked to hand over" the item is asked:
        # "Greece, asked to send one, is weighing it")
    if refused and c.label == "not_aid" and COMMERCIAL.search(c.text) and _SELL_OR_GIVE.search(
            m.text, max(cs, c.start - 20), min(ce, c.end + 20)):
        return True  # "would not sell or give rifles to Kyiv": the refusal of a gift, not a sale
    if refused and c.label == "not_aid" and c.start >= item.end and _KEPT_WHERE.match(c.text):
        return True  # "the batteries are deployed in Poland and are not available for Ukraine": why it is refused
    if refused and c.label == "not_aid" and c.start >= item.end and _ONLY_INSTEAD.search(m.text, item.end, c.start):
        return True  # "will not give Ukraine any weapons, only humanitarian aid": the aid it gives instead
    if any(g.start <= c.start and c.end <= g.end for g in cues if cs <= g.start < ce and g.label == "funded"):
        return True  # a word of a funding phrase ("cover the cost of") is no context cue of its own
    if refused and c.label == "not_aid" and any(g.start <= c.start and c.end <= g.end and _KEEPS.match(g.text)
                                                for g in cues if cs <= g.start < ce and g.label == "refused"):
        return True  # "would keep its jets for its own air force": the words of the refusal, no inventory
    if c.label != "schedule" and (relative_aside(m.text, c, item) or beyond_break(m.text, item, c)
                                  or _holding_aside(m.text, c, item)):
        return True  # "Norway, whose troops are stationed in Poland, will give ...": an aside about the donor
    if c.label == "cumulative" and running is not None and c.start >= running and item.start < running:
        return True  # "..., bringing the total (sent so far) to 30" speaks of the 30 only
    if c.scope == "unless_given" and any(_governs(m, g, c, item) and not weak_cue(m, g)
                                         and not _complement_of(m, c, g, item) for g in giving):
        return True  # "London would send 12 tanks, he said in a phone call on Saturday"
    if c.label == "not_aid" and origin_of_given(m, item, c, cues, lambda g: weak_cue(m, g)):
        return True  # "will provide ... 500 drones built by British firms", "Ukrainian-produced guns": the origin
    if c.label == "not_aid" and c.end <= item.start and cost_of_the_purchase(m, item, clause):
        return True  # "... will buy a NASAMS battery for Ukraine. The purchase will cost about $406 million."
    if c.label == "not_aid" and c.end <= item.start and value_of_the_given(m, item, clause):
        return True  # "The worth of the gifted vehicles is put at EUR 60 million": the gift's worth (rule 3)
    if c.label == "not_aid" and drawn_from_store(m, item, c):
        return True  # "includes 20 howitzers taken out of army storage": the store the gift comes from
    if c.scope == "unless_given" and c.end <= item.start and delivered_relative(m, item, cues):
        return True  # "crews are training with the 31 Abrams tanks that arrived last month": aid that was given
    if item.kind == "money" and c.label == "not_aid" and c.text.lower().startswith("contract") and \
            item.end <= c.start and _FOR_CONTRACTS.search(m.text, max(cs, c.start - 14), c.start):
        return True  # "$300 million under the Ukraine Security Assistance Initiative for contracts with industry"
    if c.label.startswith("cumulative") and _ANNIVERSARY.search(m.text, max(cs, c.start - 40), c.start):
        return True  # "..., marking three years since Russia's invasion": the day the pledge marks, not a total
    if c.label == "cumulative" and _AS_PART.search(m.text, max(cs, c.start - 4), c.start):
        return True  # "as part of its aid, Latvia will buy ...": the frame of a new pledge, not a total
    if c.label == "cumulative" and _PART_OF_A_PACKAGE.match(m.text, c.start):
        return True  # "The new guns are part of a package worth €300 million": one package, no running total
    if c.label == "yoy" and _FROM.match(c.text) and item.end <= c.start and any(
            g.end <= item.start and g.label in ("pledged", "funded", "considering") and not _PAST.search(g.text)
            for g in cues if cs <= g.start < ce):
        return True  # "will give €7 billion next year, up from €4 billion": the figure before is a pledge
    if c.label == "yoy" and _FROM.match(c.text) and item.end <= c.start and \
            _TO_BEFORE.search(m.text, max(cs, item.start - 8), item.start):
        return True  # "the draft budget cuts its aid to NOK 4 billion, from NOK 9 billion": the new line stands
    if c.label == "yoy" and _MULTIPLE_BEFORE.search(m.text, max(cs, c.start - 20), c.start):
        return True  # "100,000 drones this year, ten times more than last year": a ratio, the figure stands
    if c.label == "yoy" and _difference_between(m, item, c):
        return True  # "sets aside €800 million for 2027, €100 million more than last year": the €100 million is the
        # difference, the figure before it stands
    if c.label == "cumulative" and annual_budget(m, item, c, clause):
        return True  # "Norway's budget line for Ukraine rises to NOK 15 billion in 2025": one year's budget
    if c.label == "cumulative" and item.kind == "money" and _STANDS_AT.match(c.text) and c.end <= item.start and \
            _ONE_YEAR_BEFORE.search(m.text, cs, c.start) and not _TOTAL_WORD.search(m.text, cs, c.start):
        return True  # "The UK's military support for Ukraine this year stands at £4.1 billion": one year's line
    if c.label in ("cumulative", "cumulative_money") and one_year_line(m.text, item, clause):
        return True  # "..., which next year comes to about 90 million euros", "which amounts to NOK 15 billion for
        # 2024": the figure of one year (a running-total cue of the clause speaks of no total)
    if c.label == "cumulative" and c.text.lower() == "combined" and \
            m.text[max(0, c.start - 2):c.start].lower() == "a ":
        return True  # "Japan and Korea pledged a combined $1 billion": a joint pledge, not a running total
    if c.label in ("cumulative", "cumulative_money") and (after_superlative(m.text, c.start) or _ORDINAL.search(
            m.text, max(0, c.start - 60), c.start)):
        return True  # "the largest package it has given so far", "its tenth package since 2022": no running total
    if c.label == "cumulative" and any(
            (_FUTURE.match(g.text) or _FUTURE_BEFORE.search(m.text, max(cs, g.start - 20), g.start))
            and cue_distance(g, item) < cue_distance(c, item)
            for g in cues if cs <= g.start < ce and g.label in ("pledged", "funded", "considering")):
        return True  # "Japan will supply 100 trucks, its largest contribution so far", "will contribute €300 million,
        # its share of the new package": a new pledge
    if c.label == "not_aid" and item.kind != "money" and _CIVIL_WORKS.search(c.text) and \
            _PROTECTING.search(m.text, max(cs, c.start - 50), c.start):
        return True  # "an IRIS-T system to protect Ukraine's energy grid": what the weapon guards, no civil aid
    if c.label == "not_aid" and (_PRODUCE.search(c.text) or item.kind == "money" and _MADE.match(c.text)) and any(
            f.label == "funded" or f.label == "pledged" and _FOR_UKRAINE.match(m.text, item.end)
            for f in cues if cs <= f.start < ce):
        return True  # "Denmark will fund Ukraine to produce 18 Bohdana howitzers", "committed £50 million to produce
        # 2,000 drones for Ukraine": production paid for Ukraine
    if c.label == "not_aid" and item.kind == "money" and _MADE.match(c.text) and c.start >= item.end and \
            _MADE_FOR_UKRAINE.match(m.text, c.end, ce):
        return True  # "SEK 2 bn for air defence systems built by Swedish industry for Ukraine": made for Ukraine
    if c.label == "not_aid" and item.kind == "money" and COMMERCIAL.search(c.text) and \
            _FINANCED_BEFORE.search(m.text, max(cs, c.start - 30), c.start):
        return True  # "earmarked for drones Ukrainian factories will build under Norwegian-financed contracts"
    if c.label == "not_aid" and _NEED.match(c.text) and _WHAT_BEFORE.search(m.text, max(cs, c.start - 40), c.start):
        return True  # "new drones for Kyiv, exactly what the front needs": praise of the gift, no request
    if c.label in ("not_aid", "not_aid_money") and item.kind == "money" and other_kind_of_aid(m, item, c, clause):
        return True  # "$100 million in humanitarian aid and $30 million in military equipment": the $30 million is aid
    if c.label == "not_aid" and item.kind != "money" and c.start >= item.end and _PRICE.match(c.text) and any(
            g.label in _STATED and not weak_cue(m, g) for g in cues if cs <= g.start < ce):
        return True  # "will buy a NASAMS system for Ukraine at a cost of $406 million": the price of a stated item
    if c.label == "not_aid" and peace_facility_refund(m, c, *m.sentences[m.sentence_index(item.start)]):
        return True  # "the EPF will reimburse member states, with EUR 2 billion, for shells given to Ukraine"
    if c.label == "not_aid" and item.kind == "money" and _TRAINING.match(c.text):
        return True  # money for training Ukrainian troops is military aid; equipment sent to train is not
    if c.label == "not_aid" and COMMERCIAL.search(c.text) and _FOR_UKRAINE.search(m.text, item.end, ce) and any(
            f.label == "funded" for f in cues if cs <= f.start < ce):
        return True  # "signed a contract for 4 NASAMS launchers for Ukraine", "will fund shells for Ukraine bought
        # on the commercial market": bought for Ukraine
    if c.label == "not_aid" and c.end <= item.start and COMMERCIAL.search(c.text) and _PAID_BY_DONOR.search(
            m.text, item.end, ce) and _TO_UKRAINE.search(m.text, cs, ce):
        return True  # "The sale of 12 radars to Kyiv will be financed by Norway and Denmark": the payers fund them
    if c.label == "not_aid" and refused and _BLOCKED_BEFORE.search(m.text, max(cs, c.start - 30), c.start):
        return True  # "Switzerland blocked the sale of 96 Leopard 1 tanks": a government's veto of a transfer is a
        # refusal (README rule 11, d041), not the sale told
    if c.label == "not_aid" and (occasion_of_announcement(m.text, c) or contract_paid_by_donor(m.text, c, ce)
                                 or proceeds_of_assets(m.text, item, c, clause)
                                 or money_for_made_items(m.text, item, c)):
        return True  # "at a reconstruction conference", "under a contract signed by Kyiv and financed by Norway",
        # "€2 billion from the profits of frozen Russian assets", "EUR 300 million for drones produced in Ukraine": the
        # frame of the item, not the item
    if c.label == "not_aid" and _REQUEST.search(c.text) and _own_phrase(m, c, item, cues):
        return True  # "After a request by Kyiv, Norway will send 2 launchers": the request has its phrase
    return False
