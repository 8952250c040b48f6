"""Refusals told away from the verb of giving: an object the sentence sets apart by a negation ("will send
10 Marder vehicles, but not the Taurus missiles"), and a proposal that a later clause refuses ("Lawmakers
wanted another €2 billion, but the chancellor refused"). ``status.decide`` and the pipeline ask here.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

# "but not the", ", not its", "but no", "and not any": the negation right before the item (not "not only",
# "no more than", "no fewer than", "not least": a count or a stress, no refusal)
_NEGATION_BEFORE = re.compile(r"(?:,|\b(?:but|yet|though|although))\s+(?:still\s+|also\s+)?(?:not|no|never)\s+"
                              r"(?!(?:only|just|least|more\s+than|fewer|less|later|sooner|even)\b)"
                              r"(?:(?:the|its|their|his|her|any|any\s+of\s+(?:the|its|their)|more|further|"
                              r"additional|new|promised|requested|long-range)\s+)*$", re.I)
_GIVING = ("pledged", "delivered")


def negated_object(m: Mentions, item, sentence, cues) -> bool:
    """Is ``item`` set apart from what a verb of giving before it governs by a negation ("Germany will
    send 10 Marder vehicles, but not the Taurus missiles Kyiv wants", "Spain will send 6 Leopard tanks
    but no Patriot batteries", "Oslo delivers NASAMS, not F-35s")? Then the donor refuses it.
    True when a giving cue of the sentence comes before the negation."""
    neg = _NEGATION_BEFORE.search(m.text, max(sentence[0], item.start - 60), item.start)
    if neg is None:
        return False
    return any(c.label in _GIVING and c.end <= neg.start() for c in cues if sentence[0] <= c.start)


def refused_later(m: Mentions, item, clause, sentence, cues, items) -> bool:
    """Is ``item`` what a proposal or a wish in its clause names, with no giving verb of its own ("The Greens
    wanted an extra €3 billion for Kyiv", "Lawmakers proposed a further €2 billion"), that a later clause of
    the sentence with no item of its own only refuses ("; the finance minister refused", "but Berlin said
    no")? Then the proposal is refused by the donor that refuses. Not when another donor than those of the
    item's clause refuses ("Germany will give €1 billion; Poland refused": another's answer), nor the
    recipient ("Berlin offered 10 tanks, but Kyiv refused"), nor when the item's clause tells a giving of
    its own ("will send", "promised")."""
    from aidledger.extractor.status_across import answer_to_request

    cs, ce = clause
    if any(c.label in ("pledged", "delivered", "refused") for c in cues if cs <= c.start < ce):
        return False
    for rs, re_ in m.clauses(*sentence):
        if rs < ce or not any(rs <= c.start < re_ for c in cues):
            continue
        if any(rs <= i.head_start < re_ for i in items) or answer_to_request(m, rs, re_, cues) != "refused":
            return False  # the first later clause that tells a state must refuse, and name no item of its own
        if any(ce <= i.head_start < rs for i in items):
            return False  # another item between: the refusal may be of it
        before = {d.code for d in m.inside(m.donors, cs, ce) if d.kind not in m.non_donor_kinds}
        after = m.inside(m.donors, ce, re_)
        if any(d.kind in m.non_donor_kinds for d in after):
            return False
        return not before or all(d.code in before or d.kind == "reference" for d in after)
    return False


# "not a single bullet", "not one shell", "will not send even one howitzer", "refused to send even a single
# cartridge": a negation that stresses none at all (not "not one of the 14 tanks": a part of a whole)
_NONE_AT_ALL = re.compile(r"(?:(?:\b(?:not|never)|n['’]t)\s+(?:[a-z]+\s+){0,3}?(?:even\s+)?|\beven\s+)"
                          r"(?:one|a\s+single)\s+(?:(?!(?:of|the|its|their)\b)[\w-]+\s+){0,2}$", re.I)


def none_at_all(m: Mentions, item, clause) -> bool:
    """Is ``item`` counted only by a negation that means none of it at all ("will not send a single rifle",
    "Not one shell will leave our stocks", "has not given even one howitzer")? Then "one" is no count: the
    sentence refuses the item, it does not give one of it."""
    return _NONE_AT_ALL.search(m.text, max(clause[0], item.head_start - 40), item.head_start) is not None
