"""Refusals: does a refusal in the item's clause speak of the item (not of more of it, of another donor's
giving, or as the answer to a nearer hedge), does the clause after refuse it with an elided object ("... and
will not do so"), and is the giving verb itself negated ("has never been offered", "will deliver no more")?
``status.decide`` asks here; a refusal told away from the verb of giving is ``negated.py``.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.status_nearest import cue_distance
from aidledger.extractor.status_weak_cues import weak_cue
from aidledger.extractor.status_words import BREAK, HEDGE_LABELS
from aidledger.mentions.cues import compiled

_NEVER = re.compile(r"\bnever\b", re.I)
_NO_MORE = compiled(r"\s+no\s+(?!(?:more\s+|further\s+)?(?:DETAILS|(?:comment|fewer|less|later|sooner|earlier|"
                    r"longer|than|doubt|matter)\b))(?=(?:more\s+|further\s+)?\w)")


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
_SECOND_PREDICATE = re.compile(r"\s(?:and|but)\s+(?:(?:it|they|he|she|we)\s+)?(?:(?:now|since|also|still)\s+)?"
                               r"(?:has|have|had|is|are|was|were|will|"
                               r"would|can|cannot|do|does|did|says?|said)\b", re.I)


def _other_donor_between(m: Mentions, item, brk: int, start: int, end: int) -> bool:
    """Is a donor other than those named in the item's clause before the break at ``brk`` the subject of
    [start, end) (past that break)? ("Asked whether Denmark would send jets, Copenhagen said no", "requested
    launchers from Norway, a request Oslo has rejected": the same donor)"""
    cs = m.clause_of(*m.sentences[m.sentence_index(item.start)], item.head_start)[0]
    before = {d.code for d in m.inside(m.donors, cs, brk) if d.kind not in m.non_donor_kinds}
    return bool(before) and any(d.kind not in m.non_donor_kinds and d.kind != "reference" and d.code not in before
                                for d in m.inside(m.donors, start, end))


def refusal_governs(m: Mentions, item, in_clause) -> bool:
    """Does a refusal among the clause's cues ``in_clause`` speak of ``item``?"""
    refusals = [c for c in in_clause if c.label == "refused"]
    return bool(refusals) and not _refusal_elsewhere(m, item, refusals, in_clause)


def refused_after(m: Mentions, item, clause, sentence) -> bool:
    """Does the clause after ``item``'s own (which tells no state of it) refuse the giving it names, with an
    elided object ("Japan has not sent lethal weapons and will not do so", "... but it will not do so", "... and
    does not intend to start")?"""
    ce, se = clause[1], sentence[1]
    if ce >= se or not _AND_BUT.match(m.text, ce):
        return False
    nxt = m.clause_of(*sentence, ce + 1) if ce + 1 < se else (ce, se)
    refusals = [c for c in m.inside(m.status_cues, nxt[0], nxt[1]) if c.label == "refused"]
    if any(_DO_SO.search(c.text) for c in refusals):
        return True
    # "Norway's remaining NASAMS launchers will stay at home and will not be sent to Kyiv": the item is the subject of
    # both predicates, the second of which refuses it
    return bool(refusals) and _SUBJECT_BEFORE.fullmatch(m.text, clause[0], item.start) is not None and \
        _SECOND_VERB.match(m.text, ce) is not None


_AND_BUT = re.compile(r"\s*,?\s*(?:and|but)\b", re.I)
# the item opens its clause as the subject: a few words before it, none a verb ("Norway's remaining", "The Swedish")
_SUBJECT_BEFORE = re.compile(r"\W*(?:(?!(?:is|are|was|were|will|would|has|have|had|can|could|does|do|did|said|says)\b)"
                             r"[\w'’-]+\s+){0,5}", re.I)
# a second predicate with no subject of its own: ", and will not", "but cannot", "and are not"
_SECOND_VERB = re.compile(r"\s*,?\s*(?:and|but)\s+(?:(?:also|still|so|therefore|thus|now)\s+)?"
                          r"(?:will|would|shall|can|cannot|could|must|may|is|are|was|were|has|have|had|does|do|did|"
                          r"won['’]t|can['’]t|isn['’]t|aren['’]t|wouldn['’]t|never)\b", re.I)
# (or with the giving left to be started: "... and does not intend to start", "... and will not begin now")
_DO_SO = re.compile(r"\bdo(?:ing)?\s+so\b|\b(?:start|begin)\b", re.I)


def giving_negated(text: str, cue) -> bool:
    """Is the giving verb ``cue`` itself negated ("has never been offered", "will deliver no more tanks")? (Not
    "no details", "no later than", "no doubt": no refusal.)"""
    return _NEVER.search(cue.text) is not None or _NO_MORE.match(text, cue.end) is not None
