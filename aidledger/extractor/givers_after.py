"""The givers told after an item that had none: the items a sentence told without a donor wait for the next
sentence, which may name their givers ("Ukraine has received its first F-16 jets. The aircraft were donated by
Denmark.") or share them out by ordinal subjects ("Kyiv has two more Patriot batteries. The first came from
Germany; the second was paid for by the Netherlands.": one record per part); a counted item may also be shared
out by the ordinal parts after it in its own sentence ("two Patriot batteries: one from Germany, the other
financed by the Netherlands").

The readings are ``donor.givers_named_after`` and ``ordinals``; this module makes the records (``context.Told``:
the records made so far, and the discourse's ``donorless`` items waiting for a giver).
"""

from __future__ import annotations

from dataclasses import replace

from aidledger.extractor import anaphora, donor, ordinals, records, topics
from aidledger.extractor.context import Told


def give_waiting(t: Told, idx: int, s: int, e: int) -> None:
    """"Ukraine has received its first F-16 jets. The aircraft were donated by Denmark.": the items of the
    sentence before that had no donor take the givers sentence ``idx`` [s, e) names, or its ordinal parts share the
    one waiting item out (``_shared_out``, also of the system counted before: ``_counted_before``)."""
    waiting = [x for x in t.discourse.donorless if x[0] == idx - 1]
    t.discourse.donorless = [x for x in t.discourse.donorless if x[0] == idx]
    if _shared_out(t, idx, s, e, waiting or _counted_before(t, idx, s, e)):
        return
    waiting = [x for x in waiting if "ordinal" not in x[1].notes]
    givers = donor.givers_named_after(t.m, s, e, t.donors.candidates(s, e)) if waiting else []
    for _, item, state, date, ps, pe in waiting if givers else ():
        item.notes.append("giver-after")
        for who in givers:
            t.records.append(records.build(t.m, item, who, state, date, ps, pe, len(givers) > 1))


def shared_in_sentence(t: Told, item, state: str, date, s: int, e: int, shared: list) -> bool:
    """"Ukraine gets two Patriot batteries: one from Germany, the other financed by the Netherlands.": a counted
    item shared out by the ordinal parts after it (``ordinals.shared_after``), one record per part instead of
    the whole's; ``shared`` gains the parts' spans."""
    if item.kind == "money" or item.quantity is None or item.quantity < 2:
        return False
    parts = ordinals.shared_after(t.m, item, e, t.donors.candidates(s, e))
    _record_parts(t, item, [*item.notes, "ordinal"], parts, state, date, s, e)
    shared.extend((part.start, part.end) for part in parts)
    return bool(parts)


def _shared_out(t: Told, idx: int, s: int, e: int, waiting) -> bool:
    """"Kyiv has two more Patriot batteries. The first came from Germany; the second was paid for by the
    Netherlands.": the one item the sentence before told without a donor, shared out by ordinal subjects
    (``ordinals``), one record per part; the item waits for the next sentence ("A third came from Norway.")."""
    told = [x for x in waiting if x[1].kind != "money"]
    if len(told) != 1:
        return False
    _, item, state, date, ps, pe = told[0]
    parts = ordinals.shared_out(t.m, s, e, t.donors.candidates(s, e), t.m.text[item.start:min(pe, item.end + 20)])
    _drop_retold(t, item, parts)
    _record_parts(t, item, [*dict.fromkeys([*item.notes, "ordinal"])], parts, state, date, s, e)
    if parts:
        t.discourse.donorless.append((idx, replace(item, notes=[*item.notes, "ordinal"]), state, date, ps, pe))
    return bool(parts)


def _drop_retold(t: Told, item, parts) -> None:
    """The sentence's own readings of a bare count as a count of ``item`` ("The first six came from Denmark" read
    back as six more) that an ordinal part tells again, with its giver and its count: the part's reading is the
    one kept, in the part's state."""
    told = {(who, float(part.count)) for part in parts if part.count is not None for who in part.donors}
    first = t.sentence_from
    t.records[first:] = [r for r in t.records[first:] if not (
        "elliptical" in r.notes and r.system == item.name and (r.donor, r.quantity_value) in told)]


def _record_parts(t: Told, item, notes: list[str], parts, state: str, date, s: int, e: int) -> None:
    """A record of ``item`` (with ``notes``) for each donor of each ordinal part, counted and stated as the part
    says (else in ``state``); the last part's last donor is the one the text goes on speaking of."""
    for part in parts:
        own = replace(item, quantity=part.count, notes=list(notes))
        for who in part.donors:
            t.records.append(records.build(t.m, own, who, part.state or state, date, s, e,
                                              len(part.donors) > 1))
    if parts:
        t.discourse.last_donors = parts[-1].donors[-1:]


def _counted_before(t: Told, idx: int, s: int, e: int) -> list:
    """"Allies promised more Patriot systems. The first battery was American; ...": the system of the
    sentences before, as a waiting item of a sentence that opens with an ordinal subject counting it by a unit
    word ("battery") and has no item of its own; told as delivered (``ordinals.counted_system``)."""
    if not idx or any(s <= r.source.start < e for r in t.records[t.sentence_from:]):
        return []  # (only the records added since the sentence began can lie in it: no scan of the document's)
    system = anaphora.system_before(t.m, idx) or topics.topic_system(t.m)
    item = ordinals.counted_system(t.m, s, e, system) \
        or topics.ordinal_of_topic(t.m, s, e)  # ("A third came from Oslo.": the piece's topic system)
    return [] if item is None else [(idx - 1, item, "delivered", None, s, e)]
