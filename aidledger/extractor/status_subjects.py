"""A clause whose subject is the giving itself: a gerund ("Sending Gripen jets to Ukraine is an option",
"Supplying ATACMS is not the right step now"), a proposal to give ("A further request to send more Gripen
jets is still being examined") or the giving as a noun ("The handover of S-300 systems is under
consideration"). What the predicate says — a hedge, a refusal, a negation — is said of the proposal, not
of a giving. ``status.decide`` and ``status_hedges`` ask here.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.status_words import HEDGE_LABELS
from aidledger.mentions.cues import compiled

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
