"""Statuses told across sentences: what a sentence with no item of its own says of the items of the sentence
before ("Rome would give €500 million. The plan is still being debated." weighs it; "There is no decision
yet."), a hedge that goes on into the next sentence, a request answered or refused in a later turn ("Kyiv
asked for Gripens. Stockholm declined."), and what the text told of an item before ("the tanks Spain
promised" after "Spain promised 10 tanks"). The pipeline asks here after ``status.decide`` has given each
item the status of its own clause.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.status_words import BREAK, CONTENTS_CUE, FUTURE, HEDGE_LABELS, POLICY_REVIEWED

_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may)\b|^\W*(?:it|this|that|such\s+(?:a|an)\s+\w+|"
                           r"the\s+(?:package|plan|proposal|deal|offer|option|tranche|contribution))\b", re.I)


def continues_hedge(m: Mentions, item, clause, cues, previous) -> bool:
    """'Berlin is weighing a new package. It would contain 20 Marder vehicles': the contents of a
    package the sentence before only weighs are weighed too. True when the sentence before holds a
    hedge, this clause tells contents ("contain", "include") and nothing else, and speaks of the
    package again or in the conditional."""
    if previous is None or not any(c.label in HEDGE_LABELS for c in m.inside(m.status_cues, *previous)):
        return False
    cs, ce = clause
    own = [c for c in cues if cs <= c.start < item.start]
    if not all(CONTENTS_CUE.search(c.text) or c.text.lower().startswith(("would", "could")) for c in own):
        return False
    if any(c.text.lower().startswith("would") and _REPORTED_BEFORE.search(m.text, max(0, c.start - 60), c.start)
           for c in own):
        return False  # "Berlin said on Tuesday it would send Gepard tanks": reported speech, not a condition
    return _HYPOTHETICAL.search(m.text, cs, item.start) is not None
_REPORTED_BEFORE = re.compile(r"\b(?:said|announced|confirmed|stated|added|promised|pledged|told\s+[\w\s]{1,30}?)"
                              r"\b[^.;:!?]{0,40}?\b(?:it|they|he|she|we|[A-Z][\w-]+)\s+$")
_PENDING = re.compile(r"being|decision|decide|confirm|determin|finali[sz]|settled|"
                      r"promised|vot(?:e|es|ed|ing)\b|approv|pass|ratif|sign|agree|"
                      r"on\s+the\s+table|under\s+(?:discussion|review|consideration)", re.I)
_HEDGED_CONTENTS = re.compile(r"\b(?:may|might|could|can)\s+(?:also\s+|still\s+)?(?:be\s+)?"
                              r"(?:includ|contain|compris)(?:e|es|ed|ing)?\b|"
                              # "is weighing whether to include"
                              r"\bwhether\s+to\s+(?:also\s+)?includ(?:e|ing)\b", re.I)


def weighed_content(m: Mentions, item, clause, items, cues) -> bool:
    """'The package may include Aster missiles, but Rome has not confirmed', 'Oslo is studying whether more
    Archer systems can be included in the next package': the one named system that a package only may
    contain, told as undecided, is weighed (a ``considering`` record), though the unnumbered contents of a
    package get no record (README rule 2). True for the only item of its clause, a named system, when the
    clause says the package may hold it and the sentence (its status ``cues``) weighs it in words of its own
    ("has not confirmed", "whether"), not only by the modal of the contents."""
    cs, ce = clause
    if item.kind != "system" or any(i is not item for i in items if cs <= i.head_start < ce):
        return False
    contents = _HEDGED_CONTENTS.search(m.text, cs, ce)
    return contents is not None and any(c.label in HEDGE_LABELS and not CONTENTS_CUE.search(c.text) for c in cues)


def pending_later(m: Mentions, item, clause, sentence, cues) -> bool:
    """'A plan to send 2 million shells, estimated at €5bn, is still being discussed'; 'Berlin is
    preparing €2 billion, but the final decision was not yet taken': a later clause of the sentence
    says that what the item belongs to is still undecided. True when such a hedge follows the item's
    clause with no other item, amount or donor (but the item's own) between them."""
    ce = clause[1]
    after = [c for c in cues if c.start >= ce]  # the sentence's cues after the item's clause
    hedge = next((c for c in after if c.label in HEDGE_LABELS and _PENDING.search(c.text)), None)
    if hedge is None or any(c.label not in HEDGE_LABELS for c in after if c.start < hedge.start):
        return False
    if any(m.text[item.end:x.start].strip() for lst in (m.systems, m.generics, m.money)
           for x in m.inside(lst, item.end, hedge.start)):
        return False  # another item between (not the item's own class noun: "10 more Marder vehicles")
    if hedge_has_own_object(m, item, hedge):
        return False  # "Oslo will send 20 CV90s but has not decided on Gripen jets": the hedge weighs its own object
    # a donor between is another giver, unless it is the same one ("Oslo will give ..., and the Storting will vote")
    before = {d.code for d in m.inside(m.donors, sentence[0], item.start)}
    return all(d.code in before or d.kind == "reference" or d.kind in m.non_donor_kinds
               for d in m.inside(m.donors, item.end, hedge.start))


def hedge_has_own_object(m: Mentions, item, hedge) -> bool:
    """Does another item follow ``hedge`` closely, with no break between, as its object ("but has not
    decided on Gripen jets", "but is still weighing a further €500 million")? (Not the item itself named
    again, nor an item of its category: "F-16s ... would only decide after the first Dutch jets arrive".)"""
    for lst in (m.systems, m.generics, m.money):
        for x in m.inside(lst, hedge.end, hedge.end + 40):
            system = getattr(x, "system", None)
            other = "money" if system is None else system.category  # "jets" after "F-16s" is the item again
            if other != item.category and not BREAK.search(m.text, hedge.end, x.start):
                return True
    return False
# a sentence about the proposal just told: "It is still being debated", "The plan has not been agreed"
_PROPOSAL_AGAIN = re.compile(r"\W*(?:It|This|That|The\s+(?:[\w-]+\s+)?(?:plan|proposal|idea|scheme|package|deal|offer|"
                             r"instrument|initiative))\s+(?:is|was|has|had|remains|still|needs|requires|must|will)\b")
# a sentence that only says nothing is decided: "There is no decision yet.", "No final decision has been taken."
_NO_DECISION = re.compile(r"\W*(?:(?:But|And|So\s+far|So|As\s+yet|For\s+now)\W+)?"
                          r"(?:there\s+(?:is|was|has\s+been)\s+|there['’]s\s+|we\s+have\s+|we['’]ve\s+)?"
                          r"(?:(?:still|yet)\s+)?no\s+(?:final\s+|formal\s+)?(?:decision|answer|commitment)\b", re.I)


def no_decision_sentence(m: Mentions, s: int) -> bool:
    """Does the sentence at ``s`` open by saying no decision is taken ("There is no decision yet.")?"""
    return _NO_DECISION.match(m.text, s) is not None


def weighs_the_proposal_before(m: Mentions, s: int, e: int, cues) -> bool:
    """'The Commission would set aside EUR 30 billion for Ukraine. It is still being debated': a sentence
    with no item of its own, about the proposal just told ("It", "The plan"), or one that only says no
    decision is taken ("We spoke about a second SAMP/T. There is no decision yet."), that says it is still
    undecided. True when it opens so and holds a hedge of pending decision, and no other status."""
    bare = no_decision_sentence(m, s)
    if _PROPOSAL_AGAIN.match(m.text, s) is None and not bare:
        return False
    inside = [c for c in cues if s <= c.start < e]
    # ("There is no decision yet, but we are looking at it": its other hedges need not name a decision)
    return bool(inside) and all(c.label in HEDGE_LABELS and (bare or _PENDING.search(c.text)) for c in inside)


def answer_to_request(m: Mentions, s: int, e: int, cues) -> str | None:
    """The status of a sentence that answers a request told just before: ``considering`` when it only
    weighs ("is still studying the request", "no decision has been taken"), ``refused`` when it
    refuses; None when it does neither or both."""
    labels = {c.label for c in cues if s <= c.start < e and c.label in ("considering", "refused")
              and not (c.label == "refused" and _TROOPS_AFTER.match(m.text, c.end))}
    return labels.pop() if len(labels) == 1 else None


def answered_donors(m: Mentions, s: int, e: int) -> set[str]:
    """The donors an answer in sentence [s, e) names (none: "The answer remains no."). An answer that names donors
    answers only their weighing: "Lisbon is weighing a contribution. Athens said it would not contribute." leaves
    Lisbon's weighing open."""
    return {d.code for d in m.inside(m.donors, s, e) if d.kind not in m.non_donor_kinds}


def refused_in_reply(m: Mentions, clause, sentence, cues, items) -> bool:
    """"Asked whether Lima would send its tanks, the minister said: 'Not on the cards.'": the question's
    hedge is no state of its own; a later clause of the sentence, with no item of its own (but the word of a
    refusal of more: "There are none left"), that only refuses answers it."""
    cs, ce = clause
    if not _ASKED_WHETHER.search(m.text, cs, ce):
        return False
    return any(answer_to_request(m, rs, re_, cues) == "refused"
               for rs, re_ in m.clauses(*sentence)
               if rs >= ce and not any(rs <= i.head_start < re_ and "refused-more" not in i.notes for i in items))
_ASKED_WHETHER = re.compile(r"\bask(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:whether|if)\b", re.I)
# "Spain will not send troops to Ukraine": a refusal of troops, which refuses no item asked about or weighed before
_TROOPS_AFTER = re.compile(r"\s+(?:(?:any|our|its|their|combat|ground|military|more)\s+)*"
                           r"(?:troops|soldiers|personnel|boots\s+on\s+the\s+ground)\b", re.I)
# a count of more of the item, or of its rest, is a new fact ("Another 20 will follow", "The remaining 30 ...")
_NEW_PART_BEFORE = re.compile(r"\b(?:more|another|additional|further|new|remaining|rest|other|next|second|third)"
                              r"\s+(?:[\w-]+\s+){0,2}$", re.I)
_NEW_PART_AFTER = re.compile(r"\s+(?:more|further|additional|others?)\b", re.I)
_PACKAGE = re.compile(r"\b(?:package|tranche|bundle|drawdown)\b", re.I)
_FUTURE_BEFORE = re.compile(rf"\b(?:{FUTURE})\b", re.I)  # "will add three of the same type"
_REFERRING_KINDS = {"vehicle", "tank", "ifv_apc"}


def refers_to(item, earlier) -> bool:
    """Does ``item`` count the item ``earlier`` again: a bare count of it ("There are 50 of them"), or a generic
    word of its kind ("The batch consists of 10 vehicles" after "M577 command vehicles have arrived")?"""
    if "elliptical" in item.notes:
        return item.name == earlier.name
    if item.kind != "generic" or earlier.kind == "money" or " " in item.name:
        return False  # "two Bergepanzer armoured recovery vehicles": a kind of its own
    return item.category == earlier.category or {item.category, earlier.category} <= _REFERRING_KINDS


def told_before(m: Mentions, item, clause, cues, earlier, told) -> str | None:
    """'Lithuanian M577 command vehicles have arrived in Ukraine. The batch consists of 10 vehicles.', 'Ukraine
    received the first CV90s. There are 50 of them.': a count that refers back to the item the sentence before
    told as delivered (``told``: that record's status and donor), with no state of its own (no cue, or only a
    verb of containing), counts what was delivered. Returns "delivered", or None when the item is no such
    count (more of the item, its rest, another donor's)."""
    if told is None or told[0] != "delivered" or item.quantity is None or not refers_to(item, earlier):
        return None
    cs, ce = clause
    if _PACKAGE.search(m.text, cs, ce):
        return None  # "Also in the package are two ...": the contents of another act
    if any(c.label != "pledged" or not CONTENTS_CUE.fullmatch(c.text.strip()) for c in cues if cs <= c.start < ce):
        return None  # a verb of its own ("Another 20 will be sent", "18 of them were destroyed")
    if _NEW_PART_BEFORE.search(m.text, max(cs, item.start - 30), item.start) or _NEW_PART_AFTER.match(m.text, item.end):
        return None
    if _FUTURE_BEFORE.search(m.text, cs, item.start):
        return None  # "Rome will add three of the same type next year": a gift to come, not the delivery told again
    donors = {d.code for d in m.inside(m.donors, cs, ce) if d.kind not in m.non_donor_kinds}
    return "delivered" if donors <= {told[1]} else None
# a sentence that opens by naming a proposal, then tells what it would do: "A swap, raised by MPs, would have
# Spain send ...", "One proposal would see Oslo hand ...", "One idea discussed in Lisbon is a triangle deal: ..."
_PROPOSAL_OPENS = re.compile(
    r"[\s\"“‘'•*–-]*(?:(?:But|And|So|Yet)\s+)?(?:One|A|An|Another|The|This|That|Such\s+an?)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:idea|proposal|swap|exchange|scenario|suggestion|possibility)\b(?P<frame>[^.;:!?]{0,80}?)"
    r"(?:\bwould\s+(?:\w+\s+)?(?:see|have|let|involve|mean|allow|require)\b|\bis\s+(?:a|an)\s+[^.;:!?]{0,40}?:)", re.I)


def proposal_told(m: Mentions, item, sentence) -> bool:
    """Is ``item`` part of what a proposal that opens its sentence would do ("One proposal would see Spain hand
    tanks to Portugal, which would pass its M113s on to Ukraine")? A swap or an idea told only as such is
    weighed, not decided (README rule 11: a swap described only as an option is ``considering``)."""
    opens = _PROPOSAL_OPENS.match(m.text, sentence[0], sentence[1])
    return opens is not None and opens.end() <= item.start
# a topic fronted before the sentence's predicate, after a speaker's label or a post's number: "On Leopard tanks:
# we are weighing it", "As for Taurus, there is no decision", "Regarding the F-16s - not now"
_TOPIC_OPENS = re.compile(r"[\s\"“‘'•*–-]*(?:\d{1,2}/\d{0,2}\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*:\s*)?"
                          r"(?:(?:And|But|So)\s+)?(?:On|As\s+(?:for|to)|Regarding|Concerning|When\s+it\s+comes\s+to|"
                          r"With\s+regard\s+to)\s+", re.I)
_TOPIC_ENDS = re.compile(r"[^.:;,–—?!]{0,60}?(?::|,|\s[-–—]\s|(?=\s+(?:we|I|they|there)\b))")


def fronted_topic_state(m: Mentions, item, sentence, cues) -> str | None:
    """'On Leopard 2A8 tanks for Ukraine: we are evaluating options, no decision yet.', 'As for Taurus, we will not
    send it.': an item fronted as the topic of its sentence, with no cue of its own, takes the state of the
    predicate after it when that only weighs (``considering``) or only refuses (``refused``); None otherwise."""
    s, e = sentence
    opens = _TOPIC_OPENS.match(m.text, s, item.start)
    if opens is None or opens.end() != item.start:
        return None
    ends = _TOPIC_ENDS.match(m.text, item.end, e)
    if ends is None:
        return None
    return answer_to_request(m, ends.end(), e, cues)


_BUT_OPENS = re.compile(r"\W*(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*:\s*)?"
                        r"(?:But|However|Still|Yet|That\s+said)\b")


def reviews_refusal(m: Mentions, s: int, e: int, cues) -> bool:
    """Does the sentence at [s, e) only weigh, a policy of refusal reviewed ("The government could review that
    stance if the war spreads.")? The refusal told just before still stands, and its review is weighed too."""
    inside = [c for c in cues if s <= c.start < e]
    return bool(inside) and all(c.label in HEDGE_LABELS for c in inside) and \
        any(POLICY_REVIEWED.search(c.text) for c in inside)


def reopens(m: Mentions, s: int, e: int, cues) -> bool:
    """Does the sentence at [s, e) open with "But" (or "However", "Still") and only weigh ("But we are not closing
    that door.", "But we are looking at it.")? It then takes back the refusal told just before."""
    return _BUT_OPENS.match(m.text, s, e) is not None and answer_to_request(m, s, e, cues) == "considering"
