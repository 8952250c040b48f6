"""A counted item told with the promise it was given under: "the 12 launchers promised in May have all been
delivered", "has handed over all 20 guns it pledged last year", "the 90 carriers pledged by Washington are in
Ukraine". The promise is a fact of its own, a pledge of that count, beside whatever the sentence says of the
items now (README rule 1: one record per donor, item and status stated). A named system needs no count: "the first
of the Senator vehicles Ottawa promised have arrived" tells a pledge (quantity null) and a delivery.

The promise may be told as an agreement ("the 16 guns France agreed to send"), or by the package the whole came in
("the last of the 30 Bradleys from the January drawdown"); a sentence may also tell the promise kept ("promised
three MARS II and delivered them": ``kept_in_sentence``); and a promise told inside the item's clause is no state
of a part of it now (``promise_told_after``).

Like ``references``, this stage only finds the item and the state its own words tell; the donor, the
exclusions and the hedges that may govern it are decided later, as for every item.
"""

from __future__ import annotations

import re

from aidledger.extractor.exclusions import is_question
from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item
from aidledger.extractor.recipient_names import NAMES

_NOT_A_NOUN = (r"(?:has|was|is|as|this|thus|its|his|us|does|goes|and|or|but|to|of|in|on|at|for|from|with|by|that"
               r"|which)\b")
# the promise told just after the item: a participle ("promised in May", "pledged by Oslo") or a relative clause
# whose subject is a pronoun or a name ("(that) it promised", "Germany had pledged", "which they committed")
# the item's class nouns after its name ("the 12 NASAMS launchers promised", "F-16 fighter jets it pledged")
_CLASS_NOUNS = (r"(?:(?:\s+(?!" + _NOT_A_NOUN + r")[a-z][\w-]*)?"
                r"\s+(?!" + _NOT_A_NOUN + r")(?:[a-z][\w-]*?(?:s|ft)|equipment|artillery|ammunition)\b)?")
# or a class name of three words, after a count told as a whole ("All 28 M113 armoured personnel carriers")
_LONG_CLASS = (r"\s+(?:armou?red\s+(?:personnel\s+carriers|fighting\s+vehicles|recovery\s+vehicles)"
               r"|infantry\s+fighting\s+vehicles|main\s+battle\s+tanks|multiple\s+rocket\s+launchers)\b")
_PROMISE = (
    # the recipient may stand between ("18 carriers to Ukraine that it pledged"), and a relative clause set off by a
    # comma opens with "which" ("three batteries, which Oslo promised in May"; not "20 tanks, Poland pledged 30")
    r"(?:\s+to\s+(?:" + NAMES + r"))?(?:\s*,\s*which\s+|\s+(?:(?:that|which)\s+)?)"
    # a relative clause has a subject of its own, or is passive ("which were promised"); a participle stands bare
    # ("Leopards, has promised": neither)
    r"(?:(?:it|they|we|he|she|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:had\s+|has\s+|have\s+)?"
    r"|(?<=which\s)(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?"
    r"(?:(?:originally|previously|earlier|already|first|once|initially)\s+)?"
    r"(promised|pledged|committed|announced|agreed\s+to\s+(?:give|send|supply|provide|donate|deliver|transfer)"
    r"|included\s+in\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:package|tranche|batch))\b"
    r"(?!\s+(?:to\s+(?:buy|purchase|spend)|itself|themselves)\b)")
_PROMISED_AFTER = re.compile(_CLASS_NOUNS + _PROMISE)
_WHOLE_PROMISED_AFTER = re.compile(_LONG_CLASS + _PROMISE)
# "all 20 Strykers from the March drawdown", "the 12 launchers from its autumn package": the package the whole was
# promised in, told by its name (of a count told as a whole: after "the", "all")
_FROM_PACKAGE = re.compile(_CLASS_NOUNS + r"\s+(from\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:drawdown|package|tranche|aid\s+package)s?)\b")
_WHOLE_COUNT_BEFORE = re.compile(r"\b(?:the|all|its|their)\s+$", re.I)
# "the first two of the Patriot systems promised": the count is a part's, the promise the whole's (untold); "all
# 20 of the guns it promised" is the whole
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|these|those)\b", re.I)
_FRONTED_OF = re.compile(r"\W*(?:Of|Out\s+of)\s+(?:the|its|their|all\s+the)\s+")
_ALL_BEFORE = re.compile(r"\ball\s+$", re.I)
# "the first four HIMARS committed", "the last 4 F-16s promised": a part told by its place, of a whole untold
_PLACE_BEFORE = re.compile(r"\b(?:first|initial|last|final|next|latest|remaining)\s+$", re.I)


def told_with_its_promise(m: Mentions, s: int, e: int, items: list[Item]) -> list[Item]:
    """Pledged items of the counted items of the sentence [s, e) that are told with the promise they were given
    under (the item itself keeps the state the rest of its sentence tells)."""
    text = m.text
    found: list[Item] = []
    for i in items:
        if i.quantity is None and (i.kind != "system" or is_question(m, s, e) or _told_before(m, s, e, i)) \
                or i.kind == "money" or i.status_override == "pledged" or "part-of-total" in i.notes:
            continue  # (a named system told with its promise needs no count when it opens its statement: "the Senator
            # vehicles Ottawa promised have arrived"; not the object of a verb, "has shipped the ATACMS it promised",
            # nor what a question asks of: "On the Hawk launchers announced in May - where are they?")
        whole = _WHOLE_COUNT_BEFORE.search(text, max(s, i.start - 8), i.start)
        x = _PROMISED_AFTER.match(text, i.end, e) or (whole and (_WHOLE_PROMISED_AFTER.match(text, i.end, e)
                                                                 or _FROM_PACKAGE.match(text, i.end, e)))
        if x is None or any(_PART_OF.match(text, n.end, i.head_start) and not _ALL_BEFORE.search(text, s, n.start)
                            or _PLACE_BEFORE.search(text, max(s, n.start - 12), n.start)
                            for n in m.inside(m.numbers, i.start, i.head_start)):
            continue
        if _FRONTED_OF.fullmatch(text, s, i.start):
            # "Of the 20 Caesars pledged by Paris, 12 have arrived": the whole fronted is the promise; the state
            # after it is its part's
            i.status_override = "pledged"
            continue
        # ("another ten promised": the promise of "as many more" is that second fact, told once)
        again = [n for n in i.notes if n == "as-many-more"]
        found.append(Item(x.start(1), x.end(1), i.name, i.category, i.kind, x.start(1), x.end(1), i.quantity,
                          i.unit, family=i.family, notes=["elliptical", "promise-told", *again],
                          status_override="pledged"))
    return found


def _told_before(m: Mentions, s: int, e: int, item: Item) -> bool:
    """Does a status cue of the item's own clause stand before it (the item is the object of a verb: "Washington has
    shipped the ATACMS it promised")?"""
    return bool(m.inside(m.status_cues, m.clause_of(s, e, item.head_start)[0], item.start))


def promise_told_after(m: Mentions, item: Item, cue) -> bool:
    """Is ``cue`` the promise told right after the counted ``item`` ("All 16 Caesar guns France agreed to send are
    now in Ukraine", "the first 12 of the 30 Marders Spain agreed to give have arrived")? It tells the promise
    (``told_with_its_promise``, or the whole of a part), not the state of the item now."""
    if item.quantity is None or item.kind == "money" or cue.label != "pledged" or cue.start < item.end:
        return False
    x = _PROMISED_AFTER.match(m.text, item.end)
    if x is None or x.start(1) != cue.start or not ("part-of-total" in item.notes or _AGREED.match(x.group(1))
                                                    or _RELATIVE_SUBJECT.search(m.text, x.start(), x.start(1))):
        return False  # (a participle, "promised", "pledged", already tells no state of its noun now)
    # the promise is a relative clause inside the item's own clause, closed by the verb that tells the state now
    # ("... France agreed to send in the spring are now in Ukraine"; not "the 25 we promised - 15 are there")
    return any(c.label == "delivered" and _INSIDE_THE_CLAUSE.fullmatch(m.text, x.end(1), c.start)
               for c in m.inside(m.status_cues, x.end(1), x.end(1) + 60))


# a relative clause's own subject before its verb ("the six Leopard 2A4 it pledged in March are now in Ukraine")
_RELATIVE_SUBJECT = re.compile(r"\s(?:that\s+|which\s+)?(?:it|they|we|he|she)\s+(?:had\s+|has\s+|have\s+)?"
                               r"(?:(?:originally|previously|earlier|already|first|once|initially)\s+)?$")
# (only its object and its time between: "Spain agreed to give Ukraine", "Oslo promised last year", "... in the spring")
_AGREED = re.compile(r"agreed\s")
_INSIDE_THE_CLAUSE = re.compile(r"(?:\s+(?:to\s+)?(?:" + NAMES + r"))?"
                                r"(?:\s+(?:in|on|at|by|during|last|this|early|earlier)(?:\s+(?:the|this|last))?\s+\w+"
                                r"(?:\s+\d{4})?)?\s*")


# "promised three MARS II and delivered them by August", "pledged four launchers, and has since handed them all over",
# "committed 12 guns and they arrived in May": the promise kept in the same sentence
_KEPT_AFTER = re.compile(
    r"[^.;:!?]{0,60}?(?:,\s*|\s+)and\s+(?:(?:then|later|since|has\s+since|had|has|have|duly)\s+)?"
    r"(?:(?:delivered|handed|sent|shipped|transferred|supplied|provided|donated)\s+(?:over\s+)?"
    r"(?:them|all\s+of\s+them|these)\b"
    r"|(?:they|all\s+of\s+them)\s+(?:have\s+|had\s+)?(?:since\s+|now\s+|all\s+)?(?:arrived|been\s+delivered)\b)", re.I)


def kept_in_sentence(m: Mentions, item: Item) -> bool:
    """Does the sentence go on to tell that the counted ``item``, promised, was delivered ("Germany promised three of
    its MARS II and delivered them by August")? Then the item is a delivery as well as a promise."""
    return item.quantity is not None and item.kind != "money" and _KEPT_AFTER.match(m.text, item.end) is not None
