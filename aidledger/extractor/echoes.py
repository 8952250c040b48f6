"""Sentences that tell another donor did the same as the sentence before, with no item of their own.

Analysis pieces go through the donors one after another: "Portugal said none of its F-16s could be spared.
Greece declined as well." / "Britain sent Storm Shadow in May. France followed suit in July." The second
sentence names a donor and a state but leaves the item to the sentence before: the item recorded there, for
this sentence's donor (README rule 1: one record per donor, item and status).
"""

from __future__ import annotations

import re

from aidledger.extractor import status_across
from aidledger.extractor.index import Mentions

# "declined as well", "refused too", "did not join either", "likewise refused": a refusal told again
_AGAIN = re.compile(r"\b(?:as\s+well|too|either|likewise|similarly)\b", re.I)
# "followed suit", "did the same", "did likewise": the act of the sentence before, by another donor
_SAME_ACT = re.compile(r"\b(?:follow(?:s|ed|ing)?\s+suit|d(?:id|oes|o)\s+(?:the\s+same|likewise))\b", re.I)


def echoed_state(m: Mentions, s: int, e: int, cues, told: str) -> str | None:
    """The state sentence [s, e) tells again of the item the sentence before told as ``told``: ``refused``
    when it refuses with a word of repetition ("Greece declined as well"), ``told`` when it says another did
    the same ("France followed suit"); None otherwise."""
    if _SAME_ACT.search(m.text, s, e) and not any(s <= c.start < e and c.label in ("refused", "considering")
                                                   for c in cues):
        return told
    if told == "refused" and _AGAIN.search(m.text, s, e) and \
            status_across.answer_to_request(m, s, e, cues) == "refused":
        return "refused"
    return None


# what the answer weighs or refuses is the item told before: "the request", "it", "them", "whether to do the same"
_SAME_ITEM = re.compile(r"\b(?:(?:the|that|this|such\s+a)\s+(?:request|idea|step|move|option)|the\s+same|suit)\b|"
                        r"\b(?:weigh\w*|consider\w*|stud\w*|review\w*|discuss\w*|refus\w*|reject\w*|declin\w*|"
                        r"rul\w*\s+out|look\w*\s+(?:at|into))\s+(?:it|them)\b", re.I)


def answered_by_another(m: Mentions, s: int, e: int, cues) -> str | None:
    """The state span [s, e), with no item of its own, tells another donor takes toward the item told just before
    it ("Canada will send four Leopard 2 tanks, while Norway and Finland are still weighing the request"; "...
    Oslo has so far rejected it"): ``considering`` or ``refused`` when the span only weighs or refuses and names
    what it answers as the request, "it" or "the same"; None otherwise."""
    state = status_across.answer_to_request(m, s, e, cues)
    if state is None:
        return None
    # the words that name the item told before follow the cue that weighs or refuses it ("weighing the request")
    told = [c for c in cues if s <= c.start < e and c.label == state]
    return state if any(_SAME_ITEM.search(m.text, c.start, min(e, c.end + 30)) for c in told) else None


_CONTRAST = re.compile(r"[\s,;:—–-]*(?:while|whereas|but|though|although|yet)\b", re.I)


def contrasted(text: str, cs: int) -> bool:
    """Does the clause at ``cs`` open with a contrast ("while Norway is still weighing the request", "but Oslo
    rejected it"): another donor's answer set against the act told before?"""
    return _CONTRAST.match(text, cs) is not None
