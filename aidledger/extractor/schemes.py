"""Refusals to join or pay into a pooled scheme that buys arms for Ukraine (PURL, the Czech ammunition
initiative, an EU fund): "Spain declined to take part in PURL", "France declined to contribute too". Such a
refusal (README rule 11) is of a contribution, an item of its own (category money, no amount); so is a
contribution only weighed ("Spain is still considering a contribution to PURL": considering), which
``refused_schemes`` adds to a sentence's candidates; ``pipeline`` asks it after ``candidates.find_items``.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.item_types import is_arms_in_general
from aidledger.extractor.items import Item

# joining a pooled scheme: "take part in PURL", "join the initiative", "contribute", "sign up to it"
_JOINING = re.compile(r"\b(?:join(?:s|ed|ing)?|tak(?:e|es|ing)\s+part|taken\s+part|took\s+part|"
                      r"participat(?:e|es|ed|ing)|contribut(?:e|es|ed|ing|ion)|sign(?:s|ed|ing)?\s+up)\b"
                      r"(?=(?P<rest>[^,;.:!?()\"“”]{0,70}))", re.I)  # ahead: "..., and will not contribute" is tried
# the object of the joining: none ("declined to contribute, citing ..."), a word for it ("did not join it either")
_NO_OBJECT = re.compile(r"\s*(?:(?:either|too|so\s+far|for\s+now|yet|it|in\s+it|to\s+it|this\s+year)\b\s*)*$", re.I)
# ... or a pooled scheme that buys arms for Ukraine ("in PURL", "any such initiative", "the Czech-led scheme")
# ("the Danish model": Ukrainian production paid for by a donor; "the EPF assistance measure")
_SCHEME = (r"(?:initiatives?|schemes?|mechanisms?|funds?|facility|programmes?|programs?|PURL|purchases?|"
           r"procurement|model|(?:assistance\s+)?measures?)")
_SCHEME_OBJECT = re.compile(r"\s*(?:in|to|into|with)?\s*(?:(?:the|any|such|this|that|a|an|its|their|new)\s+)*"
                            r"(?:[\w'’-]+\s+){0,3}?" + _SCHEME + r"\b", re.I)
_SCHEME_NAMED = re.compile(r"\b" + _SCHEME + r"\b", re.I)
# a veto of a scheme's money: "vetoed the next EPF tranche", "kept its veto over the fund's reimbursements"
_VETO = re.compile(r"\bveto|\bblock|\bwithh[oe]ld", re.I)
_SCHEME_OR_EPF = re.compile(r"\b(?:" + _SCHEME + r"|EPF)\b", re.I)
_RELATIVE_SUBJECT = re.compile(r"\b(?:which|who|that)\s+(?:\w+\s+){0,3}$", re.I)
_SCHEME_REACH = 5  # sentences before an elided scheme may be named in ("Others stayed away. Italy did not join either")


def refused_schemes(m: Mentions, s: int, e: int, items: list[Item], idx: int) -> list[Item]:
    """``items`` with the refusals to join or pay into a pooled scheme that buys arms for Ukraine (PURL, the Czech
    ammunition initiative, an EU fund): "Spain declined to take part in PURL", "France declined to contribute
    too". Such a refusal (README rule 11) is of a contribution, an item of its own (category money, no amount):
    a joining verb (or "contribution") that a refusal or a hedge of its clause governs (a hedge: the contribution
    is weighed), whose object is a scheme or is elided while the sentence or one of the ``_SCHEME_REACH`` before
    it names one; not when the clause has an item of its own (the
    refusal is of that), nor in a relative clause ("Italy, which has not joined PURL, ...": a description). Arms
    in general after the verb are what the scheme buys ("any EU purchase of weapons"), no item refused."""
    out = list(items)
    for x in _JOINING.finditer(m.text, s, e):
        cs, ce = m.clause_of(s, e, x.start())
        verb_end = x.start("rest")
        purpose = [i for i in out if cs <= i.head_start < ce and i.start >= verb_end and is_arms_in_general(i)]
        if any(cs <= i.head_start < ce and i not in purpose for i in out):
            continue
        # refused, or only weighed ("Spain is still considering a contribution to PURL")
        if not any(c.label in ("refused", "considering") and c.start < verb_end and x.start() - c.end <= 12
                   for c in m.inside(m.status_cues, cs, verb_end)):
            continue
        if _RELATIVE_SUBJECT.search(m.text, max(cs, x.start() - 40), x.start()):
            continue
        rest = x.group("rest")
        if _SCHEME_OBJECT.match(rest) is None:
            floor = m.sentences[max(0, idx - _SCHEME_REACH)][0]
            if _NO_OBJECT.match(rest) is None or _SCHEME_NAMED.search(m.text, floor, x.start()) is None:
                continue
        out = [i for i in out if i not in purpose]
        out.append(Item(x.start(), verb_end, "contribution to a joint scheme", "money", "generic", x.start(), verb_end,
                        notes=["scheme-refused"]))
    return out


def vetoed_scheme_money(m: Mentions, s: int, e: int, items: list[Item]) -> list[Item]:
    """``items`` with the vetoes of a pooled scheme's money told without an amount: "Hungary vetoed the next
    tranche of the European Peace Facility", "Budapest kept its veto over the EPF in place". Such a veto is a
    refusal (README rule 11) of the scheme's money, an item of its own (category money, no amount): a refusal
    cue of veto or block whose clause names a scheme and has no item of its own (an amount blocked is that
    amount's record)."""
    out = list(items)
    for c in m.inside(m.status_cues, s, e):
        if c.label != "refused" or not _VETO.match(c.text):
            continue
        cs, ce = m.clause_of(s, e, c.start)
        if any(cs <= i.head_start < ce for i in out) or _SCHEME_OR_EPF.search(m.text, c.start, ce) is None:
            continue
        if _RELATIVE_SUBJECT.search(m.text, max(cs, c.start - 40), c.start):
            continue  # "Hungary, which has blocked the EPF, ...": a description
        out.append(Item(c.start, c.end, "money of a joint fund", "money", "generic", c.start, c.end,
                        notes=["scheme-vetoed"]))
    return out


# the EU's arms fund, which pays member states back for what they give Ukraine
_PEACE_FACILITY = re.compile(r"\b(?:European\s+Peace\s+Facility|EPF)\b")
_REFUND = re.compile(r"reimburs", re.I)
# whom it pays back: the members at large ("member states", "EU governments"), not one named donor compensated
_MEMBERS_REFUNDED = re.compile(r"\w*\s+(?:the\s+|its\s+)?(?:(?:EU|other)\s+)?"
                               r"(?:member\s+(?:states|countries)|members|governments|capitals|countries|allies)\b",
                               re.I)


def peace_facility_refund(m: Mentions, cue, s: int, e: int) -> bool:
    """Is the not-aid ``cue`` a reimbursement by the European Peace Facility, named in the sentence [s, e)
    ("the EU will use the European Peace Facility to reimburse member states, with EUR 2 billion, for shells
    they give Ukraine")? The EPF refunds aid to Ukraine: that is the EU's own funding of it (README rule 11,
    funded), not compensation paid to a donor for its own sake (rule 10): so only when it pays back the members
    at large ("reimburse member states"), not one of them ("CZK 400 million will be reimbursed to the Czech
    Republic")."""
    return _REFUND.match(cue.text) is not None and _MEMBERS_REFUNDED.match(m.text, cue.end) is not None and \
        _PEACE_FACILITY.search(m.text, s, e) is not None
