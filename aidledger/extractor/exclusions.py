"""Exclusions: whether an item is aid at all (the annotation rules' "what does not count").

This is the one place where a candidate is excluded. Each filter returns a reason (shown with
``--explain`` as ``AL201``) or None:

- context cues of the clause (``data/context_cues.csv``): running totals ("bringing the total
  to"), year-on-year differences, things that are not aid (sales, contracts, requests,
  inventories, deployments, prices), delivery schedules (decided later, against the whole text);
- a question, not a statement;
- a recipient other than Ukraine ("sent to Poland", "third countries");
- a purchase not said to be for Ukraine;
- a figure stated before and told again ("all 500,000 rounds");
- arms in general ("weapons") given or sent, which is talk about aid, not an aid fact;
- a gift of a private giver (a charity, a crowdfunding drive, a foundation, a company's donation:
  ``data/private_givers.csv``), which is no government aid.

Why a context cue does NOT exclude the item (the reason of a refusal, an aside about the donor, a new pledge
beside "so far", ...) is ``cue_exemptions.cue_does_not_apply``, asked of each cue in ``context_reason``.
"""

from __future__ import annotations

import re

from aidledger.extractor.aid_kinds import breakdown_not_aid
from aidledger.extractor.arms_in_general import is_arms_in_general
from aidledger.extractor.compared import figure_compared_with
from aidledger.extractor.cue_exemptions import ASKED_TO, COMMERCIAL, RUNNING, cue_does_not_apply
from aidledger.extractor.delivered_counts import named_class, reported_by_a_donor
from aidledger.extractor.index import Mentions
from aidledger.extractor.networks import defence_network
from aidledger.extractor.prices import market_price, unit_price
from aidledger.extractor.private_givers import private_giver
from aidledger.extractor.recipient_names import ANY_NAME, NAMES, WORDS
from aidledger.extractor.records import state_class
from aidledger.extractor.specifications import component_of_described
from aidledger.extractor.status_deliveries import delivered_state
from aidledger.extractor.status_nearest import cue_distance
from aidledger.extractor.status_refusals import refusal_governs
from aidledger.extractor.totals import part_of_a_total

_ASKED = re.compile(r"\b(?:ask|asks|asked|asking|request|requests|requested|requesting|appeal\w*|urg(?:e|es|ed|ing)|"
                    r"(?:want(?:s|ed)?|propos(?:e|es|ed)|sought|seeks?|push(?:es|ed)?\s+for)\s+(?:an?\s+)?"
                    r"(?:extra|additional|further|another)|wants?|wanted|would\s+like)\b", re.I)
_HOW_MANY = re.compile(r"\W*(?:How\s+(?:many|much)|Whether)\b", re.I)
_QUESTION = re.compile(r"\?[\s\"'”’)]*$")
# a reporter's turn of a transcript cut off before its question: "QUESTION: One more -", "Q: And on the tanks ..."
_ASKER_TURN = re.compile(r"\s*(?:Q|QUESTION|Question)(?:\s*\([^()\n]{1,40}\))?\s*:[^\n]*?(?:[-–—]|\.\.\.|…)\s*$")
# "only 40 per cent of pledged artillery has arrived": a share of what was given, no count of its own
_SHARE_OF = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                       r"(?:[\w-]+\s+){0,2}?$", re.I)
_PAYS_FOR = re.compile(r"pa(?:y|ys|id|ying)\s+for|fund|financ", re.I)
# money given into a pool ("contribute NZ$5 million to the NATO trust fund"), not money spent ("will spend ... on")
_CONTRIBUTES = re.compile(r"contribut|donat", re.I)
_RESTATED = re.compile(r"\b(?:all|the\s+same|those|these)\s+$", re.I)



_PART_LEAD = re.compile(r",?\s+(?:including|which\s+includes?|of\s+which|with)\s+"
                        r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$", re.I)
_PART_FOR_UKRAINE = re.compile(r"\s+(?:(?:is|are|was|were|would\s+be|will\s+be)\s+)?(?:for|tied\s+to|earmarked\s+for|"
                               r"destined\s+for|going\s+to|to\s+go\s+to)\s+(?:" + NAMES + r")\b", re.I)


def whole_of_others(m: Mentions, item, clause) -> bool:
    """'$106 billion in emergency spending, including $61.4 billion for Ukraine': an amount whose
    part for Ukraine follows it is a total for others too, no aid to Ukraine of its own size."""
    if item.kind != "money":
        return False
    for part in m.inside(m.money, item.end, min(clause[1], item.end + 120)):
        return _PART_LEAD.search(m.text, item.end, part.start) is not None and \
            _PART_FOR_UKRAINE.match(m.text, part.end) is not None
    return False


# "Norway has no Patriot of its own", "we do not have ATACMS", "Lisbon doesn't own any Leopard 2A6"
_HAS_NONE = re.compile(r"\b(?:(?:has|have)\s+no|(?:does|do|did)\s*(?:n['’]t|\s+not)\s+"
                       r"(?:have|own|operate|possess|field)(?:\s+any)?)\s+(?:(?:[\w-]+\s+){0,2}?(?:own|such|more)\s+)?$",
                       re.I)


_NO_MORE = re.compile(r"\bmore\b", re.I)


def has_none_of(m: Mentions, item) -> bool:
    """Does the sentence of the named system ``item`` say that a donor has none of it ("Some asked whether
    Norway will give its Patriot - Norway does not have Patriot"; "Norway has no Patriot of its own")?
    Then whatever it says of giving that system is no aid fact: there is nothing to give (README rule 10:
    a donor's own inventory)."""
    if item.kind != "system":
        return False
    k = m.sentence_index(item.head_start)
    s, e = m.sentences[k] if k >= 0 else (item.start, item.end)
    family = item.family or item.name
    for x in m.inside(m.systems, s, e):
        none = _HAS_NONE.search(m.text, max(s, x.start - 40), x.start) if x.system.family == family else None
        if none is not None and not (x.start > item.head_start and _NO_MORE.search(none.group())) \
                and (_NO_MORE.search(none.group()) or not _TO_SPARE.match(m.text, x.end)):
            return True
    return False  # (the item given before "has no more": "transferred all its Stinger - has no more Stinger to give")


# "has no F-16 jets to spare", "has no Leopards left to give": none it can give, a refusal (not an inventory; but "has
# no more Stinger to give" after giving them all tells the stock used up)
_TO_SPARE = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:left\s+)?to\s+(?:spare|give|send|offer|hand\s+over)\b", re.I)


# "The Dutch defence budget for 2025 amounts to EUR 22 billion": a donor's own spending
_OWN_BUDGET = re.compile(r"\b(?:defen[cs]e|military|armed\s+forces['’]?)\s+(?:budget|spending|expenditure)s?\b", re.I)


def own_budget(m: Mentions, item, clause) -> bool:
    """Is the amount ``item`` a donor's own defence budget or military spending, told in a clause that names
    neither Ukraine nor an aid to it ("The Dutch defence budget for 2025 amounts to EUR 22 billion")?"""
    cs, ce = clause
    return item.kind == "money" and _OWN_BUDGET.search(m.text, cs, ce) is not None and \
        ANY_NAME.search(m.text, cs, ce) is None and _AID_WORD.search(m.text, cs, ce) is None


# a definition: the system opens its sentence or line ("- Stormer is a tracked vehicle that ...", "The CV90 is an
# infantry fighting vehicle used by seven armies")
_DEFINED_BEFORE = re.compile(r"(?:[\s\S]*\n)?[\s\-–—•*·]*(?:(?:The|An?)\s+)?")
_DEFINED_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:is|are)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
                            r"(?:system|vehicle|carrier|tank|gun|howitzer|missile|rocket|drone|aircraft|jet|fighter|helicopter|launcher|weapon|"
                            r"radar|munition|bomb|ship|boat|rifle)s?\b(?!\s+(?:that|which)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:will|would|has|have|had)\s+(?:already\s+|now\s+|also\s+)?(?:been\s+)?(?:send|sent|give|given|deliver|delivered|"
                            r"pledged|promised|supplied|supply|donated|donate))", re.I)
# "delivered mine-clearing vehicles rather than battle tanks", "instead of Leopard tanks": what was not given
_NOT_CHOSEN = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:(?:the|its|their|any|new|more|further)\s+)*"
                         r"(?:[\w-]+\s+){0,2}?$", re.I)
# "... the rest will follow once its own F-35s are delivered": the donor's own new fleet, that a gift waits for
_OWN_REPLACEMENT = re.compile(r"\b(?:once|when|after|until|before|as\s+soon\s+as)\s+(?:its|their|our|his|her)\s+own\s+"
                              r"(?:[\w-]+\s+){0,2}?$", re.I)
# "... stays at home until the new F-35s enter service", "until the last Gripen is in service", "once the
# new K9 guns arrive": a time clause whose subject is a system that arrives or enters service (the donor's awaited
# fleet; not "once the Abrams arrive in Ukraine")
_AWAITED_BEFORE = re.compile(r"\b(?:once|when|after|until|till|before|as\s+soon\s+as)\s+"
                             r"(?:the\s+|its\s+|their\s+|our\s+)?(?:(?:first|last|new|newer|modern|american|us|u\.s\.|"
                             r"remaining|[\d,]+|\w+-built)\s+)*$", re.I)
# (what arrives is not said to arrive in Ukraine or at the front, in the 30 characters after)
_NOT_TO_UKRAINE_AFTER = r"(?![^.;:!?]{0,30}?\b(?:" + WORDS + r"|the\s+front)\b)"
_AWAITED_AFTER = re.compile(r"[\w\s-]{0,30}?\s(?:(?:has|have)\s+)?(?:arriv(?:e|es|ed)|"
                            # ("once F-35s replace them", "when the NH90s take over from the Sea Kings")
                            r"replac(?:e|es|ed)\s+(?:them|it|those|these|the|its|their|our)\b|"
                            r"(?:take|takes|took)\s+over\s+from\b|"
                            r"(?:enter|enters|entered)\s+(?:into\s+)?service|"
                            r"(?:is|are|has\s+been|have\s+been)\s+(?:in\s+service|operational|delivered|"
                            r"commissioned)|(?:come|comes|came)\s+(?:into|in)\s+service|(?:take|takes)\s+over)\b"
                            + _NOT_TO_UKRAINE_AFTER, re.I)
# "ruled out handing its Hornets before the arrival of the F-35", "until the introduction of its new jets": the awaited
# fleet told as a noun of arriving or entering service (not what arrives in Ukraine)
_AWAITED_NOUN = re.compile(r"\b(?:before|until|till|after|pending|awaiting|upon)\s+(?:the\s+)?(?:arrival|introduction|"
                           r"commissioning|entry\s+into\s+service|induction)\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?"
                           r"(?:own\s+)?(?:(?:first|last|new|newer|modern|remaining|american|us|u\.s\.|[\d,]+)\s+)*$",
                           re.I)
_NOT_IN_UKRAINE = re.compile(_NOT_TO_UKRAINE_AFTER)
# "the 32 AS90 guns it gifted, now being replaced in the army by Archer howitzers": what replaces the given ones at home
_REPLACED_BY = re.compile(r"\b(?:being|been|be|is|are|was|were|will\s+be)\s+replaced\s+"
                          r"(?:in\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?(?:by|with)\s+"
                          r"(?:(?:new|newer|modern|the|its|their)\s+)*(?:\d[\d,]*\s+)?$", re.I)
# "the new F-35 jets that are to replace its F-16 fleet", "the NH90s replacing its Sea Kings": what a relative clause
# (or a participle) says the donor's new fleet replaces is named to tell that fleet, not given by it
_REPLACED_OBJECT = re.compile(r"\b(?:(?:that|which)\s+(?:(?:will|would|are\s+to|is\s+to|are\s+(?:set|due|meant)\s+to|"
                              r"is\s+(?:set|due|meant)\s+to|are\s+going\s+to|is\s+going\s+to)\s+)?(?:eventually\s+|"
                              r"soon\s+|gradually\s+)?replace|replacing)\s+(?:the|its|their|our|his|her)\s+"
                              r"(?:(?:old|older|ageing|aging|remaining|current|existing|[\d,]+)\s+)*$", re.I)
# "the M113s which its new Lynx vehicles are replacing": the new fleet, subject of a relative clause on the given ones
_REPLACER_BEFORE = re.compile(r"\b(?:which|that)\s+(?:the|its|their|our)\s+(?:(?:new|newer|modern|future)\s+)*$", re.I)
_REPLACER_AFTER = re.compile(r"[\w-]{0,3}(?:\s+(?!(?:are|is|will|would)\b)[\w-]+){0,2}?\s+"
                             r"(?:(?:are|is|will|would)\s+(?:(?:set|due|going|meant)\s+to\s+)?(?:be\s+)?)?"
                             r"(?:replac(?:e|es|ing)|tak(?:e|ing)\s+over\s+from)\b", re.I)
_AID_WORD = re.compile(r"\b(?:aid|assistance|support|donat\w*|package)\b", re.I)

# "Correction: an earlier entry said ...", "An earlier version of this story wrongly stated that ..."
_RETRACTED = re.compile(r"\b(?:an?|the|our)\s+(?:earlier|previous)\s+(?:entry|post|update|item|version|report|story|"
                        r"article)(?:\s+of\s+(?:this|the)\s+(?:story|article|report|blog|page))?\s+"
                        r"(?:(?:had\s+)?(?:wrongly|incorrectly|mistakenly|erroneously)\s+)?"
                        r"(?:said|stated|reported|claimed|gave|misstated)\b", re.I)


_CORRECTION_HEAD = re.compile(r"\W*(?:Corrections?|Clarification)\s*[:\-–—]\s*[^.;:]{0,80}?\b"
                              r"(?:said|stated|reported|claimed|wrote|listed)\b", re.I)


def retracted(m: Mentions, item) -> bool:
    """Does the sentence of ``item`` retract what an earlier entry or version said, before the item
    ("Correction: an earlier entry said Spain would send 12 tanks")? The figure retracted is no fact;
    the corrected one is told in its own sentence."""
    k = m.sentence_index(item.head_start)
    s = m.sentences[k][0] if k >= 0 else item.start
    head = _CORRECTION_HEAD.match(m.text, s)  # "Corrections: yesterday's brief said ..."
    return _RETRACTED.search(m.text, s, item.head_start) is not None or (head is not None and
                                                                         head.end() <= item.head_start)


# a clause ending in a colon, then the items it heads in the same sentence ("Losses claimed by Moscow: 4 Leopard, ...")
_HEADING_COLON = re.compile(r"[^.;:!?\n]*:\s+[^.;:!?\n]*")


def heads_the_rest(m: Mentions, c, item) -> bool:
    """Is context cue ``c`` in the clause that heads the rest of its sentence with a colon, the item told after it
    ("Losses claimed by Moscow this week: 4 Leopard, 2 Abrams")? It speaks of every item of that list."""
    if c.label != "not_aid" or c.end > item.start:
        return False
    s, _ = m.sentences[m.sentence_index(c.start)]
    return s <= c.start and _HEADING_COLON.fullmatch(m.text, c.end, item.start) is not None


def context_reason(m: Mentions, item, clause, contexts, cues, not_aid_facts: set) -> str | None:
    """Why the context cues of the clause exclude the item, or None. A sale or contract of a
    counted system, and an amount that is no aid, are remembered in ``not_aid_facts`` (the same fact told
    elsewhere, or in a headline, is no pledge);
    a delivery schedule only marks the item (``schedule``), decided against the whole text."""
    from aidledger.extractor.records import family

    cs, ce = clause
    private = private_giver(m, item, clause)
    if private is not None:
        return f"a private giver ({private!r}), not government aid"
    if _SHARE_OF.search(m.text, max(cs, item.head_start - 60), item.head_start):
        return "a share ('per cent of'), not a count"
    if has_none_of(m, item):
        return "the donor has none of it ('does not have Patriot', 'has no Patriot'): an inventory, no aid"
    if whole_of_others(m, item, clause):
        return "a total for others too, its part for Ukraine told after it"
    if part_of_a_total(m, item):
        return "the part of a running total told before it (rule 5)"
    converted = stated_conversion(m, item)
    if converted is not None:
        return f"a conversion of {converted.text!r} into another currency (rule 13)"
    if own_budget(m, item, clause):
        return "the donor's own defence budget, no aid to Ukraine (rule 10)"
    if figure_compared_with(m, item):
        return "the figure of the year compared ('less than in 2024 (about 7 billion euros)'), no pledge (rule 6)"
    if unit_price(m, item, clause):
        return "the price of one item ('A Crotale battery is valued at 80 million euros'), no aid (rule 10)"
    if market_price(m, item):
        return "a market's price or rate ('$81 a barrel', 'the euro fell to 1.07 dollars'), no aid (rule 10)"
    if defence_network(m, item):
        return "an integrated air defence network ('NATO's integrated air defence'), no item given"
    if retracted(m, item):
        return "what an earlier entry or version said, retracted by a correction"
    if item.kind != "money" and item.quantity is None and _DEFINED_AFTER.match(m.text, item.end) and \
            _DEFINED_BEFORE.fullmatch(m.text, m.sentences[m.sentence_index(item.start)][0], item.start):
        return "a definition of the system ('Stormer is a tracked vehicle that ...'), no aid fact"
    if component_of_described(m, item, clause):
        return "a part of the system described ('armed with a 30mm cannon and two machine guns'), no item given"
    if item.kind != "money" and _NOT_CHOSEN.search(m.text, max(cs, item.start - 40), item.start):
        return "the alternative not given ('rather than', 'instead of')"
    if item.kind != "money" and _REPLACED_BY.search(m.text, max(cs, item.start - 60), item.start):
        return "what replaces the given ones in the donor's own forces (rule 10: its own inventory)"
    if item.kind != "money" and _REPLACED_OBJECT.search(m.text, max(cs, item.start - 60), item.start):
        return "what the donor's new fleet replaces, named to tell that fleet ('jets that are to replace its F-16s')"
    if item.kind != "money" and _REPLACER_BEFORE.search(m.text, max(cs, item.start - 30), item.start) and \
            _REPLACER_AFTER.match(m.text, item.end):
        return "the donor's new fleet that replaces the given ones ('the M113s which its new Lynx vehicles replace')"
    if item.kind != "money" and _OWN_REPLACEMENT.search(m.text, max(cs, item.start - 40), item.start):
        return "the donor's own replacement, awaited before it gives (rule 10: its own inventory)"
    if item.kind != "money" and awaited_fleet(m, item, clause):
        return "the fleet a time clause awaits ('before the F-35s enter service'), the donor's own (rule 10)"
    labels: dict = {}
    # a schedule speaks for its whole sentence ("paid out in three tranches: NOK 3 billion this year, ...")
    in_clause = [c for c in contexts if cs <= c.start < ce or c.label == "schedule" or heads_the_rest(m, c, item)]
    running = min((c.start for c in in_clause if c.label == "cumulative" and RUNNING.match(c.text)), default=None)
    # a giving verb, or paying for items ("will pay for 20 Skynex systems to be built by Rheinmetall"); buying
    # or ordering is no such verb ("Austria ordered 12 tanks to replace those it gave": its own fleet)
    giving = [c for c in cues if cs <= c.start < ce and (c.label in ("pledged", "delivered", "considering") or (
        c.label == "funded" and (_CONTRIBUTES.match(c.text) if item.kind == "money" else _PAYS_FOR.match(c.text))))]
    refused = refusal_governs(m, item, [c for c in cues if cs <= c.start < ce])
    considering = any(c.label == "considering" for c in cues if cs <= c.start < ce)
    for c in in_clause:
        if cue_does_not_apply(m, item, c, clause, cues, giving, running, refused, considering):
            continue  # a cue of this kind does not exclude the item here (``cue_exemptions``)
        if c.label == "not_aid" and "not_aid" in labels and _ASKED.search(c.text) and \
                not _ASKED.search(labels["not_aid"].text):
            labels["not_aid"] = c  # "our needs — we asked for more NASAMS": the request, which an answer may follow
        labels.setdefault(c.label, c)
    if item.kind == "money" and "not_aid" not in labels and "not_aid_money" not in labels:
        parts = breakdown_not_aid(m, item, clause)
        if parts is not None:
            return f"not aid (its parts: {parts.text!r})"
    if item.kind == "money" and "cumulative_money" in labels:
        labels.setdefault("cumulative", labels["cumulative_money"])
    if item.kind == "money" and "not_aid_money" in labels:
        labels.setdefault("not_aid", labels["not_aid_money"])
    order = ("cumulative", "yoy", "not_aid", "schedule")
    if "not_aid" in labels and any(c.label == "not_aid" and ASKED_TO.match(c.text) for c in in_clause):
        order = ("not_aid", "cumulative", "yoy", "schedule")  # "Spain, asked to give one, has so far declined": asked
    for label in order:
        c = labels.get(label)
        if c is None:
            continue
        if label == "cumulative" and (delivered_state(m, item) or refused or considering):
            continue  # "has so far refused to send": the refusal stands, it is no running total
        if label == "cumulative" and (item.status_override or "part-of-total" in item.notes):
            continue  # "So far 6 of 24 F-16s have arrived": a part and its whole, each stated
        if label == "cumulative" and _delivered_count(m, item, clause, giving):
            continue  # "France has so far sent 30 Caesar guns": a count of one system delivered (rule 5)
        if label == "schedule":
            if item.quantity is not None or item.kind == "money":
                item.notes.append("schedule")
            continue
        if label == "not_aid" and item.quantity is not None and COMMERCIAL.search(c.text):
            not_aid_facts.add((family(item.name), item.quantity))
        if label == "not_aid" and item.kind == "money":
            # a headline's same amount is this, told short: "Japan adds $4.5bn" over humanitarian aid, "Ministers fail
            # to unblock 5 bln euros" over refunds to donors
            not_aid_facts.add(("money", item.money.amount))
        return f"{label.replace('_', ' ')} ({c.text!r})"
    return None




def _delivered_count(m: Mentions, item, clause, giving) -> bool:
    """Is ``item`` a count of one named system that a donor named before it in its clause delivered (its
    nearest giving verb tells a delivery)? Such a count stays a record even as a running total (README
    rule 5's exception: "18 already delivered"), and so does a count of ammunition ("has so far delivered
    300,000 shells": rounds are one item); money, counts of other generic classes given in all ("has so
    far sent 2,000 drones") and what Ukraine received from all ("In total, Ukraine received 70 tanks")
    do not."""
    if (item.kind != "system" and item.category != "ammunition" and not named_class(m.text, item)) or \
            item.quantity is None or not giving:
        return False  # "has so far delivered 300,000 rounds": shells are one item, as a named system is
    # (or in the relative clause before its count: "The Gepard guns Berlin has delivered - 52 so far -")
    upto = min(clause[1], item.end + 60) if "count-after-relative" in item.notes else item.start
    if not any(d.kind not in m.non_donor_kinds and d.code not in ("UKR", "", None)
               for d in m.inside(m.donors, clause[0], upto)) and \
            not reported_by_a_donor(m, item, m.sentences[m.sentence_index(item.start)][1]) and \
            not _DONOR_PRONOUN.search(m.text, clause[0], upto):  # ("It has delivered six so far": the donor before)
        return False  # (a donor that reports the sentence after it: "... handed over since 2022, Warsaw says")
    return min(giving, key=lambda g: cue_distance(g, item)).label == "delivered"


_DONOR_PRONOUN = re.compile(r"\b(?:it|we|they)\s+(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+)?"
                            r"(?:delivered|sent|supplied|handed\s+over|transferred|shipped|given|provided)\b", re.I)


def is_request(reason: str) -> bool:
    """Is ``reason`` (of ``context_reason``) a request, that a later sentence may answer?"""
    return reason.startswith("not aid") and _ASKED.search(reason) is not None


def is_export(reason: str) -> bool:
    """Is ``reason`` an export or re-export, whose permission an answer may refuse ("Will Bern allow
    the re-export of the shells? The request is rejected.": a refusal, README rule 11)?"""
    return reason.startswith("not aid") and _EXPORT.search(reason) is not None


_EXPORT = re.compile(r"\bexport", re.I)


def weighs_a_sale(m: Mentions, s: int, e: int) -> bool:
    """Does the answer [s, e) weigh a sale or an export ("Whether they can be sold is for the export
    authority; there is no decision yet")? Then it weighs no aid."""
    return any(c.label == "not_aid" and (COMMERCIAL.search(c.text) or "export" in c.text.lower())
               for c in m.inside(m.context_cues, s, e))


def is_question(m: Mentions, s: int, e: int) -> bool:
    """A question, asked ("Will Berlin send tanks?") or reported ("How many vehicles it sent was not
    said")."""
    return _QUESTION.search(m.text, s, e) is not None or _HOW_MANY.match(m.text, s, e) is not None \
        or _RAISED.search(m.text, s, e) is not None or _ASKER_TURN.match(m.text, s, e) is not None \
        or (_ASKS_WHETHER.match(m.text, s, e) is not None and _ANSWER_AFTER.search(m.text, s, e) is None)


# "A reader asks whether Ukraine has received the Abrams tanks.": a question reported as its sentence's own act
# (a subject before the verb: "Asked if Lisbon would send ..., the minister said no" and "When asked if" are asides
# the sentence's answer decides)
_ASKS_WHETHER = re.compile(r"\W*(?!(?:when|after|once|as|while|if|though|although)\b)(?:[\w'’-]+\s+){1,4}?"
                           r"(?:asks?|asked|wonders?|wondered|wants?\s+to\s+know|"
                           r"wanted\s+to\s+know)\s+(?:us\s+|again\s+)?(?:whether|if)\b", re.I)
# "..., and Madrid promised 6 more", "..., the minister said no": the answer in the sentence
_ANSWER_AFTER = re.compile(r";|,\s+(?:and|but)\b|,\s+(?:[\w'’-]+\s+){0,3}?(?:said|says|replied|answered)\b")


# "We also raised the question of Gripen fighters.": a question put to a donor, that the next sentence answers
_RAISED = re.compile(r"\b(?:raised|raises|raising|brought\s+up|bring\s+up|put)\s+(?:the\s+|a\s+)?"
                     r"(?:question|issue|subject|topic|matter)\s+of\b", re.I)


def restated(m: Mentions, item, records, status: str | None = None) -> bool:
    """'all 500,000 rounds', 'the same 19 jets': a figure stated before, told again (in the same state:
    "the package: 14 Challenger 2 tanks ... All 14 Challengers are now in Ukraine" tells a delivery of
    the 14 pledged, a fact of its own, README rule 1)."""
    if item.quantity is None or not _RESTATED.search(m.text[max(0, item.start - 12):item.start]):
        return False
    return any(p.quantity_value == float(item.quantity) and p.category == item.category
               and (status is None or state_class(p.status) == state_class(status)) for p in records)


def arms_in_general(item, state: str) -> bool:
    """Refused or weighed, arms in general are an aid fact ("Vienna will not send weapons"); promised
    or sent without a number they are talk about aid ("countries supplying weapons to Kyiv"), and the
    named items and money of the text carry its pledges. True when ``item`` is such talk."""
    return is_arms_in_general(item) and item.quantity is None and state not in ("refused", "considering")


# what introduces a conversion of the amount before: ", or about", "the equivalent of", "which is roughly"
_CONVERSION_LEAD = re.compile(
    r"(?:,\s*or|\b(?:the\s+)?equivalent\s+(?:of|to)|\bequal\s+to|\b(?:[Ww]hich|[Tt]hat)\s+is|\bi\.\s?e\.,?)"
    r"\s*,?\s*(?:about|around|roughly|approximately|some|nearly|almost|just\s+(?:over|under)|close\s+to)?\s*$")
# a sentence that says it converts: "In U.S. dollars the package is worth about US$375 million"
_IN_CURRENCY = re.compile(r"\b[Ii]n\s+(?:U\.S\.\s+|US\s+|American\s+|Canadian\s+|Australian\s+)?"
                          r"(?:dollars|euros|pounds|(?:dollar|euro|sterling)\s+terms)\b[^.;:!?]{0,60}?$")


def stated_conversion(m: Mentions, item):
    """The amount ``item`` converts into another currency (README rule 13: a conversion is never a record of
    its own), or None. A conversion phrase introduces it right after the last amount of its sentence or of
    the sentence before, in another currency, with no other donor named between ("C$500 million in
    military aid, or about US$375 million", "NOK 1 billion. That is about 90 million euros."); or its
    sentence says it converts ("In U.S. dollars the package is worth about US$375 million") an amount
    told before in another currency."""
    money = item.money
    if item.kind != "money" or money is None:
        return None
    text = m.text
    k = m.sentence_index(money.start)
    s = m.sentences[k][0] if k >= 0 else 0
    if _IN_CURRENCY.search(text, s, money.start):
        return next((x for x in reversed(m.inside(m.money, 0, s)) if not _same_currency(x, money)), None)
    before = m.inside(m.money, m.sentences[k - 1][0] if k > 0 else 0, money.start)
    if not before:
        return None
    first = before[-1]
    if _same_currency(first, money) or not _CONVERSION_LEAD.search(text, first.end, money.start) or \
            any(d.code and d.kind not in m.non_donor_kinds and not _CURRENCY_AFTER.match(text, d.end)
                for d in m.inside(m.donors, first.end, money.start)):
        return None  # (a name of a currency, "U.S. dollars", names no donor)
    return first


_CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|euros?|pounds?)\b", re.I)


def _same_currency(a, b) -> bool:
    """Are money mentions ``a`` and ``b`` in one currency (the same symbol where a currency is open: "$")?"""
    if a.currency and b.currency and not (a.symbol == "$" or b.symbol == "$"):
        return a.currency == b.currency
    return (a.currency, a.symbol) == (b.currency, b.symbol)


def awaited_fleet(m: Mentions, item, clause) -> bool:
    """Is ``item`` the subject of a time clause in which it arrives or enters service ("will not go to Ukraine before
    the F-35s enter service", "could be sent once the new Gripens arrive", "until the last F-35 is in service", "before
    the arrival of the F-35")? It
    is the fleet the donor waits for, its own inventory (README rule 10), not aid; not what arrives in Ukraine."""
    if _AWAITED_NOUN.search(m.text, max(clause[0], item.start - 60), item.start) and \
            _NOT_IN_UKRAINE.match(m.text, item.end):
        return True  # "ruled out handing its Hornets to Kyiv before the arrival of the F-35"
    return _AWAITED_BEFORE.search(m.text, max(clause[0], item.start - 40), item.start) is not None and \
        _AWAITED_AFTER.match(m.text, item.end) is not None
