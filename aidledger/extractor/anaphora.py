"""Pronouns and definite words that stand for a system (or an item paid for) named in an earlier sentence.

Explainers introduce a system first and tell who refuses or weighs it in the next sentence, with a pronoun
as the object: "The German Taurus remains the outlier. Scholz has refused to supply it." The object is the
system of the sentence before: a refusal or a hedge is a fact of its own (README rule 11). A pronoun a
giving verb governs ("thanked London for sending it") may tell the item again, and gives nothing here.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item
from aidledger.mentions.cues import compiled

# the object of a verb of giving: "supply it", "sending them", "to deliver the missile" (not a recipient:
# "supply it with")
_OBJECT = (r"\b(?:GIVE)\s+"
           r"(it|them|the\s+(?P<noun>[a-z][\w-]*?s?))"
           r"(?=\s*(?:[.,;:!?\"”’)]|$|(?:to|in|until|since|before|after|by|from|under|this|next|last|either|"
           r"too|as|at|for|on|if|unless|because|without)\b))")
_REACH = 2  # sentences back to the system the pronoun stands for
_CUE_REACH = 30  # characters between the refusal or hedge and the object it governs
_BREAK_IN = re.compile(r"[,;:.!?—–]")
# a sentence that is only an answer word, after a speaker's label: "A: No.", "Yes."
_ANSWER_WORD = re.compile(r"\s*(?:[A-Z][\w.]{0,20}:\s*)?(?:No|Yes|Nope|Never|Absolutely\s+not|Of\s+course)[.!]?\s*",
                          re.I)


def system_before(m: Mentions, idx: int):
    """The one system (a catalog name, not a generic word) that the nearest earlier sentence naming systems
    names, within ``_REACH`` sentences before ``idx``; None when that sentence names several families."""
    reach = _REACH
    for j in range(idx - 1, -1, -1):
        ps, pe = m.sentences[j]
        if _ANSWER_WORD.fullmatch(m.text, ps, pe):
            continue  # "A: No." between the question and the reasons: no sentence of its own
        reach -= 1
        if reach < 0:
            break
        named = [x for x in m.inside(m.systems, ps, pe) if not x.system.generic]
        if named:
            families = {x.system.family or x.system.name for x in named}
            return named[-1].system if len(families) == 1 else None
    return None


def _governed(m: Mentions, s: int, start: int) -> bool:
    """Does a refusal or a hedge end shortly before ``start``, in the same clause ("has refused to supply it",
    "is weighing whether to send them")?"""
    return any(c.label in ("refused", "considering") and 0 <= start - c.end <= _CUE_REACH
               and not _BREAK_IN.search(m.text, c.end, start) for c in m.inside(m.status_cues, s, start))


def pronoun_objects(m: Mentions, idx: int) -> list[Item]:
    """Items of sentence ``idx`` (one with no item of its own) whose object is a pronoun or a definite word
    of the category of the system named in the sentences before: "has refused to supply it" → Taurus."""
    s, e = m.sentences[idx]
    sysobj = system_before(m, idx)
    if sysobj is None:
        return []
    found = []
    for x in compiled(_OBJECT).finditer(m.text, s, e):
        if x.group("noun") is not None:
            word = m.inside(m.generics, x.start(1), x.end(1))
            if not word or word[0].system.category != sysobj.category:
                continue  # "sending the package": no word for the system
        if not _governed(m, s, x.start(1)):
            continue  # "sending it" may tell the item again; only a refusal or a hedge is a fact of its own
        found.append(Item(x.start(1), x.end(1), sysobj.name, sysobj.category, "system", x.start(1), x.end(1),
                          family=sysobj.family, notes=["elliptical", "pronoun"]))
        break  # one object stands for it; the rest of the sentence tells the same fact again
    return found


# the subject opening the sentence: "They will not go to Ukraine", "These jets cannot be spared", "It is not available"
# (after a speaker's label or a quotation mark: "A: They stay here.")
_SUBJECT = re.compile(r"(?:[A-Z][\w.]{0,20}:\s*)?[\"“‘'(\s]*(?:(They|It)|(?:These|Those)\s+(?P<noun>[a-z][\w-]*?s?))\b")


def pronoun_subject(m: Mentions, idx: int) -> list[Item]:
    """The item of sentence ``idx`` (one with no item of its own) whose subject is a pronoun or a definite word of the
    category of the system named in the sentences before, refused or weighed right after it: "Lithuania buys Leopard
    2A8 tanks. They will not go to Ukraine." → Leopard 2A8, refused (README rule 11: a refusal is a fact of its
    own)."""
    s, e = m.sentences[idx]
    x = _SUBJECT.match(m.text, s, e)
    sysobj = system_before(m, idx) if x is not None else None
    if sysobj is None:
        return []
    if x.group("noun") is not None:
        word = m.inside(m.generics, x.start(2), x.end(2))
        if not word or word[0].system.category != sysobj.category:
            return []  # "Those plans will not go ahead": no word for the system
    end = x.end(1) if x.group(1) is not None else x.end(2)
    # ("It is being discussed": "it" may be the matter, not the system; only its refusal stands for the system)
    labels = ("refused",) if x.group(1) == "It" else ("refused", "considering")
    if not any(c.label in labels and 0 <= c.start - end <= _CUE_REACH
               and not _BREAK_IN.search(m.text, end, c.start) for c in m.inside(m.status_cues, end, e)):
        return []  # "They arrived in May" may tell the item again; only a refusal or a hedge is a fact of its own
    start = x.start(1) if x.group(1) is not None else x.start("noun")
    return [Item(start, end, sysobj.name, sysobj.category, "system", start, end, family=sysobj.family,
                 notes=["elliptical", "pronoun"])]


# paying for what the sentence before named: "Denmark and Canada are among those paying for them", "Oslo will
# finance it"; the payer does not supply it (README rule 11: funded), a fact of its own
_PAID_FOR = re.compile(r"\b(?:pa(?:y|ys|id|ying)\s+for|financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?|"
                       r"foot(?:s|ed|ing)?\s+the\s+bill\s+for|cover(?:s|ed|ing)?\s+the\s+costs?\s+of)\s+(it|them)\b"
                       r"(?=\s*(?:[.,;:!?)]|$|(?:too|as\s+well|also|in\s+full|jointly|together|through|under|via)\b))",
                       re.I)


def _item_before(m: Mentions, idx: int):
    """The one kind of item (a system or a generic word) that the nearest earlier sentence naming items names,
    within ``_REACH`` sentences before ``idx``; None when that sentence names items of several categories."""
    for j in range(idx - 1, max(-1, idx - 1 - _REACH), -1):
        ps, pe = m.sentences[j]
        named = m.inside(m.systems, ps, pe) + m.inside(m.generics, ps, pe)
        if named:
            return named[-1].system if len({x.system.category for x in named}) == 1 else None
    return None


def paid_for_objects(m: Mentions, idx: int) -> list[Item]:
    """Items of sentence ``idx`` (one with no item of its own) that a donor pays for, named by a pronoun for the
    item of the sentences before: "The initiative has bought 300,000 shells. Copenhagen and Ottawa are paying for
    them." → shells, funded, with no count (the count is the whole bought, not the payer's share)."""
    s, e = m.sentences[idx]
    x = _PAID_FOR.search(m.text, s, e)
    thing = _item_before(m, idx) if x is not None else None
    if thing is None:
        return []
    return [Item(x.start(1), x.end(1), thing.name, thing.category, "generic" if thing.generic else "system",
                 x.start(1), x.end(1), family=thing.family, notes=["elliptical", "pronoun", "paid-for"])]


def pronoun_items(m: Mentions, idx: int) -> list[Item]:
    """The items of sentence ``idx`` (one with no item of its own) that a pronoun names: the object of a refusal or a
    hedge, else the subject refused or weighed ("They will not go to Ukraine."), else what a donor pays for."""
    return pronoun_objects(m, idx) or pronoun_subject(m, idx) or paid_for_objects(m, idx)
