"""Status: in what state an item is — pledged, delivered, funded, considering or refused.

This is the one place where a status is decided (``decide``), from the status cues of the item's clause
(``data/status_cues.csv``): a refusal in the clause wins; then a hedge (considering); money with a
funding cue is funded; a counted item followed by "already in action" is delivered; otherwise the
cue nearest the item. A clause with a donor but no cue borrows the verb of the clause before
("Britain will send 14 tanks, and Poland 10"). ``default`` gives an item no cue governs its status, and
``relative_statuses`` the second step a relative clause tells.

``decide`` reads the cues through readings of their own, one module each: ``status_words`` (the shared
vocabulary), ``status_weak_cues`` (cues that state no act of the item), ``status_subjects`` (the giving as
the clause's subject), ``status_refusals``, ``status_hedges``, ``status_deliveries``, ``status_funding``,
``status_ellipsis`` (the cues an item may borrow), ``status_nearest`` (which cue governs); also
``negated`` and ``partitive``. Statuses told across sentences are ``status_across``; the questions a
sentence answers are ``answers``.
"""

from __future__ import annotations

import re

from aidledger.extractor.answers import tally_asked, which_asked
from aidledger.extractor.count_numbers import quoted_count
from aidledger.extractor.index import Mentions
from aidledger.extractor.negated import negated_object
from aidledger.extractor.partitive import (
    cue_of_its_first_part,
    cue_of_the_count_added_to,
    participle_of_the_whole_after,
    verb_after_the_whole,
    whole_of_a_first_part,
)
from aidledger.extractor.prices import cost_of_the_purchase, status_of_the_valued
from aidledger.extractor.promises import kept_in_sentence, promise_told_after
from aidledger.extractor.status_deliveries import (
    after_giving,
    announces_arrival,
    delivered_state,
    delivery_delayed,
    given_beside,
    giving_after_past,
)
from aidledger.extractor.status_ellipsis import cue_pool
from aidledger.extractor.status_funding import (
    money_into_pool,
    paid_by_at,
    paid_by_in,
    paid_frame_names_the_donors,
    pays_for_items,
    sum_moved,
)
from aidledger.extractor.status_hedges import hedge_governs
from aidledger.extractor.status_matches import promised_again
from aidledger.extractor.status_nearest import cue_distance, has_own_object, own_entry_participle
from aidledger.extractor.status_refusals import giving_negated, refusal_governs, refused_after
from aidledger.extractor.status_subjects import gerund_subject
from aidledger.extractor.status_weak_cues import another_nouns_relative, weak_cue, whole_participle
from aidledger.extractor.status_words import CONTENTS_CUE, HEDGE_LABELS, NOUN_CUE, PARTICIPLE, POLICY_REVIEWED

# "shot down the drone with a Patriot system provided by Germany": the tool of another act
_INSTRUMENT = re.compile(r"\b(?:with|using|by\s+means\s+of)\s+(?:a|an|the|its|their|one|two|three|several)\s+"
                         r"(?:[\w-]+\s+){0,2}?$", re.I)
# "any delivery of Tomahawk missiles would be ...": a warning about what has not happened
_ANY_BEFORE = re.compile(r"\b(?:any|every)\s+(?:(?:future|possible|potential|further|new|such)\s+)?$", re.I)


def decide(m: Mentions, item, clause, sentence, cues, donor_candidates) -> str | None:
    """The status of ``item`` in ``clause`` of ``sentence``, or None when no cue governs it."""
    if item.status_override:
        # "weighing giving 10 of the 11 MiG-29s it retired": under a hedge or a refusal the whole
        # is no pledge, only a fleet (None: no record)
        hedged = any(c.label in (*HEDGE_LABELS, "refused") for c in cues if clause[0] <= c.start < clause[1])
        if hedged:
            item.notes.append("not-stated")
            return None
        return item.status_override
    done_before = any(c.label == "delivered" and clause[0] <= c.start < item.start for c in cues)
    # ("The first 20 vehicles of the 50 promised by Canada have arrived": the part's own verb right after the whole's
    # participle)
    done_before = done_before or any(verb_after_the_whole(m.text, item, c, d) for c in cues for d in cues)
    cues = [c for c in cues if not whole_participle(item, c) and not another_nouns_relative(m, item, c)
            and not cue_of_the_count_added_to(m.text, item, c) and not promise_told_after(m, item, c)
            and not cue_of_its_first_part(m.text, item, c)
            and not (done_before and participle_of_the_whole_after(m.text, item, c))]
    if given_beside(m, item):
        return "delivered"
    predicate = gerund_subject(m, item, clause)
    if predicate == "none":
        item.notes.append("not-stated")
        return None
    if predicate is not None:
        return predicate
    cs, ce = clause
    in_clause = [c for c in cues if cs <= c.start < ce]
    if refusal_governs(m, item, in_clause) or negated_object(m, item, sentence, cues):
        return "refused"  # (or set apart by a negation: "will send 10 Marders, but not the Taurus missiles")
    if hedge_governs(m, item, clause, in_clause, cues):
        return "considering"
    if item.kind == "money" and any(c.label == "funded" for c in in_clause):
        return "funded"
    if promised_again(m, item):
        return "pledged"  # "gave DKK 4 billion last year and promises to match that this year"
    if cost_of_the_purchase(m, item, clause):
        return "funded"  # "Canada will buy a NASAMS battery for Ukraine. The purchase will cost about $406 million."
    valued = status_of_the_valued(m, item, clause, lambda c: weak_cue(m, c))
    if valued is not None:
        return valued  # "... decided to donate 12 tanks. The value of the donated equipment is EUR 60 million"
    if delivered_state(m, item):
        return "delivered"
    pool = cue_pool(m, item, clause, sentence, cues, in_clause, donor_candidates)
    if not pool and refused_after(m, item, clause, sentence):
        return "refused"  # "Japan has not sent lethal weapons and will not do so"
    if not pool:
        return None
    strong = [c for c in pool if not weak_cue(m, c)]
    if not strong and _INSTRUMENT.search(m.text, max(cs, item.start - 40), item.start):
        # "shot down the drone with a Patriot system provided by Germany": the tool of another act,
        # described by its origin, is no aid fact (README rule 11)
        item.notes.append("not-stated")
        return None
    if not strong:
        # "weapons supplied to Kyiv by Berlin include 18 tanks": the participle that tells the subject's state, not
        # the verb of containing
        pool = [c for c in pool if not CONTENTS_CUE.fullmatch(c.text.strip())] or pool
    pool = strong or pool

    if any(c.end <= item.start for c in pool):
        # "has given Ukraine all its Caesar guns and promised F-16s": a verb after the item that has an object
        # of its own governs that object; the item keeps the verb before it
        pool = [c for c in pool if c.start < item.end or not has_own_object(m, c)] or pool
    best = min(pool, key=lambda c: cue_distance(c, item))
    best = own_entry_participle(m, item, pool, best)
    if best.label == "funded" and paid_by_at(m.text, best):
        # "12 launchers, paid for by Western partners, have arrived": the payer's participle describes the item; the
        # main verb tells its state (and ``paid_frame_names_the_donors`` gives the payer named there the funding)
        best = next((c for c in pool if c.label == "delivered" and c.start >= best.end), best)
    if best.label == "pledged" and giving_after_past(m, best, sentence, cues):
        return "delivered"  # "Norway moved early, sending 22 howitzers from its reserves": what it did then
    if best.label == "pledged" and after_giving(m.text, best):
        return "delivered"  # "is weighing more, after giving Ukraine 14 of them": a giving done before
    if best.label in ("pledged", "delivered") and giving_negated(m.text, best):
        return "refused"  # "has never been offered", "will deliver no more tanks": the giving verb negated
    if _ANY_BEFORE.search(m.text, max(cs, best.start - 24), best.start) and NOUN_CUE.fullmatch(best.text):
        # "any delivery of Tomahawk missiles would be an escalation": a warning about what has not happened
        item.notes.append("not-stated")
        return None
    if best.label == "funded" and item.kind != "money" and not pays_for_items(best):
        return "pledged"  # items allocated or set aside for Ukraine are pledged; funded when paid for
    if best.label == "pledged" and item.kind != "money" and paid_by_in(m.text, item.end, ce):
        return "funded"  # "will supply 10,000 rounds to Ukraine, paid for by Denmark": the payer funds them
    if best.label == "pledged" and _THANKED.fullmatch(best.text) and any(
            c.label == "delivered" and c.start >= item.end for c in in_clause):
        return "delivered"  # "thanked Vilnius for the launchers it delivered last week": the thanks tell no state
    if best.label == "pledged" and announces_arrival(m.text, best) and best.end < item.start:
        return "delivered"  # "announced the arrival of the first HIMARS": what is announced has arrived
    if best.label == "delivered" and item.kind != "money" and paid_frame_names_the_donors(m, cs, ce):
        return "funded"  # "With Norwegian funding, 20 Skynex were delivered": the payer funds what others supply
    if best.label == "delivered" and (delivery_delayed(m.text, clause) or whole_of_a_first_part(m.text, item)):
        # "Belgium's delivery of F-16s has been delayed": promised, not yet there; "the first of 31 Abrams tanks
        # arrived": the 31 are the commitment a first part of which arrived
        return "pledged"
    if money_into_pool(m, item, clause, best.label) or sum_moved(m, item, best.label):
        return "funded"
    return best.label


# "Zelensky thanked Canada for the new C$500 million package": the amount thanked for is the donor's
_THANKED = re.compile(r"\bthank(?:s|ed|ing)?\s+(?:\S+\s+){1,4}?for\b|\bgrateful\s+to\b|\bgratitude\s+to\b", re.I)
# the amount a supposed share or plan would come to: "Italy's share would be roughly €4bn", "could total €3bn"
_WOULD_BE = re.compile(r"\b(?:would|could|might)\s+(?:be|total|amount\s+to|come\s+to|reach)\s+"
                       r"(?:(?:roughly|about|around|some|nearly|almost|up\s+to|as\s+much\s+as|at\s+least)\s+)?$", re.I)
# reported speech: "he said that Germany's support would total about 4 billion euros" (a future told, a pledge)
_SAID_THAT = re.compile(r"\b(?:said|says|announced|stated|told\s+[\w\s]{1,30}?|confirmed|added|promised|pledged|"
                        r"wrote|declared)\b(?:\s+on\s+\w+)?(?:\s+that)?\s+[^.;!?]{0,60}$", re.I)
# what an item can do: "a Patriot system can strike targets 80 km away"
_CAPABILITY = re.compile(r"\b(?:can|cannot|could|is\s+able\s+to|are\s+able\s+to|capable\s+of)\b", re.I)


# "the parties to the Ukraine Fund settlement": the name of a fund or a forum the recipient is only the first word of,
# not the clause's subject (but "the Russian Defense Ministry reported ..." is the enemy's)
# "the framework for military support to Ukraine in 2026 is SEK 40 billion": the recipient as the one helped
_HELPED_BEFORE = re.compile(r"\b(?:support|aid|assistance|help)\s+(?:to|for)\s+$", re.I)
# a group's support ("Allied military support for Ukraine in 2025 totals ..."): no donor's own line
_GROUP_HELP = re.compile(r"\b(?:Allied|allied|Western|western|[Aa]llies['’]?|[Pp]artners['’]?)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:support|aid|assistance|help)\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_NAME_PART = re.compile(r"\s+(?:[A-Z][\w-]+\s+){0,2}?(?:Fund|Facility|Compact|Initiative|Programme|Program|Coalition|"
                        r"Contact\s+Group|Conference|Summit|Recovery)\b")


def default(m: Mentions, item, clause) -> str | None:
    """The status of an item no cue governs: a counted item or an amount of money that the text
    gives a donor is told as a commitment ("Its contents: 1,000 Javelins; 15,000 rounds",
    "One more $100 million"), the most common state of aid news; the exclusions have already
    removed totals, sales, inventories and requests. An unnumbered item stays without a status,
    and so does one whose clause is about the recipient or the enemy ("Russia fired 30 missiles",
    "Ukraine said it destroyed 12 tanks")."""
    if "not-stated" in item.notes:
        return None  # "Sending 300 tanks is not the answer": what the predicate denies is no aid fact
    before = [d for d in m.inside(m.donors, clause[0], item.head_start)
              if not (_NAME_PART.match(m.text, d.end) and _THE_BEFORE.search(m.text, max(0, d.start - 5), d.start))
              and not (d.kind in m.non_donor_kinds and d.code == "UKR"
                       and _HELPED_BEFORE.search(m.text, max(0, d.start - 30), d.start)
                       and not _GROUP_HELP.search(m.text, max(clause[0], d.start - 40), d.start))]
    if before and before[0].kind in m.non_donor_kinds and not (
            item.kind == "money" and _THANKED.search(m.text, clause[0], item.start)):
        return None  # the clause is about the recipient or the enemy
    supposed = _WOULD_BE.search(m.text, max(clause[0], item.start - 40), item.start) if item.kind == "money" else None
    if supposed and not _SAID_THAT.search(m.text, max(0, supposed.start() - 80), supposed.start()):
        item.notes.append("would-be")
        return "considering"  # "France's share would be roughly €6.5bn": a figure only supposed (README rule 11)
    if _CAPABILITY.search(m.text, clause[0], clause[1]):
        return None  # "a Patriot system can strike targets 80 km away": what it can do, not aid
    if "one-by-article" in item.notes:
        return None  # "A HIMARS launcher fires near Kharkiv": an article counts, but states no giving
    if item.quantity is not None or item.kind == "money":
        asked = tally_asked(m, clause)
        if asked == "delivered" and item.kind != "money":
            item.notes.append("answers-tally")
            return "delivered"  # "How many has Oslo handed over in total? - Around 60 howitzers." (rule 5)
        if asked is not None:
            item.notes.append("answers-tally")
            return None  # "How much is left in the fund? - About $300 million.": a balance or total, no pledge
        said = which_asked(m, clause) if item.kind != "money" else None
        if said in ("delivered", "considering"):
            item.notes.append("answers-which")
            return said  # "Which countries have sent tanks? Britain (14 Challenger 2), ...": what was sent
        if quoted_count(m.text, item):
            return None  # 'a note puts the order at "around 20" vehicles': a figure quoted, no giving told
        item.notes.append("no-cue")
        return "pledged"
    return None


# a relative clause after the item (", which had been announced") and a count after "all"/"the"
_RELATIVE = re.compile(r"(?:\s+[\w-]+){0,3}?\s*,?\s*(?:which|that)\b")
_COUNT_BEFORE = re.compile(r"\b(?:all|the)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                           r"twelve)\s+$", re.I)


def relative_statuses(m: Mentions, item, clause, cues, status) -> list[str]:
    """'the $300 million package, which had been announced in March and was delivered this
    month': a relative clause stating two steps gives a record for each; so does a policy of refusal that could be
    reviewed ("Tokyo could review its ban on lethal aid": the ban stands, its review is weighed)."""
    cs, ce = clause
    if item.status_override:
        return []  # the whole of a part ("8 of the 12 promised"): its own state only
    if status == "considering" and any(cs <= c.start < item.start and c.label == "considering"
                                       and POLICY_REVIEWED.search(c.text) for c in cues):
        return ["refused"]  # "could review its ban on lethal aid if ...": the ban stands, and its review is weighed
    if status == "pledged" and kept_in_sentence(m, item):
        return ["delivered"]  # "Germany promised three of its MARS II and delivered them by August"
    if status == "pledged" and item.quantity is not None:
        # "Portugal had sent all three promised Leopard tanks": the promise the participle names, and the
        # delivery the clause's verb tells
        named = [c for c in cues if cs <= c.start < item.head_start and c.label == "pledged"
                 and PARTICIPLE.fullmatch(c.text) and _COUNT_BEFORE.search(m.text, max(cs, c.start - 16), c.start)]
        if named and any(c.label == "delivered" and c.end <= named[-1].start and not weak_cue(m, c)
                         for c in cues if cs <= c.start):
            return ["delivered"]
    rel = _RELATIVE.match(m.text[item.end:ce])
    if not rel:
        return []
    labels = [c.label for c in cues if item.end + rel.end() <= c.start < ce and c.label in ("pledged", "delivered")]
    if (status == "pledged" or status == "funded" and "," in rel.group()) and item.quantity is not None \
            and set(labels) == {"delivered"}:
        # "Finland promised 10 Patria vehicles, which have already arrived", "Oslo paid for 40 trucks, which
        # were shipped in May": both steps (a bought item's clause set off by its comma: "16 guns which Kyiv
        # receives are paid for by Oslo" tells the payment only)
        return ["delivered"]
    return [lab for lab in dict.fromkeys(labels) if lab != status] if len(set(labels)) > 1 else []
