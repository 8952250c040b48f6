"""The items a sentence tells, before any is excluded or given a status: its counted and named items
(``candidates.find_items``), what stands for an item told before ("Rome promised a third battery", "Scholz has
refused to supply it."), the sales paid for by a donor ("The purchase is financed by Oslo.") and the pooled
schemes a donor refuses, vetoes or weighs ("Spain declined to take part in PURL"); also the item a later
sentence's bare count may count.
"""

from __future__ import annotations

from aidledger.extractor import anaphora, answers, candidates, exclusions, sales_paid, schemes, shared_counts, topics
from aidledger.extractor.index import Mentions


def earlier_item(discourse, idx: int):
    """The item a count of sentence ``idx`` may refer to: the one the discourse told last, two sentences back at
    most, else the system counted just before ("Of the 80 Leopard 2 tanks promised, 40 have arrived. Spain has
    sent 10"), even one no donor was found for; else None."""
    earlier = discourse.last_item if discourse.last_item_sentence >= idx - 2 else None
    if earlier is None and discourse.last_named_sentence == idx - 1:
        earlier = discourse.last_named
    return earlier


def asked_system(discourse, idx: int):
    """"Q: Will Norway send more IRIS-T systems? - We sent two in May.": the one named system the question
    just before asked about, that the answer's bare counts count; else None."""
    asked = [item for j, _, item in discourse.requested if j == idx - 1]
    if len(asked) != 1 or asked[0].kind != "system" or "question" not in asked[0].notes:
        return None
    return asked[0]


def items_of(m: Mentions, idx: int, s: int, e: int, systems, generics, monies, earlier, asked) -> list:
    """The items sentence ``idx`` at [s, e) tells, from its ``systems``, ``generics`` and ``monies``; ``earlier``
    is the item told before that a bare count may count, ``asked`` the system a question just before asked
    about (``asked_system``)."""
    items = candidates.find_items(m, s, e, systems, generics, monies, asked or earlier) \
        if systems or generics or monies or earlier or asked else []
    items = shared_counts.without_paired_names(m.text, items)  # "40 Marder and Bradley vehicles": one count
    items = items + topics.unit_referents(m, s, e, items)  # "Rome promised a third battery" (the piece's topic)
    items = items + topics.possessive_referents(m, s, e, items, idx)  # "Canada's, paid by Ottawa, arrived"
    if asked is not None:
        # only a count given of the system asked about ("We sent two in May."), not a word for more of it
        items = [i for i in items if "elliptical" not in i.notes
                 or i.quantity is not None and (candidates.right_after_giving(m.text, s, i.start)
                                                or answers.count_opens_answer(m.text, s, i.start, i.end))]
    if not items and idx:
        # "Taurus remains the exception. Scholz has refused to supply it.": the system of the sentence before
        items = anaphora.pronoun_items(m, idx)  # (or the subject: "They will not go to Ukraine.")
    items = items + sales_paid.paid_for_sales(m, idx) if idx else items  # ("The purchase is financed by Oslo.")
    # "Spain declined to take part in PURL": a refusal to pay into a pooled scheme (no item of its own)
    items = schemes.refused_schemes(m, s, e, items, idx)
    items = schemes.vetoed_scheme_money(m, s, e, items)  # "Hungary vetoed the next EPF tranche"
    items = schemes.untold_sums(m, s, e, items, idx)  # "Oslo has also contributed, in undisclosed amounts"
    items = schemes.fronted_schemes(m, s, e, items)  # "On PURL, the minister said Madrid was looking at it"
    items = schemes.hedged_entries(m, s, e, items, idx)  # "- Belgium: under consideration" (in a list)
    return schemes.undecided_sums(m, s, e, items, idx)  # "Belgium is yet to decide the sum" (of a contribution)


def named_system(m: Mentions, s: int, e: int, items):
    """The system of sentence [s, e) a bare count of the next sentence counts, or None: the last named system,
    counted unless it is the only system named and the sentence asks nothing ("The first SAMP/T reached Ukraine
    in 2023. Rome promised a third battery.")."""
    # (a system counted only by its article, "a second NASAMS", is no count a bare number after it counts again;
    # a system named without a count is the one referred to only when the sentence names no other and asks
    # nothing)
    named = [i for i in items if i.kind == "system" and "elliptical" not in i.notes
             and "one-by-name" not in i.notes]
    if len(named) > 1 or any(i.quantity is not None for i in named) or exclusions.is_question(m, s, e):
        named = [i for i in named if i.quantity is not None]  # (a question's system: ``asked_system``)
    return named[-1] if named else None
