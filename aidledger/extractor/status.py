"""Status: in what state an item is — pledged, delivered, funded, considering or refused.

This is the one place where a status is decided, from the status cues of the item's clause
(``data/status_cues.csv``): a refusal in the clause wins; then a hedge (considering); money with a
funding cue is funded; a counted item followed by "already in action" is delivered; otherwise the
cue nearest the item. A clause with a donor but no cue borrows the verb of the clause before
("Britain will send 14 tanks, and Poland 10").
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.negated import negated_object
from aidledger.extractor.partitive import (
    cue_of_the_count_added_to,
    participle_of_the_whole_after,
    whole_of_a_first_part,
)
from aidledger.extractor.vocabulary import purchase_words
from aidledger.mentions.cues import compiled

HEDGE_LABELS = ("considering",)
_CONDITION = re.compile(r"(?:pending|subject\s+to|awaiting|if|unless|provided|on\s+condition)\b", re.I)
_OPTION = re.compile(r"option|possib", re.I)
_DELAYED = re.compile(r"\b(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|pushed\s+back|held\s+up|behind\s+schedule)\b",
                      re.I)
_PAID_BY = re.compile(r"\b(?:paid\s+for|funded|financed|bought|purchased)\s+(?:\w+\s+)?by\b", re.I)
_FUND_NOUN = re.compile(r"\b(?:fund|initiative|facility|programme|program|coalition|mechanism|scheme|"
                        r"trust\s+fund)s?\b", re.I)
_INSTRUMENT = re.compile(r"\b(?:with|using|by\s+means\s+of)\s+(?:a|an|the|its|their|one|two|three|several)\s+"
                         r"(?:[\w-]+\s+){0,2}?$", re.I)
_ITEM_FUNDED = re.compile(r"pa(?:y|ys|id|ying)\s+for|fund|financ|order|procure|purchas|buy|bought|cost|bill|commission",
                          re.I)
_NOT_A_TIME = (r"(?!\s+(?:\d|early|late|mid|spring|summer|autumn|fall|winter|January|February|March|April|May|"
               r"June|July|August|September|October|November|December|the\s+(?:coming|next|spring|summer|autumn|"
               r"fall|winter)))")
DELIVERED_STATE = re.compile(r"(?:\s+\w+){0,4}?\s+(?:already\s+(?:holds?|has|have|operates?|uses?|in"
                             + _NOT_A_TIME + r")|"
                             r"that\s+are\s+already|are\s+already|now\s+in|in\s+action|(?:are|is)\s+(?:now\s+)?operational|"
                             r"in\s+service\s+(?:with|in)\s+(?:the\s+)?Ukrain|"
                             # "40 trucks from Latvia have been operating in Ukraine since May"
                             r"(?:are|is|have\s+been|has\s+been)\s+(?:now\s+|already\s+)?(?:operating|working|fighting|"
                             r"serving)\s+(?:in\s+Ukraine|at\s+the\s+front|on\s+the\s+front|on\s+the\s+battlefield)|"
                             # "8 Skynex systems have been in operation since the autumn", "are now in use at the front"
                             r"(?:are|is|have\s+been|has\s+been)\s+(?:now\s+|already\s+)?(?:in\s+(?:operation|use|combat)|"
                             r"on\s+combat\s+duty|(?:now|already)\s+(?:at\s+the\s+front|on\s+the\s+(?:front(?:\s+line)?|"
                             r"battlefield)|with\s+(?:the\s+)?(?:Ukrainian\s+|\d+(?:st|nd|rd|th)\s+)))"
                             r"(?!\s+(?:in|with|at)\s+(?:the\s+)?(?!Ukrain)(?-i:[A-Z])))",
                             re.I)
_CAPABILITY = re.compile(r"\b(?:can|cannot|could|is\s+able\s+to|are\s+able\s+to|capable\s+of)\b", re.I)
_RELATIVE = re.compile(r"(?:\s+[\w-]+){0,3}?\s*,?\s*(?:which|that)\b")


_NOUN_CUE = re.compile(r"(?:pledges?|promises?|commitments?|donations?|"
                       r"(?:aid|support|assistance|donation)\s+packages?|deliver(?:y|ies)\s+of|hand-?over\s+of|"
                       r"(?:supply|supplies|transfer|provision)\s+of|arrival|receipt\s+of)",
                       re.I)
CONTENTS_CUE = re.compile(r"(?:contain|include|comprise|compris|consist)(?:s|es|ed|ing)?", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|to|'ll|is\s+going\s+to|are\s+going\s+to)\s+$", re.I)
_BY = re.compile(r"\s+by\b", re.I)
_AFTER_COLON = re.compile(r":\s*$")
_NEVER = re.compile(r"\bnever\b", re.I)
_NO_MORE = compiled(r"\s+no\s+(?!(?:more\s+|further\s+)?(?:DETAILS|(?:comment|fewer|less|later|sooner|earlier|"
                    r"longer|than|doubt|matter)\b))(?=(?:more\s+|further\s+)?\w)")
_ANY_BEFORE = re.compile(r"\b(?:any|every)\s+(?:(?:future|possible|potential|further|new|such)\s+)?$", re.I)
_PARTICIPLE = re.compile(r"[A-Za-z]+ed", re.I)
# "tanks supplied by", "F-16s promised by", "HIMARS committed", "F-16 aircraft promised by"
_NOUN_END = re.compile(r"(?:[a-z\d]s|aircraft|equipment|ammunition|materiel|hardware|artillery)\s$", re.I)
_SUBJECT_GOES_ON = re.compile(r"[^,;:.]{0,60}?\s(?:will|would|are|is|were|was|have|has|had|arrived|reached)\b")
# a reporting frame between commas: ", the defence ministry announced on Friday,"
_REPORTING_FRAME = re.compile(r",\s+(?:[\w'’.-]+\s+){1,5}$")
_FRAME_END = re.compile(r"(?<=announced)(?:\s+(?:on|this|last|in)\s+[\w-]+)?\s*,", re.I)
_ADVERB_BEFORE = re.compile(
    r"(?<=\w)\s+(?:(?:previously|earlier|already|originally|once|initially|recently|formerly)\s+)+$", re.I)
_AUXILIARY_END = re.compile(r"\b(?:has|have|had|is|are|was|were|be|been|being|will|would|it|they|we|he|she|[A-Z]\w*)$")
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:for|of|with|to|on|the|its|their)\s+$", re.I)
_PLURAL_AFTER = re.compile(r"\s+[a-z][a-z-]+s\b")
_COUNT_BEFORE = re.compile(r"\b(?:all|the)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                           r"twelve)\s+$", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|these|those|our|his|her|all\s+the)\s+$", re.I)
_NOUN_SUBJECT_END = re.compile(r"[a-z]s\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s$")  # "tanks the US promised"
_OBJECT_RELATIVE = re.compile(r"(?:\ws|\b[A-Z]{3,}|\b[A-Z]+-\d+)\s+(?:that\s+|which\s+)?(?:it|they|he|she|we|you)\s+"
                              r"(?:had\s+|has\s+|have\s+)?$")  # ("the NASAMS it pledged")
# a relative clause or an aside between commas: "Spain, which ...", "South Korea, under pressure from Washington,"
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whose|where|under|amid|despite|unlike|like|after\s+(?:talks|a\s+call|"
                            r"meeting)|at\s+the\s+(?:request|urging)\s+of)\b[^,]*$")
_ARRIVAL_OF = re.compile(r"\s+(?:the\s+|its\s+)?(?:arrival|receipt)\s+(?:in\s+Ukraine\s+)?of\b", re.I)
BREAK = re.compile(r"[,;:—–]")
# the gerund opens the clause, or follows a speaker's frame ("Germany says delivering Taurus is ...")
_GERUND_START = (r"[\s\"“‘'•*–-]*(?:[^,;:.\"“]{1,60}?\b(?:says?|said|argues?|argued|believes?|insists?|insisted|"
                 r"stresse[sd]|adds?|added)\s+(?:that\s+)?)?(?:GIVING)\b")
_NOT_AN_OPTION = re.compile(r"\b(?:no|not\s+an?)\s+option\b|\bnot\s+(?:\w+\s+)?(?:possible|feasible|conceivable)\b|"
                            r"\bimpossible\b", re.I)
_POSSIBLE = re.compile(r"\b(?:possible|conceivable|an?\s+option|on\s+the\s+table)\b", re.I)
_NEGATED = re.compile(r"\b(?:is|was|are|were|would\s+be|will\s+be)\s*(?:not\b|n[’']t\b)", re.I)


def gerund_subject(m: Mentions, item, clause) -> str | None:
    """The status of an item named in a clause whose subject is a giving gerund ("Sending Gripen
    jets to Ukraine is an option", "Supplying ATACMS is not the right step now"): what the
    predicate says of it. ``considering`` for a hedge, ``refused`` for a refusal ("... is not an
    option"), ``"none"`` for a
    negated predicate (no aid fact is stated), None when the predicate says neither (the cues decide)."""
    cs, ce = clause
    start = compiled(_GERUND_START).match(m.text, cs)
    if start is None or item.start < start.end():
        return None
    after = m.inside(m.status_cues, item.end, ce)
    if any(c.label == "refused" for c in after) or _NOT_AN_OPTION.search(m.text, item.end, ce):
        return "refused"  # "Sending jets is not an option": an explicit refusal
    if any(c.label in HEDGE_LABELS for c in after) or _POSSIBLE.search(m.text, item.end, ce):
        return "considering"
    if _NEGATED.search(m.text, item.end, ce):
        return "none"
    return None


_SUPERLATIVE = re.compile(r"\b(?:the|its|their|his|her|our|[A-Z][\w.-]*['’]s)\s+(?:\w+\s+)?(?:largest|biggest|greatest|"
                          r"most\s+(?:significant|substantial|powerful|expensive))\b[^,.;:]{0,80}$", re.I)


def after_superlative(text: str, position: int) -> bool:
    """Is ``position`` inside a superlative's relative clause ("the largest package (that) Canada
    has ever given", "its biggest contribution so far")?"""
    return _SUPERLATIVE.search(text, max(0, position - 100), position) is not None


def weak_cue(m: Mentions, cue) -> bool:
    """A cue that names the act without stating it: a noun ("a donation from Denmark"), a verb of
    contents ("a batch which includes M577s") or a past participle that modifies a noun ("tanks
    supplied by Germany"). The clause's verb, when it has one, decides ("... had reached Ukraine",
    "... are going to reach Ukraine")."""
    word = _SOURCE_PURCHASE.match(m.text, cue.start) if cue.label == "funded" else None
    if word is not None and (to_be_bought(m.text, cue.start) or _FROM_AFTER.match(m.text, word.end())):
        return True  # "will send 2 radars, to be bought from Estonian companies": where they come from
    if CONTENTS_CUE.fullmatch(cue.text):
        return _MODAL_BEFORE.search(m.text, max(0, cue.start - 20), cue.start) is None
    if after_superlative(m.text, cue.start):
        return True  # "the largest package it has given": the comparison, not the act
    if _PARTICIPLE.fullmatch(cue.text) and _OBJECT_RELATIVE.search(m.text, max(0, cue.start - 30), cue.start):
        return True  # "has delivered all 24 F-16s it promised": a relative clause, the main verb decides
    if _PARTICIPLE.fullmatch(cue.text) and _DETERMINER_BEFORE.search(m.text, max(0, cue.start - 12), cue.start):
        return True  # "has received the promised 14 tanks": a participle before its noun describes it
    if _REPORTING_FRAME.search(m.text, max(0, cue.start - 50), cue.start) and _FRAME_END.match(m.text, cue.end):
        return True  # "Lithuania handed Ukraine a batch, the ministry announced on Friday, including ...": a report
    if _PARTICIPLE.fullmatch(cue.text):
        # "18 howitzers of the same type previously promised to Kiev have been handed over": an adverb
        # between the noun and its participle
        adverbs = _ADVERB_BEFORE.search(m.text, max(0, cue.start - 40), cue.start)
        if adverbs and not _AUXILIARY_END.search(m.text, max(0, adverbs.start() - 12), adverbs.start()) \
                and _SUBJECT_GOES_ON.match(m.text, cue.end):
            return True
    if _ATTRIBUTIVE_BEFORE.search(m.text, max(0, cue.start - 6), cue.start) and _PLURAL_AFTER.match(m.text, cue.end) \
            and cue.text.lower().startswith("already "):
        return True  # "ammunition for already donated systems": the participle describes another noun
    if _PARTICIPLE.fullmatch(cue.text) and _aside_before_the_verb(m, cue):
        return True  # "its third Patriot system, announced in April, is already in Ukraine": an aside on the noun
    if _PARTICIPLE.fullmatch(cue.text) and (_NEXT_ENTRY.match(m.text, cue.end)
                                            or _ENTRY_BEFORE.search(m.text, max(0, cue.start - 80), cue.start)):
        return False  # "+2 Patriot launchers pledged, 10 more Leopard 1A5 delivered": each entry's own predicate
    if _PARTICIPLE.fullmatch(cue.text) and ((_NOUN_END.search(m.text, max(0, cue.start - 10), cue.start)
                                             and _item_ends_before(m, cue.start))
                                            or (_NOUN_SUBJECT_END.search(m.text, max(0, cue.start - 40), cue.start)
                                                and _SUBJECT_GOES_ON.match(m.text, cue.end))):
        return True  # "2 NASAMS launchers purchased with Norway": a participle that modifies the noun
    return _NOUN_CUE.fullmatch(cue.text) is not None or (
        cue.label == "delivered" and _BY.match(m.text, cue.end) is not None and " " not in cue.text.strip())


def _item_ends_before(m: Mentions, position: int) -> bool:
    """Does a named system or a generic item end just before ``position`` ("howitzers promised")?
    A subject that is no item ("Ukraine's forces received") is followed by its verb, not a participle."""
    return any(x.end >= position - 2 or _CLASS_NOUN_GAP.fullmatch(m.text, x.end, position)
               for x in (*m.inside(m.systems, max(0, position - 40), position),
                         *m.inside(m.generics, max(0, position - 40), position)))


_SOURCE_PURCHASE = re.compile(rf"(?:{purchase_words('past')})\b", re.I)  # data/purchase_verbs.csv
_SOURCED_BEFORE = re.compile(r"\b(?:to\s+be|being|be|been)\s+$", re.I)
_FROM_AFTER = re.compile(r"\s+from\b", re.I)
_COMMA_END = re.compile(r",\s*$")
_ASIDE_CLOSES = re.compile(r"[^,.;:!?]{0,40},\s+")
# a telegraphic list: a participle, then the next entry with its count ("64 missiles pledged, 10 more tanks ...")
_ENTRY_BEFORE = re.compile(r"\w[,;]\s+(?:and\s+)?(?:\+\s?\d|\d|another\b|a\s+further\b)[^,;.]{0,60}\s$")
_NEXT_ENTRY = re.compile(r"\s*[,;]\s+(?:and\s+)?(?:\+\s?\d|\d|another\b|a\s+further\b)")
_CLASS_NOUN_GAP = re.compile(r"\s+[a-z]+\s")  # "F-16 aircraft promised by": the system and its class noun


def to_be_bought(text: str, start: int, floor: int = 0) -> bool:
    """Does the purchase word at ``start`` follow "to be", "being" ("2 radars, to be bought from Estonian
    companies")? Then it tells where items a donor gives on are to come from, not the sentence's own act.
    (Read no further back than ``floor``.)"""
    return _SOURCED_BEFORE.search(text, max(floor, start - 10), start) is not None


def _aside_before_the_verb(m: Mentions, cue) -> bool:
    """Is participle ``cue`` an aside between commas right after an item, closed by the clause's own
    status ("its third Patriot system, announced in April, is already in Ukraine")? Without a status
    of the main verb ("14 howitzers, delivered in 2023, were the first to ...") the aside tells it."""
    comma = _COMMA_END.search(m.text, max(0, cue.start - 3), cue.start)
    closes = _ASIDE_CLOSES.match(m.text, cue.end)
    if comma is None or closes is None or not _item_ends_before(m, comma.start()):
        return False
    return any(c.start <= closes.end() + 12 for c in m.inside(m.status_cues, closes.end(), closes.end() + 40))


# "beyond the 100 vehicles already handed to Ukraine", "in addition to the 60 trucks it has delivered": a count
# given before, told beside what the sentence weighs or promises now
_BESIDE_BEFORE = re.compile(r"\b(?:beyond|besides|alongside|on\s+top\s+of|in\s+addition\s+to|adding\s+to|added\s+to)\s+"
                            r"(?:the|its|their)\s+(?:about\s+|some\s+|over\s+|more\s+than\s+)?$", re.I)
_GIVEN_AFTER = compiled(r"\s+(?:(?:that|which)\s+)?(?:(?:it|they|we|(?-i:[A-Z][\w.-]*))\s+)?"
                        r"(?:(?:has|have|had)\s+(?:already\s+)?|already\s+)(?:GIVEN)\b")


def given_beside(m: Mentions, item) -> bool:
    """Is the counted ``item`` what a donor has already given, told beside the sentence's new act ("Tokyo is
    weighing more trucks, beyond the 100 vehicles already handed to Ukraine")? Then it is a delivery, whatever
    the main verb says of the rest."""
    return item.quantity is not None and item.kind != "money" and \
        _BESIDE_BEFORE.search(m.text, max(0, item.start - 40), item.start) is not None and \
        _GIVEN_AFTER.match(m.text, item.head_end) is not None


def delivered_state(m: Mentions, item) -> bool:
    """'19 howitzers already in action': a counted item said to be in use in Ukraine."""
    return item.quantity is not None and DELIVERED_STATE.match(m.text, item.head_end, item.head_end + 60) is not None


def own_entry_participle(m: Mentions, item, pool, best):
    """"90 T-72 tanks delivered, 50 BMP-1 vehicles pledged": in a telegraphic list each entry has its own
    participle; a participle right after the item (its class noun between at most) tells it, not the cue
    of the entry before, across a comma. ``best`` when there is no such participle."""
    if best.end > item.start or not BREAK.search(m.text, best.end, item.start):
        return best
    return next((c for c in pool if c.start >= item.end and _PARTICIPLE.fullmatch(c.text)
                 and _ENTRY_GAP.fullmatch(m.text, item.end, c.start)), best)


_ENTRY_GAP = re.compile(r"\s*(?:[a-z-]+\s+)?\(?\s*")  # "BMP-1 vehicles pledged", "T-72 tanks (delivered)"


def _has_own_object(m: Mentions, c) -> bool:
    """Does a named system, a generic item or an amount follow cue ``c`` as its object ("and promised
    F-16s", "and pledged 10 more tanks")?"""
    gap = _OBJECT_GAP.match(m.text, c.end)
    start = gap.end() if gap else c.end
    return any(lst and m.starting(lst, start, start + 1) for lst in (m.systems, m.generics, m.money, m.numbers))


_OBJECT_GAP = re.compile(r"\s+(?:(?:to\s+)?Ukraine\s+|Kyiv\s+|Kiev\s+)?(?:(?:the|its|their|a|an|another|further|more|"
                         r"additional|new|some|all|about|up\s+to|over|nearly)\s+)*")


def cue_distance(c, item) -> int:
    """Characters between cue ``c`` and ``item`` (0 when they overlap)."""
    if c.end <= item.start:
        return item.start - c.end
    if c.start >= item.end:
        return c.start - item.end
    return 0


def _refusal_elsewhere(m: Mentions, item, refusals, in_clause) -> bool:
    """"Having promised to send Abrams tanks, he said the US will not send F-16s": the refusal is
    past a comma and a giving cue is nearer the item; it speaks of something else."""
    nearest = min(refusals, key=lambda c: cue_distance(c, item))
    lo, hi = (item.end, nearest.start) if nearest.start >= item.end else (nearest.end, item.start)
    if nearest.start >= item.end and _SECOND_PREDICATE.search(m.text, lo, nearest.end) and any(
            c.label in ("pledged", "delivered") and c.end <= item.start and not weak_cue(m, c) for c in in_clause):
        return True  # "has delivered three Leopard tanks and has no more to give": the refusal is of more
    brk = BREAK.search(m.text, lo, hi)
    if not brk:
        return False
    if nearest.start >= item.end and _other_donor_between(m, item, brk.start(), brk.end(), hi):
        return True  # "Denmark weighs sending F-16s, Netherlands says no to more Patriots": another donor's refusal
    # a nearer hedge is the question the refusal answers ("Asked whether it would send jets, he said no")
    return any(c.label != "refused" and c.label not in HEDGE_LABELS and not weak_cue(m, c)
               and cue_distance(c, item) < cue_distance(nearest, item) for c in in_clause)


# a second predicate of the subject after the item: "... and has no more", "... but will not send more"
_SECOND_PREDICATE = re.compile(r"\s(?:and|but)\s+(?:(?:it|they|he|she|we)\s+)?(?:has|have|had|is|are|was|were|will|"
                               r"would|can|cannot|do|does|did|says?|said)\b", re.I)


def _other_donor_between(m: Mentions, item, brk: int, start: int, end: int) -> bool:
    """Is a donor other than those named in the item's clause before the break at ``brk`` the subject of
    [start, end) (past that break)? ("Asked whether Denmark would send jets, Copenhagen said no", "requested
    launchers from Norway, a request Oslo has rejected": the same donor)"""
    cs = m.clause_of(*m.sentences[m.sentence_index(item.start)], item.head_start)[0]
    before = {d.code for d in m.inside(m.donors, cs, brk) if d.kind not in m.non_donor_kinds}
    return bool(before) and any(d.kind not in m.non_donor_kinds and d.kind != "reference" and d.code not in before
                                for d in m.inside(m.donors, start, end))


def _fronted_without(text: str, cue, item) -> bool:
    """Is ``cue`` a phrase with 'without' closed by a comma before ``item`` ("Without ruling out jets, Oslo
    will send 4 launchers"): it weighs what it names, not the item of the main clause?"""
    return cue.text[:7].lower() == "without" and "," in text[cue.end:item.head_start]


def relative_aside(text: str, span, item) -> bool:
    """Is ``span`` (a cue, a donor name) inside a relative clause between commas that closes before the
    item ("Spain, which had said it could send up to 10, sent six"; "Sweden, which joined NATO this
    year, is weighing ...")?"""
    if span.end > item.head_start:
        return False
    opening = _RELATIVE_OPEN.search(text, max(0, span.start - 60), span.start)
    return opening is not None and "," in text[span.end:item.head_start]


def refusal_governs(m: Mentions, item, in_clause) -> bool:
    """Does a refusal among the clause's cues ``in_clause`` speak of ``item``?"""
    refusals = [c for c in in_clause if c.label == "refused"]
    return bool(refusals) and not _refusal_elsewhere(m, item, refusals, in_clause)


def whole_participle(item, cue) -> bool:
    """Is ``cue`` the participle of the whole a part is counted against ("transferred 8 of the 12 promised
    howitzers": "promised" tells the 12, the part has the clause's verb)?"""
    return "part-of-total" in item.notes and item.start < cue.start < item.head_start and \
        cue.label == "pledged" and _PARTICIPLE.fullmatch(cue.text) is not None


def _refused_after(m: Mentions, item, clause, sentence) -> bool:
    """Does the clause after ``item``'s own (which tells no state of it) refuse the giving it names, with an
    elided object ("Japan has not sent lethal weapons and will not do so", "... but it will not do so")?"""
    ce, se = clause[1], sentence[1]
    if ce >= se or not _AND_BUT.match(m.text, ce):
        return False
    nxt = m.clause_of(*sentence, ce + 1) if ce + 1 < se else (ce, se)
    return any(c.label == "refused" and _DO_SO.search(c.text) for c in m.inside(m.status_cues, nxt[0], nxt[1]))


_AND_BUT = re.compile(r"\s*,?\s*(?:and|but)\b", re.I)
_DO_SO = re.compile(r"\bdo(?:ing)?\s+so\b", re.I)


def _given_before_between(m: Mentions, hedge, item, in_clause) -> bool:
    """Is there, between the hedge and ``item``, a giving told as done before ("is thinking about sending more
    helicopters, having already given Ukraine 14 of them", "..., after handing over two")? That giving, not the
    hedge, tells the item's state."""
    return any(c.label in ("delivered", "pledged") and hedge.end <= c.start and c.end <= item.start
               and _HAVING_BEFORE.search(m.text, max(0, c.start - 30), c.start) for c in in_clause)


_AFTER_DONE = re.compile(r"(?:,\s*|\b)after\s+(?:(?:already|previously|earlier|also)\s+)?$", re.I)
_HAVING_BEFORE = re.compile(r"(?:,\s*|\b)(?:having|after)\s+(?:(?:already|previously|earlier|also)\s+)?$", re.I)


def another_nouns_relative(m: Mentions, item, cue) -> bool:
    """Is ``cue`` the verb of an object relative clause with a donor as its subject ("spare parts for the Gepard guns
    Germany sent last year", "the 20 tanks Madrid delivered in 2023") that describes a noun other than
    ``item``? It tells the state of that noun only."""
    if cue.label not in ("pledged", "delivered") or cue.start <= item.end:
        return False
    donors = m.inside(m.donors, max(0, cue.start - 30), cue.start)
    if not donors or _DONOR_RELATIVE_GAP.fullmatch(m.text, donors[-1].end, cue.start) is None:
        return False
    noun_end = donors[-1].start - 1
    if _PLURAL_NOUN_END.search(m.text, max(0, noun_end - 20), noun_end + 1) is None or \
            not _item_ends_before(m, noun_end):
        return False
    return not (item.end >= noun_end - 1 or _CLASS_NOUN_GAP.fullmatch(m.text, item.end, noun_end + 1))


# between a donor and the verb of its relative clause: nothing, or an auxiliary and an adverb ("Italy had handed over")
_DONOR_RELATIVE_GAP = re.compile(r"\s+(?:(?:had|has|have|already|previously|earlier|once)\s+){0,2}")
_PLURAL_NOUN_END = re.compile(r"(?:[a-z\d]s|aircraft|equipment|ammunition|artillery)\s$", re.I)


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
    cues = [c for c in cues if not whole_participle(item, c) and not another_nouns_relative(m, item, c)
            and not cue_of_the_count_added_to(m.text, item, c)
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
    hedges = [c for c in in_clause if c.label in HEDGE_LABELS and c.start < item.end
              and not relative_aside(m.text, c, item) and not _fronted_without(m.text, c, item)
              and not _given_before_between(m, c, item, in_clause)]
    if not hedges:
        # "will send 12 launchers, pending a parliamentary vote": a condition after the item holds it back too
        hedges = [c for c in in_clause if c.label in HEDGE_LABELS and c.start >= item.end and _CONDITION.match(c.text)]
    if not hedges and proposal_subject(m, item, clause):
        # "a request to send more ATACMS was still being reviewed": the hedge after the item weighs the proposal
        hedges = [c for c in in_clause if c.label in HEDGE_LABELS and c.start >= item.end]
    if not hedges:
        # an "option" stated earlier in the sentence covers what follows it
        hedges = [c for c in cues if c.label in HEDGE_LABELS and c.start < item.start and _OPTION.search(c.text)]
    if hedges:
        return "considering"
    if item.kind == "money" and any(c.label == "funded" for c in in_clause):
        return "funded"
    if delivered_state(m, item):
        return "delivered"
    pool = in_clause
    if pool and sentence[0] < cs and all(c.start >= item.end and c.label in HEDGE_LABELS for c in pool) and \
            any(cs <= d.start < item.head_start for d in donor_candidates(cs, ce)):
        # "..., and Spain six Leopards, with Madrid saying it could add more": the hedge after the count of an
        # ellipsis weighs another figure; the count has the verb of the clause before
        pool = []
    after_colon = _AFTER_COLON.search(m.text, max(0, cs - 3), cs + 1) is not None or \
        _list_goes_on(m, cues, sentence, cs)
    if not pool and (after_colon or any(cs <= d.start < ce for d in donor_candidates(cs, ce))
                     or object_goes_on(m, item, cs)):
        # ellipsis: "Britain will send 14 tanks, and Poland 10" — the verb of the clause before; a list after
        # a colon: "Received from Latvia: 2 Stinger systems, 4 mortars" — the verb that introduces it
        pool = [c for c in cues if sentence[0] <= c.start < cs]
    if not pool and _refused_after(m, item, clause, sentence):
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
        pool = [c for c in pool if c.start < item.end or not _has_own_object(m, c)] or pool
    best = min(pool, key=lambda c: cue_distance(c, item))
    best = own_entry_participle(m, item, pool, best)
    if best.label == "funded" and _PAID_BY.match(m.text, best.start):
        # "12 launchers, paid for by Western partners, have arrived": the payer's participle describes the item; the
        # main verb tells its state (and ``_paid_frame_names_the_donors`` gives the payer named there the funding)
        best = next((c for c in pool if c.label == "delivered" and c.start >= best.end), best)
    if best.label == "pledged" and giving_after_past(m, best, sentence, cues):
        return "delivered"  # "Norway moved early, sending 22 howitzers from its reserves": what it did then
    if best.label == "pledged" and best.text.strip().lower().endswith("ing") and \
            _AFTER_DONE.search(m.text, max(0, best.start - 24), best.start):
        return "delivered"  # "is weighing more, after giving Ukraine 14 of them": a giving done before
    if best.label in ("pledged", "delivered") and (_NEVER.search(best.text) or _NO_MORE.match(m.text, best.end)):
        return "refused"  # "has never been offered", "will deliver no more tanks": the giving verb negated
    if _ANY_BEFORE.search(m.text, max(cs, best.start - 24), best.start) and _NOUN_CUE.fullmatch(best.text):
        # "any delivery of Tomahawk missiles would be an escalation": a warning about what has not happened
        item.notes.append("not-stated")
        return None
    if best.label == "funded" and item.kind != "money" and not _ITEM_FUNDED.search(best.text):
        return "pledged"  # items allocated or set aside for Ukraine are pledged; funded when paid for
    if best.label == "pledged" and item.kind != "money" and _PAID_BY.search(m.text, item.end, ce):
        return "funded"  # "will supply 10,000 rounds to Ukraine, paid for by Denmark": the payer funds them
    if best.label == "pledged" and _THANKED.fullmatch(best.text) and any(
            c.label == "delivered" and c.start >= item.end for c in in_clause):
        return "delivered"  # "thanked Vilnius for the launchers it delivered last week": the thanks tell no state
    if best.label == "pledged" and _ARRIVAL_OF.match(m.text, best.end) and best.end < item.start:
        return "delivered"  # "announced the arrival of the first HIMARS": what is announced has arrived
    if best.label == "delivered" and item.kind != "money" and _paid_frame_names_the_donors(m, cs, ce):
        return "funded"  # "With Norwegian funding, 20 Skynex were delivered": the payer funds what others supply
    if best.label == "delivered" and (_DELAYED.search(m.text, cs, ce) or whole_of_a_first_part(m.text, item)):
        # "Belgium's delivery of F-16s has been delayed": promised, not yet there; "the first of 31 Abrams tanks
        # arrived": the 31 are the commitment a first part of which arrived
        return "pledged"
    if money_into_pool(m, item, clause, best.label):
        return "funded"
    return best.label


# the item's clause opens with a proposal to give it: "Kyiv's request to send more ATACMS", "a plan to supply tanks"
_PROPOSAL_TO = compiled(r"\b(?:a|an|the|this|that|its|their|his|her|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:plan|proposal|request|idea|offer|bid|suggestion)\s+(?:\w+\s+){0,4}?to\s+(?:GIVE)\s+"
                        r"[^,;:]*$")


# the item's clause opens with the giving itself as a noun: "the idea of sending Tomahawks", "the handover of S-300s"
_GIVING_SUBJECT = compiled(r"\b(?:(?:a|an|the|this|that|any|its|their|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?P<head>(?:idea|question|issue|matter|possibility|prospect|option|proposal|plan)\s+of\s+(?:GIVING)|"
                           r"(?:transfer|delivery|deliveries|handover|hand-over|supply|supplies|provision|transmission|"
                           r"shipment)s?\s+of)\s+[^,;:]*$")


def proposal_subject(m: Mentions, item, clause) -> bool:
    """Is ``item`` the object of a proposal to give it that heads its clause ("A further request to send more
    Gripen jets is still being examined"), or of the giving itself told as a noun that heads it ("The idea of
    sending more Archers remains on the table", "the handover of S-300 systems is under consideration")?
    Then a hedge after the item is said of the proposal. (Not a noun a verb before governs: "Oslo completed
    the transfer of tanks that had long been under discussion".)"""
    if _PROPOSAL_TO.search(m.text, max(clause[0], item.start - 100), item.start) is not None:
        return True
    noun = _GIVING_SUBJECT.search(m.text, max(clause[0], item.start - 100), item.start)
    return noun is not None and not any(c.start < noun.start("head")
                                        for c in m.inside(m.status_cues, clause[0], noun.end()))


def _paid_frame_names_the_donors(m: Mentions, cs: int, ce: int) -> bool:
    """Is every donor of clause [cs, ce) named in a frame of paying ("with Norwegian funding", "thanks to
    Swedish money", "financed by Denmark")? Then the donor paid for what was delivered, and did not supply it
    (README rule 11)."""
    frames = [(x.start(), x.end()) for x in _PAID_FRAME.finditer(m.text, cs, ce)]
    # "Ukraine received 500,000 shells, financed by Denmark and Canada": the payers named after the participle
    frames += [(x.start(), _NAMES_AFTER.match(m.text, x.end()).end()) for x in _PAID_BY.finditer(m.text, cs, ce)]
    donors = [d for d in m.inside(m.donors, cs, ce) if d.kind not in m.non_donor_kinds]
    return bool(frames and donors) and all(any(a <= d.start < b for a, b in frames) for d in donors)


# the names right after "financed by": "by Denmark, the Netherlands and Canada" (not "by a fund set up by France")
_NAMES_AFTER = re.compile(r"(?:\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*,|\s+and\b)?)*")
_PAID_FRAME = re.compile(r"\b(?:with|thanks\s+to|using)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?"
                         r"(?:funding|money|funds|financing)\b", re.I)


def _list_goes_on(m: Mentions, cues, sentence, cs: int) -> bool:
    """Does the clause at ``cs`` go on a list that a colon opened, with no cue since the colon
    ("Estonia has transferred: D-30 howitzers (24), mortar rounds, and Carl Gustaf rifles")?"""
    colon = m.text.rfind(":", sentence[0], cs)
    return colon >= 0 and not any(colon < c.start < cs for c in cues)


def money_into_pool(m: Mentions, item, clause, label: str) -> bool:
    """Is ``item`` money put into a fund, an initiative or a coalition, told as given (``label`` pledged
    or delivered)? Such money is funded (rule 11): "€10 million to the Czech initiative", "- $10 million
    for the NATO trust fund", "the facility had received €50 million from Norway"."""
    if item.kind != "money" or label not in ("pledged", "delivered"):
        return False
    return into_fund(m.text, clause) or label == "delivered" and _FUND_NOUN.search(m.text, *clause) is not None


_POOL = r"(?:initiative|coalition|fund|PURL)"
_INTO_FUND = re.compile(r"\b(?:to|into|towards?|for|via|through)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,5}?"
                        + _POOL + r"\b|\b" + _POOL
                        + r"\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|already\s+|earlier\s+|also\s+)?"
                        r"(?:received|receives|got|gets)\b", re.I)


def into_fund(text: str, clause) -> bool:
    """Money paid into a pool that buys for Ukraine ("€10 million to the Czech ammunition
    initiative", "the drone coalition received €20 million from Riga") is funded, whatever the tense."""
    return _INTO_FUND.search(text, *clause) is not None


# "Zelensky thanked Canada for the new C$500 million package": the amount thanked for is the donor's
_THANKED = re.compile(r"\bthank(?:s|ed|ing)?\s+(?:\S+\s+){1,4}?for\b|\bgrateful\s+to\b|\bgratitude\s+to\b", re.I)


# the amount a supposed share or plan would come to: "Italy's share would be roughly €4bn", "could total €3bn"
_WOULD_BE = re.compile(r"\b(?:would|could|might)\s+(?:be|total|amount\s+to|come\s+to|reach)\s+"
                       r"(?:(?:roughly|about|around|some|nearly|almost|up\s+to|as\s+much\s+as|at\s+least)\s+)?$", re.I)

# reported speech: "he said that Germany's support would total about 4 billion euros" (a future told, a pledge)
_SAID_THAT = re.compile(r"\b(?:said|says|announced|stated|told\s+[\w\s]{1,30}?|confirmed|added|promised|pledged|"
                        r"wrote|declared)\b(?:\s+on\s+\w+)?(?:\s+that)?\s+[^.;!?]{0,60}$", re.I)


def default(m: Mentions, item, clause) -> str | None:
    """The status of an item no cue governs: a counted item or an amount of money that the text
    gives a donor is told as a commitment ("Its contents: 1,000 Javelins; 15,000 rounds",
    "One more $100 million"), the most common state of aid news; the exclusions have already
    removed totals, sales, inventories and requests. An unnumbered item stays without a status,
    and so does one whose clause is about the recipient or the enemy ("Russia fired 30 missiles",
    "Ukraine said it destroyed 12 tanks")."""
    if "not-stated" in item.notes:
        return None  # "Sending 300 tanks is not the answer": what the predicate denies is no aid fact
    before = m.inside(m.donors, clause[0], item.head_start)
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
        item.notes.append("no-cue")
        return "pledged"
    return None


def _asked_before(m: Mentions, clause, question: re.Pattern[str], *, anywhere: bool = True) -> set[str] | None:
    """The status labels of the sentence just before the sentence of ``clause``, when that sentence is a
    question ``question`` finds in it (``anywhere``) or opens it; None when it is no such question."""
    idx = m.sentence_index(clause[0])
    if not idx:
        return None
    qs, qe = m.sentences[idx - 1]
    found = question.search(m.text, qs, qe) if anywhere else question.match(m.text, qs, qe)
    return None if found is None else {c.label for c in m.inside(m.status_cues, qs, qe)}


def tally_asked(m: Mentions, clause) -> str | None:
    """Is the sentence of ``clause`` the answer to a question, just before it, about a running total or a
    balance ("How many ... in total?", "How much is left?")? Then "delivered" when the question asks what
    was handed over, else "total"; None when it is no such answer."""
    said = _asked_before(m, clause, _TALLY_QUESTION)
    if said is None:
        return None
    return "delivered" if said == {"delivered"} else "total"


def which_asked(m: Mentions, clause) -> str | None:
    """Is the sentence of ``clause`` the answer to a question just before it that asks which donors gave what, or
    what a donor has given ("Which countries have sent tanks?", "What has Norway delivered so far?")? Then the
    state the question tells by its own cues, when that is one ("delivered"); None otherwise."""
    said = _asked_before(m, clause, _WHICH_QUESTION, anywhere=False)
    return next(iter(said)) if said and len(said) == 1 else None


# "Which countries have sent tanks?", "What weapons has Germany delivered?": a question about what was given
_WHICH_QUESTION = re.compile(r"\W*(?:Which|What)\b[^?.!]{0,80}\?\s*$")


# "How many has Oslo handed over in total?", "How much is left in the fund?": a question about a tally
_TALLY_QUESTION = re.compile(r"\bhow\s+(?:much|many)\b[^?]{0,120}?\b(?:left|remain(?:s|ing)?|in\s+total|so\s+far|"
                             r"to\s+date|altogether|all\s+told|overall)\b[^?]{0,60}\?", re.I)


def relative_statuses(m: Mentions, item, clause, cues, status) -> list[str]:
    """'the $300 million package, which had been announced in March and was delivered this
    month': a relative clause stating two steps gives a record for each."""
    cs, ce = clause
    if item.status_override:
        return []  # the whole of a part ("8 of the 12 promised"): its own state only
    if status == "pledged" and item.quantity is not None:
        # "Portugal had sent all three promised Leopard tanks": the promise the participle names, and the
        # delivery the clause's verb tells
        named = [c for c in cues if cs <= c.start < item.head_start and c.label == "pledged"
                 and _PARTICIPLE.fullmatch(c.text) and _COUNT_BEFORE.search(m.text, max(cs, c.start - 16), c.start)]
        if named and any(c.label == "delivered" and c.end <= named[-1].start and not weak_cue(m, c)
                         for c in cues if cs <= c.start):
            return ["delivered"]
    rel = _RELATIVE.match(m.text[item.end:ce])
    if not rel:
        return []
    labels = [c.label for c in cues if item.end + rel.end() <= c.start < ce and c.label in ("pledged", "delivered")]
    if status == "pledged" and item.quantity is not None and set(labels) == {"delivered"}:
        return ["delivered"]  # "Finland promised 10 Patria vehicles, which have already arrived": both steps
    return [lab for lab in dict.fromkeys(labels) if lab != status] if len(set(labels)) > 1 else []


# "the 14 tanks that arrived", "the Caesar guns which France delivered": a restrictive relative clause right after
# the item's name (no comma: a comma opens an aside)
_RELATIVE_RIGHT_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:that|which)\b", re.I)
_SUBJECT_OF_RELATIVE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+", re.I)  # "that [France] delivered", "which [Sweden had]"


def delivered_relative(m: Mentions, item, cues) -> bool:
    """Does a relative clause right after ``item`` tell it delivered ("Ukrainian crews are training with the 31
    Abrams tanks that arrived from the US last month")? Then what the sentence says around it (training, use,
    service) describes aid that was given."""
    rel = _RELATIVE_RIGHT_AFTER.match(m.text, item.head_end)
    return rel is not None and any(c.label == "delivered" and not _NOUN_CUE.fullmatch(c.text)
                                   and _SUBJECT_OF_RELATIVE.fullmatch(m.text, rel.end(), c.start) for c in cues)


_GIVING_WORD = re.compile(r"(?:sending|delivering|supplying|handing|donating|transferring|shipping|providing|giving)\b",
                          re.I)
_COMMA_BEFORE = re.compile(r",\s*$")
_PAST_VERB = re.compile(r"\b(?:had|was|were|did|went|led|began|became|took|gave|sent|[a-z]{3,}ed)\b")
_TIME_TO_COME = re.compile(r"[^.;,\n]{0,80}?\b(?:next|coming|soon|later|future|by\s+the\s+end)\b", re.I)
_NOT_PAST = re.compile(r"\b(?:will|would|shall|is|are|am|has|have|plans?|intends?|to|can|could|may|might)\b", re.I)


def giving_after_past(m: Mentions, cue, sentence, cues) -> bool:
    """Is ``cue`` a participle of giving after a comma, following a main clause told in the past with no status
    of its own ("Norway moved early, sending 22 howitzers", "Denmark had acted first, donating its Caesar guns")?
    Then the participle tells what the donor did then: a delivery (not "Berlin announced a package, sending ...":
    the announcement's status; not "Oslo is stepping up, sending ...": the present)."""
    if not _GIVING_WORD.match(cue.text) or not _COMMA_BEFORE.search(m.text, max(0, cue.start - 3), cue.start):
        return False
    main = m.text[sentence[0]:cue.start]
    if any(sentence[0] <= c.start < cue.start for c in cues) or _TIME_TO_COME.match(m.text, cue.end):
        return False  # another status before it; "..., sending 22 howitzers next month": a time to come
    return _PAST_VERB.search(main) is not None and _NOT_PAST.search(main) is None


# a clause that only adds an object to the verb before: ", and also 12 Piranha vehicles", ", as well as 4 radars"
_OBJECT_GOES_ON = re.compile(r"[\s,;]*(?:and|plus|as\s+well\s+as)\s+(?:also\s+|still\s+|additionally\s+|"
                             r"in\s+addition\s+)?", re.I)


def object_goes_on(m: Mentions, item, cs: int) -> bool:
    """Does the clause at ``cs`` only add ``item`` to the objects of the clause before ("Oslo transferred 4 boats,
    and also 12 Piranha vehicles": the verb before governs it)? True when nothing but a conjunction ("and also",
    "as well as", "plus") comes between the clause's start and the item."""
    return cs < item.start and _OBJECT_GOES_ON.fullmatch(m.text, cs, item.start) is not None
