"""What a sentence, or a later clause, with no item of its own does to the items told before it: it answers the
request told just before ("Kyiv asked Berlin for Taurus missiles. The government is still weighing the
request."), refuses what the sentence before only weighed ("The answer remains no."), reopens what it refused
("But we are not closing that door."), weighs what it gave ("The plan is still being debated."), or tells that
another donor did, weighs or refuses the same ("Greece declined as well."; ", while Norway is still weighing the
request").

The readings are ``status_across`` (is it an answer, in what state?) and ``echoes`` (is it another donor's?);
this module applies them to the records made so far (``context.Told``: new records, or the state of the
sentence before's records changed in place). ``answers`` is something else: the turns of a transcript.
"""

from __future__ import annotations

from dataclasses import replace

from aidledger.extractor import answers, donor_mentions, donor_roles, echoes, exclusions, hedges, records, status_across
from aidledger.extractor.context import Told


def without_items(t: Told, idx: int, s: int, e: int, cues, donors) -> None:
    """Sentence ``idx`` [s, e), which has no item of its own (``donors``: its leading donors): the answer to the
    request told just before it, else what it says of the records of the sentence before."""
    if t.discourse.requested:
        _answer(t, idx, s, e, cues)
        return
    _refuse_weighed(t, idx, s, e, cues)
    _reopen_refused(t, idx, s, e, cues)
    _weigh_before(t, idx, s, e, cues)
    _echo(t, idx, s, e, cues, donors)


def after_items(t: Told, idx: int, s: int, e: int, cues, items) -> None:
    """The later clauses of sentence ``idx`` [s, e) with none of its ``items``: the answer to a request the
    sentence told, then another donor's answer to the item it told."""
    _answer_in_sentence(t, idx, s, e, cues, items)
    _answered_by_another(t, idx, s, e, cues, items)


def _answer(t: Told, idx: int, s: int, e: int, cues, asked_in: int | None = None, state: str | None = None) -> None:
    """"Kyiv asked Berlin for Taurus missiles. The government is still weighing the request.": a
    sentence with no item of its own that weighs or refuses answers the request just before it
    (``asked_in``: the sentence of the request, when not the one before; ``state``: the answer's, when
    the caller has read it already)."""
    asked_in = idx - 1 if asked_in is None else asked_in
    asked = [(j, rs, item) for j, rs, item in t.discourse.requested if j == asked_in]
    t.discourse.requested = []
    if state is None:
        state = status_across.answer_to_request(t.m, s, e, cues)
    if asked and state is None and asked_in == idx - 1:
        # "Will Italy send SAMP/T? - We are working on it. A decision will be taken soon.": a reply
        # may answer in its second sentence (once: only a request told in the sentence just before)
        t.discourse.requested = [(idx, rs, item) for _, rs, item in asked if rs == t.m.sentences[asked_in][0]]
    if not asked or state is None:
        return
    if state == "considering" and exclusions.weighs_a_sale(t.m, s, e):
        return  # "Whether they can be sold is for the export authority; no decision yet": a sale weighed
    default = t.discourse.current_donor()
    found = answers.not_partners(t.m.text, donor_mentions.resolved(t.donors.candidates(s, e), default))
    who = found[0].code if found else None
    _, rs, first = asked[0]
    if who is None and "question" in first.notes:
        # "Q: Will Germany send Taurus? A: No decision has been taken.": the one asked about, else
        # the one who speaks
        named = donor_mentions.resolved(t.donors.candidates(rs, s), default)
        who = named[0].code if named else (answers.addressed(t.m, rs, s) or default)
    elif who is None:  # "... asked Berlin for Taurus. No decision has been taken.": the one asked, else
        # the donor the text speaks of ("The government looked at a Ukrainian request for jets, but refused.")
        who = donor_roles.asked(t.m, rs, first, t.donors.candidates(rs, s)) or default
    if who is None:
        return
    for _, rs, item in asked:
        item.notes.append("answered-request")
        t.records.append(records.build(t.m, item, who, state, None, rs, e, False))
    t.discourse.last_donors = [who]


def _answer_in_sentence(t: Told, idx: int, s: int, e: int, cues, items) -> None:
    """"Kyiv asked Berlin for Taurus missiles; Germany has so far refused.": a later clause of the
    request's own sentence, with no item of its own, that weighs or refuses answers it."""
    asked = [item for j, _, item in t.discourse.requested if j == idx]
    if not asked:
        return
    last = max(item.end for item in asked)
    for cs, ce in t.m.clauses(s, e):
        if cs < last or any(cs <= i.head_start < ce for i in items):
            continue
        state = status_across.answer_to_request(t.m, cs, ce, cues)
        if state is not None:
            _answer(t, idx, cs, e, cues, asked_in=idx, state=state)  # the clause's answer, read once
            return
    # "Spain, asked to give one of its batteries, declined.": the predicate after the aside that asked
    aside_end = t.m.text.find(",", last, e)
    if aside_end >= 0 and not any(aside_end <= i.head_start < e for i in items):
        state = status_across.answer_to_request(t.m, aside_end, e, cues)
        if state is not None:
            _answer(t, idx, aside_end, e, cues, asked_in=idx, state=state)


def _recorded_before(t: Told, idx: int) -> list[int]:
    """The indices (in ``t.records``) of the records of the sentence before ``idx``."""
    if not idx:
        return []
    ps, pe = t.m.sentences[idx - 1]
    return [k for k, p in enumerate(t.records) if ps <= p.source.start < pe]


def package_before(t: Told, idx: int) -> str | None:
    """The status of the money package recorded in the sentence before ``idx``, or None."""
    states = {t.records[k].status for k in _recorded_before(t, idx) if t.records[k].category == "money"}
    return states.pop() if len(states) == 1 else None


def _refuse_weighed(t: Told, idx: int, s: int, e: int, cues) -> None:
    """"We discussed Taurus. The answer remains no.": a sentence with no item of its own that only
    refuses turns the items the sentence before only weighed into refusals."""
    if status_across.answer_to_request(t.m, s, e, cues) != "refused":
        return
    named = status_across.answered_donors(t.m, s, e)  # ("Greece said it would not": Greece's answer only)
    before = [k for k in _recorded_before(t, idx) if not named or t.records[k].donor in named]
    if before and all(t.records[k].status == "considering" for k in before):
        for k in before:
            t.records[k] = replace(t.records[k], status="refused", notes=(*t.records[k].notes, "answered"))


def _reopen_refused(t: Told, idx: int, s: int, e: int, cues) -> None:
    """"A: Not now. But we are looking at it for next year.", "I cannot promise a fourth one. But we are not
    closing that door.": a sentence with no item of its own that opens with "But" and only weighs turns the
    refusals told in the sentence before (also an answer's, quoted from its question) into ``considering``; one
    that reviews a policy of refusal ("It could review that stance.") weighs them beside the refusals."""
    reviewed = idx and status_across.reviews_refusal(t.m, s, e, cues)  # "could review that stance": both
    if not idx or not (reviewed or status_across.reopens(t.m, s, e, cues)):
        return
    ps, pe = t.m.sentences[idx - 1]
    told = [k for k, p in enumerate(t.records) if ps < p.source.end <= pe]
    if told and all(t.records[k].status == "refused" for k in told):
        for k in told:
            weighed = hedges.pin(replace(t.records[k], status="considering",
                                         notes=(*t.records[k].notes, "reopened")))
            t.records[k:k + 1] = [t.records[k], weighed] if reviewed else [weighed]


def _weigh_before(t: Told, idx: int, s: int, e: int, cues) -> None:
    """"Rome would give €500 million. The plan is still being debated.": a sentence with no item of its own,
    about the proposal just told, that says it is undecided turns the commitments of the sentence before
    into ``considering``."""
    if not status_across.weighs_the_proposal_before(t.m, s, e, cues):
        return
    before = _recorded_before(t, idx)
    # after "There is no decision yet." only what the sentence before told with no verb of its own ("We spoke
    # about a second SAMP/T."): a verb of giving ("Oslo will send 10 tanks.") is decided, whatever else is not
    bare = status_across.no_decision_sentence(t.m, s)
    if before and all(t.records[k].status in ("pledged", "funded")
                      and (not bare or "no-cue" in t.records[k].notes) for k in before):
        for k in before:
            t.records[k] = replace(t.records[k], status="considering",
                                      notes=(*t.records[k].notes, "weighed-after"))


def _echo(t: Told, idx: int, s: int, e: int, cues, donors) -> None:
    """"Portugal said none of its F-16s could be spared. Greece declined as well.": a sentence with no item of
    its own that tells its donor did the same (``echoes``) gives the item the sentence before told."""
    d = t.discourse
    if d.last_item is None or d.last_item_sentence != idx - 1 or not donors:
        return
    told, giver = d.last_item_told
    who = donors[0].code
    # (or weighs or refuses it: "Canada will send four Leopard 2 tanks. Norway is still weighing the request.")
    state = echoes.echoed_state(t.m, s, e, cues, told) or echoes.answered_by_another(t.m, s, e, cues)
    if state is None or who in (giver, "UKR", "", None):
        return
    _echo_records(t, [who], state, s, e)


def _echo_records(t: Told, who: list[str], state: str, s: int, e: int) -> None:
    """The item the discourse told last, given by each of ``who`` in ``state``, with no count (an echo told in
    [s, e)); they are the donors the text goes on speaking of."""
    d = t.discourse
    item = replace(d.last_item, quantity=None, notes=[*d.last_item.notes, "echo"])
    for w in dict.fromkeys(who):
        t.records.append(records.build(t.m, item, w, state, None, s, e, len(who) > 1))
    d.last_donors = list(dict.fromkeys(who))


def _answered_by_another(t: Told, idx: int, s: int, e: int, cues, items) -> None:
    """"Canada will send four Leopard 2 tanks, while Norway and Finland are still weighing the request.": a later
    clause of the sentence, with no item of its own, in which other donors weigh or refuse the item told before
    it (``echoes.answered_by_another``) gives that item to each of them, with that state and no count."""
    d = t.discourse
    if d.last_item is None or d.last_item_sentence != idx or d.last_item.end >= e:
        return
    _, giver = d.last_item_told
    for cs, ce in t.m.clauses(s, e):
        if cs < d.last_item.end or any(cs <= i.head_start < e for i in items):
            continue
        who = [x.code for x in t.donors.candidates(cs, ce) if x.kind not in t.m.non_donor_kinds]
        state = echoes.answered_by_another(t.m, cs, ce, cues) if who and echoes.contrasted(t.m.text, cs) \
            else None
        if state is None:
            continue
        if any(w in (giver, "UKR", "", None) for w in who):
            return
        _echo_records(t, who, state, cs, ce)
        return
