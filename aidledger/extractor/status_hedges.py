"""Hedges: does a hedge ("is considering", "could", "an option", "pending a vote") speak of the item? One
before the item in its clause does, unless it is inside a relative aside ("Sweden, which is weighing ...,
sent 12"), a fronted "without" phrase, or a giving told as done before stands between; a condition after
the item does ("..., pending a parliamentary vote"), and so does any hedge after it when a proposal to give it
heads the clause; an "option" earlier in the sentence covers what follows it. ``status.decide`` asks here.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.status_deliveries import having_given
from aidledger.extractor.status_subjects import proposal_subject
from aidledger.extractor.status_words import HEDGE_LABELS

_CONDITION = re.compile(r"(?:pending|subject\s+to|awaiting|if|unless|provided|on\s+condition)\b", re.I)
_OPTION = re.compile(r"option|possib", re.I)
# a relative clause or an aside between commas: "Spain, which ...", "South Korea, under pressure from Washington,"
# (in the span's own sentence: "..., which is why Tokyo counts it as aid. Latvia ..." opens no aside round Latvia)
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whose|where|under|amid|despite|unlike|like|after\s+(?:talks|a\s+call|"
                            r"meeting)|at\s+the\s+(?:request|urging)\s+of)\b(?:(?![.!?][\"”’']?\s)[^,\n])*$")


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


def _given_before_between(m: Mentions, hedge, item, in_clause) -> bool:
    """Is there, between the hedge and ``item``, a giving told as done before ("is thinking about sending more
    helicopters, having already given Ukraine 14 of them", "..., after handing over two")? That giving, not the
    hedge, tells the item's state."""
    return any(c.label in ("delivered", "pledged") and hedge.end <= c.start and c.end <= item.start
               and having_given(m.text, c.start) for c in in_clause)


def hedge_governs(m: Mentions, item, clause, in_clause, cues) -> bool:
    """Does a hedge among the cues of ``item``'s clause (``in_clause``) or, for an "option", of its sentence
    (``cues``) speak of ``item``?"""
    if any(c.label in HEDGE_LABELS and c.start < item.end
           and not relative_aside(m.text, c, item) and not _fronted_without(m.text, c, item)
           and not _given_before_between(m, c, item, in_clause) for c in in_clause):
        return True
    # "will send 12 launchers, pending a parliamentary vote": a condition after the item holds it back too
    if any(c.label in HEDGE_LABELS and c.start >= item.end and _CONDITION.match(c.text) for c in in_clause):
        return True
    if proposal_subject(m, item, clause) and any(c.label in HEDGE_LABELS and c.start >= item.end for c in in_clause):
        return True  # "a request to send more ATACMS was still being reviewed": the hedge after the item weighs it
    # an "option" stated earlier in the sentence covers what follows it
    return any(c.label in HEDGE_LABELS and c.start < item.start and _OPTION.search(c.text) for c in cues)
