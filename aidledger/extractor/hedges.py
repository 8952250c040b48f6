"""Hedges and refusals that settle an item's status after ``status.decide``: a refusal taken back in the same
sentence, and the explicit readings the learned status stage may not undo (a ``pinned`` record).

"We won't send the Taurus now, but the door is not closed": the refusal of the first clause is reopened by the
clause after "but", which weighs and names no item of its own, so the item is ``considering`` (README rule 11:
no decision yet, nothing off the table). A refusal verb that governs its item with nothing between ("Rome has
ruled out handing over its SAMP/T", "Berlin will not send Taurus missiles"), a negation that means none at all
("Not one shell will leave our stocks") and a refusal reopened are explicit: the record carries the note
``pinned`` and ``learned_status.redecide`` leaves its status as the rules read it.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.learned_status import PIN as PINNED
from aidledger.mentions.cues import compiled

# the clause that takes a refusal back opens with a contrast: ", but", "though", "although", "while", "; however,"
_CONTRAST = re.compile(r"(?:,\s*|\s+|;\s*)(?:but|though|although|while|yet|however)\b[,\s]", re.I)
# what reopens the refusal without a status cue of its own: reconsidering, revisiting, reviewing again, a door left
# open, a decision that could change
_REOPENING = re.compile(
    r"\b(?:reconsider|revisit|re-?examine|re-?evaluate|re-?assess)(?:s|ed|ing)?\b"
    r"|\b(?:keep|keeps|kept|keeping|continue|continues|continued|continuing)\s+(?:to\s+)?"
    r"(?:review|reviewing|assess|assessing|study|studying|look(?:ing)?\s+at)\b"
    r"|\b(?:look|looks|looked|looking|return|returns|returning|come|comes|coming)\s+(?:at|to|back\s+to)\s+"
    r"(?:it|them|that|this|the\s+(?:matter|question|issue|request|idea))\s+again\b"
    r"|\b(?:door|option)s?\s+(?:is\s+|are\s+|remains?\s+|stays?\s+)?(?:still\s+)?(?:open|not\s+closed)\b"
    r"|\b(?:keep|keeps|kept|keeping|leave|leaves|left|leaving)\s+(?:the|that|this|a)\s+(?:door|option)\s+open\b"
    r"|\b(?:position|decision|stance|answer|that|this)\s+(?:could|may|might|can)\s+(?:still\s+)?change\b",
    re.I)
# a weighing of something else is no reopening: "but is studying other options", "but will consider other ways"
_SOMETHING_ELSE = re.compile(r"\b(?:other|alternative|different|another)\s+(?:options?|ways?|means|forms?|kinds?|"
                             r"routes?|possibilit(?:y|ies)|solutions?|types?)\b", re.I)
# what may not stand between a refusal cue and its item: a clause boundary ("will not send troops, but the Taurus")
_BOUNDARY = re.compile(r"[,;:.!?()\"“”]|\b(?:but|and|or|while|though|although|if|unless|until|when|after|before|"
                       r"because|which|that|who)\b", re.I)
# refusal cues that are not explicit of themselves: a lack, an impossibility, a reluctance, a prohibition of law
_NOT_EXPLICIT = re.compile(r"\b(?:impossible|possible|afford|spare|reluctan|hesitant|unwilling|able|forbid|ban|"
                           r"embargo|prohibit|limit|policy|principle|sense|option|hold|froze|frozen|pause)", re.I)

# a refusal of a schedule, not of the giving: "whether Oslo could send the jets earlier than planned"
_SCHEDULE = re.compile(r"\b(?:earlier|sooner|faster|quicker|more\s+quickly)\s+than\b|\bahead\s+of\s+schedule\b", re.I)


def reopened_after(m: Mentions, item, clause, sentence, cues, items) -> bool:
    """Is the refusal of ``item`` taken back by a later clause of its sentence that opens with a contrast, weighs
    (a hedge cue, or "might reconsider", "will keep reviewing", "the door is not closed") and neither refuses nor
    names an item of its own, even one that gives no record ("Oslo will not send its F-16s now, but it has not ruled it
    out"; not "..., but is studying whether towed howitzers could be freed up")?"""
    s, e = sentence
    turn = _CONTRAST.search(m.text, max(clause[0], item.end), e)
    if turn is None or _SCHEDULE.search(m.text, s, turn.start()):
        return False
    rest = (turn.start(), e)
    if any(rest[0] <= i.start < rest[1] for i in items if i is not item) or _SOMETHING_ELSE.search(m.text, *rest) \
            or _names_another_kind(m, item, rest):
        return False
    if m.inside(m.systems, *rest) or m.inside(m.generics, *rest):
        return False  # "..., but is studying whether towed howitzers could be freed up": an item of its own, weighed
    later = [c for c in cues if rest[0] <= c.start < rest[1]]
    if any(c.label != "considering" for c in later):
        return False
    if not any(c.start < turn.start() and c.label == "refused" for c in cues if s <= c.start):
        return False
    return bool(later) or _REOPENING.search(m.text, *rest) is not None


def _names_another_kind(m: Mentions, item, rest) -> bool:
    """Does the clause ``rest`` name an item of another category than ``item``, even one rule 8 set aside ("would
    not part with its tanks, but is studying whether towed howitzers could be freed up")? Its weighing is of that
    item, not a reopening of the refusal."""
    named = m.inside(m.systems, *rest) + m.inside(m.generics, *rest)
    return any(x.system.category != item.category for x in named)


def explicit_refusal(m: Mentions, item, clause, cues) -> bool:
    """Does a refusal cue of ``item``'s clause stand right before it, with only the giving's object words between
    ("Madrid refused to hand over its Leopard tanks", "Berlin will not be sending Taurus missiles"), and is it a
    refusal of itself (not a lack, a reluctance or a law: "cannot spare", "is reluctant to send", "bans the
    export of"), with no hedge in the clause?"""
    cs, ce = clause
    inside = [c for c in cues if cs <= c.start < ce]
    if any(c.label == "considering" for c in inside):
        return False
    for c in inside:
        if c.label != "refused" or c.end > item.start or _NOT_EXPLICIT.search(c.text):
            continue
        between = m.text[c.end:item.start]
        if len(between.split()) <= 6 and _BOUNDARY.search(between) is None:
            return True
    return False


# the item is what a need names: "sees no way for Ukraine to win without 20 more Patriot systems"
_WITHOUT = re.compile(r"\bwithout\s+(?:(?:at\s+least|some|more|further|additional|extra|enough|new|the|its|their|"
                      r"these|those|such)\s+)*(?:\d[\d,]*\s+|(?:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\s+)?"
                      r"(?:(?:more|further|additional|extra|new|modern|western)\s+)*$", re.I)
_GIVING_VERB = compiled(r"\b(?:GIVE|GIVES|GIVING|GIVEN)\b")


def needed_without(m: Mentions, item, clause, cues) -> bool:
    """Is ``item`` named after "without" in a clause where no verb of giving comes before it ("Ukraine cannot
    hold the front without 300 more tanks", "sees no way to protect the cities without the 8 launchers")? It is
    what is needed, a request at most (README rule 10), neither given nor refused."""
    cs = clause[0]
    if _WITHOUT.search(m.text, max(cs, item.start - 60), item.start) is None:
        return False
    return not any(cs <= c.start < item.start and _GIVING_VERB.search(c.text) for c in cues)


# "Whether the tanks will be sent is an open question": a weighing told of a whether-clause, a statement
_WHETHER_OPEN = re.compile(r"\W*Whether\b[^.;!?]{1,160}?\b(?:is|remains|was|seems)\s+(?:still\s+|now\s+)?"
                           r"(?:an\s+open\s+question|unclear|undecided|uncertain|open|to\s+be\s+(?:decided|seen|determined)|"
                           r"not\s+(?:yet\s+)?(?:clear|decided|settled|certain)|under\s+(?:discussion|consideration|review|"
                           r"negotiation)|being\s+(?:discussed|considered|examined|studied|reviewed|weighed|negotiated))\b"
                           r"|\W*Whether\b[^.;!?]{1,160}?"
                           r"\bremains\s+to\s+be\s+seen\b", re.I)


# "..., and said whether Berlin can free up more IRIS-T missiles "remains open"", "but whether Paris can spare more
# SCALP missiles is an open question", "Whether Rome will send a third SAMP/T has not been decided": a whether-clause
# inside the sentence, with a modal and a verb of giving, sparing or adding, told undecided
_WHETHER_TOLD = compiled(
    r"\bwhether\b(?P<clause>[^.;!?]{1,160}?)[\"”’]?\s+[\"“]?"
    r"(?:(?:is|remains|was|seems)\s+(?:still\s+|now\s+|yet\s+)?[\"“]?(?:an\s+open\s+question|unclear|undecided|uncertain|"
    r"open|to\s+be\s+(?:decided|seen|determined)|not\s+(?:yet\s+)?(?:clear|decided|settled|certain)|"
    r"under\s+(?:discussion|consideration|review|negotiation)|"
    r"being\s+(?:discussed|considered|examined|studied|reviewed|weighed|negotiated))|remains\s+to\s+be\s+seen"
    r"|(?:has|have)\s+(?:not\s+(?:yet\s+)?been|yet\s+to\s+be)\s+(?:decided|settled|determined|agreed))\b")
_MODAL_GIVING = compiled(r"\b(?:can|could|will|would|might|may|should|is\s+to|are\s+to|to)\s+"
                         r"(?:also\s+|still\s+|now\s+)?(?:be\s+)?(?:GIVE|spare|spared|free\s+up|freed\s+up|add|added|release|released|part\s+with|go)\b")


def whether_told_open(m: Mentions, item, sentence) -> bool:
    """Is ``item`` named in a whether-clause that the sentence tells undecided, the clause giving it with a modal
    ("said whether Berlin can free up more Patriot missiles "remains open"", "but whether Madrid will add more Leopard
    tanks is still unclear")? It is weighed (README rule 11: no decision yet), whatever verb the sentence's other
    clauses give."""
    for w in _WHETHER_TOLD.finditer(m.text, *sentence):
        cs, ce = w.span("clause")
        if cs <= item.start and item.end <= ce and _MODAL_GIVING.search(m.text, cs, ce):
            return True
    return False


def open_whether(m: Mentions, s: int, e: int, state: str | None) -> bool:
    """Does the sentence [s, e) state that whether the item is given is undecided ("Whether the tanks will be sent
    is an open question", "Whether Oslo will send its jets remains to be seen", "Whether 20 more can go is still under
    discussion")? Then it is no question asked but a weighing told: the item is ``considering`` (``settle`` weighs
    a giving verb inside the whether-clause: "will go")."""
    if state != "considering":
        return False
    told = _WHETHER_TOLD.search(m.text, s, e)  # (or "Whether Rome will send a third one has not been decided")
    return _WHETHER_OPEN.match(m.text, s, e) is not None or (
        told is not None and re.fullmatch(r"\W*", m.text[s:told.start()]) is not None)


def settle(m: Mentions, item, clause, sentence, cues, items, state: str | None) -> tuple[str | None, bool]:
    """The status of ``item`` after a refusal reopened in its sentence, and whether the reading is explicit (the
    record is ``pinned``: the learned stage keeps it)."""
    told = _WHETHER_OPEN.match(m.text, *sentence) if state == "pledged" else None
    if told is not None and item.end <= told.end():
        return "considering", False  # "Whether 20 more will go is still under discussion": the giving is weighed
    if state in (None, "pledged", "funded") and "not-stated" not in item.notes and whether_told_open(m, item, sentence):
        return "considering", False  # "..., and said whether Berlin can free up more missiles "remains open""
    if state in ("pledged", "refused") and needed_without(m, item, clause, cues):
        item.notes.append("needed")
        return None, False
    if state != "refused":
        return state, False
    if reopened_after(m, item, clause, sentence, cues, items):
        item.notes.append("reopened")
        return "considering", True
    return state, "none-at-all" in item.notes or explicit_refusal(m, item, clause, cues)


def pin(record):
    """``record`` with the note ``pinned`` (once)."""
    from dataclasses import replace

    return record if PINNED in record.notes else replace(record, notes=(*record.notes, PINNED))
