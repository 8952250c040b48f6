"""The cues that may govern an item: those of its own clause, or, when the clause has no verb of its own,
those of the sentence before it — an ellipsis ("Britain will send 14 tanks, and Poland 10"), a list after a
colon ("Received from Latvia: 2 Stinger systems, 4 mortars"), an object added to the verb before ("Oslo
transferred 4 boats, and also 12 Piranha vehicles"). ``status.decide`` asks here.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.sequels import follows_on
from aidledger.extractor.status_words import HEDGE_LABELS


def cue_pool(m: Mentions, item, clause, sentence, cues, in_clause, donor_candidates) -> list:
    """The cues that may govern ``item`` in ``clause`` of ``sentence``: the clause's own (``in_clause``), else,
    for an ellipsis, a list or an object that goes on, the cues of the sentence before the clause (none when
    there is neither)."""
    cs, ce = clause
    pool = in_clause
    if pool and sentence[0] < cs and all(c.start >= item.end and c.label in HEDGE_LABELS for c in pool) and \
            any(cs <= d.start < item.head_start for d in donor_candidates(cs, ce)):
        # "..., and Spain six Leopards, with Madrid saying it could add more": the hedge after the count of an
        # ellipsis weighs another figure; the count has the verb of the clause before
        pool = []
    after_colon = _AFTER_COLON.search(m.text, max(0, cs - 3), cs + 1) is not None or \
        _list_goes_on(m, cues, sentence, cs)
    if not pool and (after_colon or any(cs <= d.start < ce for d in donor_candidates(cs, ce))
                     or object_goes_on(m, item, cs) or follows_on(m.text, item)):
        # ellipsis: "Britain will send 14 tanks, and Poland 10" — the verb of the clause before; a list after
        # a colon: "Received from Latvia: 2 Stinger systems, 4 mortars" — the verb that introduces it
        pool = [c for c in cues if sentence[0] <= c.start < cs]
    return pool


_AFTER_COLON = re.compile(r":\s*$")


def _list_goes_on(m: Mentions, cues, sentence, cs: int) -> bool:
    """Does the clause at ``cs`` go on a list that a colon opened, with no cue since the colon
    ("Estonia has transferred: D-30 howitzers (24), mortar rounds, and Carl Gustaf rifles")?"""
    colon = m.text.rfind(":", sentence[0], cs)
    return colon >= 0 and not any(colon < c.start < cs for c in cues)


# a clause that only adds an object to the verb before: ", and also 12 Piranha vehicles", ", as well as 4 radars"
_OBJECT_GOES_ON = re.compile(r"[\s,;]*(?:and|plus|as\s+well\s+as)\s+(?:also\s+|still\s+|additionally\s+|"
                             r"in\s+addition\s+)?", re.I)


def object_goes_on(m: Mentions, item, cs: int) -> bool:
    """Does the clause at ``cs`` only add ``item`` to the objects of the clause before ("Oslo transferred 4 boats,
    and also 12 Piranha vehicles": the verb before governs it)? True when nothing but a conjunction ("and also",
    "as well as", "plus") comes between the clause's start and the item."""
    if cs >= item.start:
        return False
    if _OBJECT_GOES_ON.fullmatch(m.text, cs, item.start) is not None:
        return True
    # "Latvia has given Stingers, and Mi-17 and Mi-2 helicopters": the objects added go on, joined one to the next
    joined = sorted(m.inside(m.systems, cs, item.start) + m.inside(m.generics, cs, item.start), key=lambda x: x.start)
    if not joined or _OPENS.fullmatch(m.text, cs, joined[0].start) is None:
        return False
    end = joined[0].end
    for x in [*joined[1:], item]:
        if x.start > end and _JOINED.fullmatch(m.text, end, x.start) is None:
            return False
        end = max(end, x.end)
    return True


# what joins one object to the next: the class word of the one before, a comma or a conjunction, and a count of
# the next one ("Hawk launchers and 4 Aspide missiles")
_JOINED = re.compile(r"(?:\s+[a-z][\w-]*)?\s*(?:,\s*)?(?:(?:and|or|plus)\s+)?(?:\d[\d,]*\s+)?")
_OPENS = re.compile(_OBJECT_GOES_ON.pattern + r"(?:\d[\d,]*\s+)?", re.I)  # ", and also 12 Piranha vehicles and ..."
