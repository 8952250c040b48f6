"""Deliveries told other than by the verb that governs the item: a counted item said to be in use ("19
howitzers already in action"), one given before beside what the sentence weighs now ("beyond the 100
vehicles already handed to Ukraine"), one a relative clause tells arrived ("the 31 Abrams tanks that arrived
last month"), a giving after a main clause in the past ("Norway moved early, sending 22 howitzers") or
after "after"/"having" ("after giving Ukraine 14 of them"); and the arrival announced, or a delivery
delayed (still pledged). ``status.decide`` asks here.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.status_words import NOUN_CUE
from aidledger.mentions.cues import compiled

_DELAYED = re.compile(r"\b(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|pushed\s+back|held\s+up|behind\s+schedule)\b",
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
_ARRIVAL_OF = re.compile(r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
                         r"yesterday))?\s+(?:the\s+|its\s+)?(?:arrival|receipt)\s+(?:in\s+Ukraine\s+)?of\b", re.I)
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


# a giving told as done before: "after giving Ukraine 14 of them", "having already sent 12"
_DONE_BEFORE = re.compile(r"(?:,\s*|\b)(?:having|after)\s+(?:(?:already|previously|earlier|also)\s+)?$", re.I)
# "the 14 tanks that arrived", "the Caesar guns which France delivered": a restrictive relative clause right after
# the item's name (no comma: a comma opens an aside)
_RELATIVE_RIGHT_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:that|which)\b", re.I)
_SUBJECT_OF_RELATIVE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+", re.I)  # "that [France] delivered", "which [Sweden had]"


def delivered_relative(m: Mentions, item, cues) -> bool:
    """Does a relative clause right after ``item`` tell it delivered ("Ukrainian crews are training with the 31
    Abrams tanks that arrived from the US last month")? Then what the sentence says around it (training, use,
    service) describes aid that was given."""
    rel = _RELATIVE_RIGHT_AFTER.match(m.text, item.head_end)
    return rel is not None and any(c.label == "delivered" and not NOUN_CUE.fullmatch(c.text)
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


def after_giving(text: str, cue) -> bool:
    """Is the giving ``cue`` a gerund after "after" ("is weighing more, after giving Ukraine 14 of them")? Then
    it tells a giving done before the main clause. ("having" before a gerund does not occur: one pattern,
    ``having_given``, reads both.)"""
    return cue.text.strip().lower().endswith("ing") and having_given(text, cue.start)


def having_given(text: str, start: int) -> bool:
    """Does "having" or "after" stand right before ``start`` ("..., having already given Ukraine 14 of them",
    "..., after handing over two")? Then the giving at ``start`` is told as done before."""
    return _DONE_BEFORE.search(text, max(0, start - 30), start) is not None


def announces_arrival(text: str, cue) -> bool:
    """Is ``cue`` followed by "the arrival of", "the receipt of" ("announced the arrival of the first HIMARS")?
    What is announced has arrived."""
    return _ARRIVAL_OF.match(text, cue.end) is not None


def delivery_delayed(text: str, clause) -> bool:
    """Does ``clause`` tell the delivery delayed ("Belgium's delivery of F-16s has been delayed", "postponed",
    "behind schedule")? Then it is promised, not yet there."""
    return _DELAYED.search(text, *clause) is not None
