"""The status an item's place gives or changes after its own clause has been read (``status.decide``): a list
entry takes its list's state, a package's contents the package's ("Latvia has handed over a new aid package. It
includes 30 M113 carriers."), a headline's item is told as a commitment; then what the rest of the sentence or
the sentence before tells turns it ("..., but the final decision was not yet taken": ``considering``; "Not one
shell will leave our stocks": refused, no count). The pipeline asks here for every item that is aid.
"""

from __future__ import annotations

from aidledger.extractor import candidates, context, negated, status, status_across, status_funding
from aidledger.extractor.context import is_title_line
from aidledger.extractor.index import Mentions


def package_state_before(m: Mentions, idx: int) -> str | None:
    """The one state (pledged, delivered, funded) the sentence before ``idx`` tells of a package, or None."""
    ps, pe = m.sentences[idx - 1]
    if not context.names_a_package(m.text, ps, pe):
        return None
    # the noun "aid package" announces a package; the verb tells its state ("handed over a new aid package")
    said = [c for c in m.inside(m.status_cues, ps, pe)
            if not context.names_a_package(c.text, 0, len(c.text))]
    states = set(context.stated_labels(said))
    return states.pop() if len(states) == 1 else None


def in_context(m: Mentions, item, clause, span: tuple[int, int], cues, items, state: str | None, *, idx: int,
               lists, section: str | None, in_list: bool, headline: bool, contents_of: str | None,
               referent) -> str | None:
    """The state of ``item`` (told in ``clause`` of sentence ``idx`` at ``span``) once its place and the sentences
    around it are read, from ``state``, the one its clause gave; ``referent`` is the item the sentence before told
    and how, ``contents_of`` the state of the package whose contents the sentence lists. May drop the item's count
    ("Not one shell will leave our stocks") and add to its notes."""
    s, e = span
    text = m.text
    if state is None and in_list:
        state = section or lists.status or "pledged"
        if status_funding.money_into_pool(m, item, (s, e), state):
            state = "funded"  # "- drone coalition: EUR 8 million" in a list of deliveries: money paid in
        item.notes.append("list-item")
    elif state is None and item.kind == "money" and lists.open and lists.status \
            and context.values_the_package(text, s, e):
        state = lists.status  # "It contains: ...; ... The package is worth EUR 7 million."
    elif state is None and item.kind == "money" and idx and context.values_the_package(text, s, e) \
            and (told := package_state_before(m, idx)) is not None:
        state = told  # "A new package has been handed over to Ukraine. Its value is EUR 12 million."
    elif contents_of is not None and item.kind != "money":
        state = contents_of  # "... was handed over in August. The package includes: 4,000 drones, ..."
    elif state is None and headline:
        # a headline's counted items are told as commitments (``status.default``), and so is what it
        # sends "to Ukraine" or what a donor is "to" do ("Archer to Ukraine from Sweden", "UK to pour
        # millions into drones"); an uncounted item in a headline with no verb states no act ("Why
        # Seoul keeps its shells at home")
        item.notes.append("headline")
        if context.headline_future(text, s, e):
            state = "pledged"
    elif headline or is_title_line(text, s, e):
        item.notes.append("headline")  # the body tells it again, with its date and details
    if state is None:
        # "On Leopard tanks: we are weighing it": a fronted topic takes its predicate's weighing or refusal
        state = status_across.fronted_topic_state(m, item, (s, e), cues) or status.default(m, item, clause)
    if state == "considering" and status_across.refused_in_reply(m, clause, (s, e), cues, items):
        state = "refused"  # the question the item was named in, answered no in the same sentence
    if state == "pledged" and status_funding.money_into_pool(m, item, clause, state):
        state = "funded"  # a list line or the default told it: "- $10 million for the NATO trust fund"
    if state == "pledged" and status_across.continues_hedge(m, item, clause, cues,
                                                     m.sentences[idx - 1] if idx else None):
        state = "considering"  # the contents of a package the sentence before only weighs
    if state in ("pledged", "funded") and status_across.pending_later(m, item, clause, (s, e), cues):
        state = "considering"  # "..., but the final decision was not yet taken"
    if state in ("pledged", "delivered", "refused") and negated.none_at_all(m, item, clause):
        item.quantity = None  # "Not one shell will leave our stocks": no count, none at all
        item.notes.append("none-at-all")
        state = None if state == "delivered" else "refused"  # (a delivery denied: no aid fact, no refusal)
    if state in ("pledged", "funded", "considering") and negated.refused_later(m, item, clause, (s, e), cues,
                                                                               items):
        state = "refused"  # "Lawmakers wanted another €2 billion, but the chancellor refused"
    if state == "pledged" and referent is not None and \
            status_across.told_before(m, item, clause, cues, *referent) == "delivered":
        state = "delivered"  # "... have arrived in Ukraine. The batch consists of 10 vehicles."
        item.notes[:] = [n for n in item.notes if n != "no-cue"] + ["told-before"]
        candidates.count_of(item, referent[0])
    if state in ("pledged", "funded") and status_across.proposal_told(m, item, (s, e)):
        state = "considering"  # "One proposal would see Spain hand its tanks to Portugal, which ..."
    return state
