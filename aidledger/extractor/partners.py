"""Partners in a joint pledge: donors coordinated with one another ("Denmark, Germany and the
Netherlands"), and the phrases that name a partner ("together with Germany", "jointly with",
"working with the Netherlands", "in cooperation with Denmark") or a partner of talks who gives nothing
itself ("in talks with Spain about ..."). ``donor.donors_for`` reads them to decide who gives.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

# "Estonia's and Latvia's", "Swedish-Norwegian"
COORDINATION = re.compile(r"(?:['’]s)?(?:\s*(?:,|and|,\s*and|as\s+well\s+as|&)\s*(?:the\s+)?|-)")


def _flagged(text: str, first, second) -> bool:
    """"🇱🇻 Latvia": a country's flag and its name side by side are one name."""
    return first.code == second.code and not text[first.end:second.start].strip()


def coordinated(text: str, donors, forward: bool = False):
    """The donor nearest the item, with donors coordinated with it ("Denmark, Germany and the
    Netherlands"; "France and Italy")."""
    if not donors:
        return []
    if forward:
        group = [donors[0]]
        for d in donors[1:]:
            if COORDINATION.fullmatch(text[group[-1].end:d.start]) or _flagged(text, group[-1], d):
                group.append(d)
            else:
                break
        return _one_list(text, group, forward)
    group = [donors[-1]]
    for d in reversed(donors[:-1]):
        if (COORDINATION.fullmatch(text[d.end:group[0].start]) or _flagged(text, d, group[0])) and \
                not _new_clause_after_partner(text, d, group[0]):
            group.insert(0, d)
        else:
            break
    return _one_list(text, group, forward)


# "a coalition with Latvia, and Estonia will ...": the object of "with" ends a clause; ", and" opens a new one
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
_COMMA_AND = re.compile(r"\s*,\s*and\s+(?:the\s+)?$", re.I)
_FINITE_AFTER = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?)?\s*(?:will|would|shall|has|have|had|is|are|was|were|"
                           r"also|plans?|intends?|pledged|promised|gave|sent|paid|put|agreed)\b", re.I)


def _new_clause_after_partner(text: str, first, second) -> bool:
    """Do ``first`` and ``second`` stand in two clauses: ``first`` the object of "with" ("a drone coalition with
    Latvia"), ``second`` the subject of the clause ", and" opens ("..., and Estonia will put 10 million euros")?"""
    return _WITH_BEFORE.search(text, max(0, first.start - 12), first.start) is not None and \
        _COMMA_AND.fullmatch(text, first.end, second.start) is not None and \
        _FINITE_AFTER.match(text, second.end) is not None


_AND = re.compile(r"\b(?:and|as\s+well\s+as)\b|&")
# the first name of a group closes a list begun with a name that is no donor ("in Scotland and the Netherlands")
_CLOSED_BY_AND = re.compile(r"(?<!,)\s+and\s+(?:the\s+)?$")


def _one_list(text: str, group, forward: bool):
    """The part of a coordinated ``group`` that is one list: a list closed by "and" ends there, so a ", and"
    after it opens a new clause ("the coalition it leads with Norway and Britain, and Sweden has put ...":
    Sweden alone; "Denmark, Norway, and Sweden" is one list). From the item's side: the names after that
    ", and" when the item is after them, the names before it when the item is before them."""
    joins = [text[a.end:b.start] for a, b in zip(group, group[1:], strict=False)]
    plain = [i for i, j in enumerate(joins) if _AND.search(j) and "," not in j]
    if _CLOSED_BY_AND.search(text, max(0, group[0].start - 12), group[0].start):
        plain.append(-1)  # "trained crews in Scotland and the Netherlands, and London promised": a list closed before
    comma_and = [i for i, j in enumerate(joins) if _AND.search(j) and "," in j]
    if not plain or not comma_and:
        return group
    if forward:
        cut = [i for i in comma_and if any(p < i for p in plain)]
        return group[:cut[0] + 1] if cut else group
    cut = [i for i in comma_and if any(p < i for p in plain)]
    return group[cut[-1] + 1:] if cut else group


def unique_codes(codes) -> list[str]:
    """The codes in their order, each once."""
    return list(dict.fromkeys(codes))


ALONG_WITH = re.compile(r",\s*(?:along|together|jointly)\s+with\s+(?:the\s+)?$", re.I)
TOGETHER = re.compile(r"\b(?:together|jointly)\s+with\s+(?:the\s+)?$", re.I)
# a partner the subject works with to give: "is working with the Netherlands to deliver", ", working closely with"
WORKING_WITH = re.compile(r"\b(?:work(?:s|ing|ed)?|co-?operat(?:e|es|ing|ed)|partner(?:s|ing|ed)?|"
                           r"team(?:s|ing|ed)?\s+up)\s+(?:together\s+|closely\s+|jointly\s+)?with\s+(?:the\s+)?$", re.I)
# the partner of one item: "gave 100 tanks together with Germany", "in cooperation with Denmark", "in joint with"
PARTNER = re.compile(r"\b(?:together|jointly|in\s+(?:cooperation|co-operation|conjunction|partnership|joint))\s+"
                      r"with\s+(?:the\s+)?$", re.I)
# "Sweden together with Norway will hand over ...", "Riga in joint with Vilnius gave ...": a subject and its partner
_SUBJECT_AND_PARTNER = re.compile(r"\s+(?:together|jointly|in\s+(?:cooperation|co-operation|conjunction|partnership|"
                                  r"joint))\s+with\s+(?:the\s+)?", re.I)


# "Belgium joined the Netherlands and Denmark in pledging F-16s": the subject joins the partners in giving
_JOINED = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?join(?:s|ed)\s+(?:the\s+)?")
IN_GIVING_AFTER = re.compile(r"(?:\s*,?\s+(?:and\s+)?(?:the\s+)?(?-i:[A-Z])[\w'’.-]*){0,4}\s+in\s+[a-z]+ing\b")


def subject_with_partner(text: str, subject, partner) -> bool:
    """Does donor ``partner`` follow donor ``subject`` as its partner, with no comma ("Sweden together with
    Norway", "Latvia in joint with Estonia"), or as those the subject joined in giving ("Belgium joined Denmark in
    pledging jets")? Then both give, jointly."""
    if _SUBJECT_AND_PARTNER.fullmatch(text, subject.end, partner.start) is not None:
        return True
    return _JOINED.fullmatch(text, subject.end, partner.start) is not None and \
        IN_GIVING_AFTER.match(text, partner.end) is not None


_PRONOUN_AFTER = re.compile(r"\s*,?\s*(?:it|they|she|he)\s+(?:\w+\s+){0,2}?(?:is|are|will|would|has|have|had|was|were|"
                            r"also|plans?|intends?|agreed|pays?|paid|funds?|funded|sends?|sent|gives?|gave|"
                            r"provides?|provided|delivers?|delivered|donates?|donated|buys?|bought)\b")


def pronoun_subject(m: Mentions, donors, sentence, group, discourse) -> list[str]:
    """The donors a pronoun after a partner group stands for ("..., and together with Denmark it is paying for
    12 more", "Jointly with Finland, they will fund ..."): the donors named last before the group in the
    sentence, else those the text spoke of last; [] when ``group`` is no such partner."""
    text = m.text
    if not PARTNER.search(text, max(sentence[0], group[0].start - 30), group[0].start) or \
            not _PRONOUN_AFTER.match(text, group[-1].end):
        return []
    earlier = [d for d in donors if sentence[0] <= d.start and d.end <= group[0].start and d.code]
    if earlier:
        return unique_codes(d.code for d in coordinated(text, earlier))
    return list(discourse.last_donors)


# what may stand between an item and the partner phrase that qualifies it: "20 CV90 vehicles, in cooperation
# with", "Leopard 1A5 tanks (together with"
ATTACHED = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*[,(]?\s*")


def partner_of_earlier_item(m: Mentions, before, item) -> list:
    """``before`` (the donors before ``item``) without its last group, when that group is the partner of an
    earlier item ("The Netherlands gave 14 tanks in cooperation with Denmark, and also 8 howitzers": Denmark is
    the tanks' partner, the howitzers are the Netherlands'); [] when the last group is no such partner."""
    text = m.text
    group = coordinated(text, before)
    if not group:
        return []
    first = group[0]
    if len(group) == len(before) or not PARTNER.search(text, max(0, first.start - 30), first.start):
        return []
    subject = before[:len(before) - len(group)]
    return subject if item_between(m, subject[-1].end, first.start) else []


def item_between(m: Mentions, start: int, end: int) -> bool:
    """Does an item (a named system, a generic item or an amount) stand in [start, end)?"""
    return bool(m.inside(m.systems, start, end) or m.inside(m.generics, start, end) or m.inside(m.money, start, end))


# the partners of talks: "studying with Belgium and Sweden whether ...", "in talks with Spain about ...", "studying
# together with Germany whether ...", "in discussions with the US about ...", "evaluating options with Germany"
TALKS_WITH = re.compile(r"\b(?:talk(?:s|ing|ed)?|discuss(?:es|ing|ed|ions?)?|consult(?:s|ing|ed|ations?)?|"
                         r"stud(?:y|ies|ying|ied)|negotiat(?:e|es|ing|ed|ions?)|conversations?|in\s+contact|in\s+touch|looking|"
                         # "we are evaluating options with Germany", "analysing it with allies", "working on it with"
                         r"(?:evaluat|assess|analy[sz]|explor|examin|weigh)(?:e|es|ed|ing|s)?"
                         r"(?:\s+(?:it|this|that|them|(?:the\s+)?options?|possibilities))?|"
                         r"work(?:s|ed|ing)?\s+on\s+(?:it|this|that))\s+"
                         r"(?:together\s+|jointly\s+|closely\s+)?with\s+(?:the\s+)?$", re.I)
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Ww]e|I|[Ii]t|[Tt]hey|[Hh]e|[Ss]he)\b")


def without_partners(m: Mentions, item, donors, sentence) -> list:
    """``donors`` without those a subject of the sentence talks with ("we are studying with Belgium and
    Sweden whether Mirage 2000 can be made available", "Germany is in talks with Spain about 50 trucks"):
    partners of talks give nothing themselves; the subject does. A partner that has the system when the
    subject does not is the one asked to give it ("Washington has been talking with Greece about handing
    over S-300 batteries") and stays; so do partners when the sentence names no subject before the
    talks ("Talks with Spain go on")."""
    text = m.text
    system = m.catalog.get(item.name) if item.kind == "system" else None
    operators = set(system.operators) if system is not None else set()
    partners: set[int] = set()
    for i, d in enumerate(donors):
        talks = TALKS_WITH.search(text, max(sentence[0], d.start - 40), d.start)
        if talks is not None:
            subjects = [x for x in donors if sentence[0] <= x.start and x.end <= talks.start()]
            if not subjects and not _SUBJECT_PRONOUN.search(text, sentence[0], talks.start()):
                continue
            if d.code in operators and not any(x.code in operators for x in subjects):
                continue  # the partner has the system, the subject has not: the one asked to give it
            partners.add(i)
        elif i - 1 in partners and COORDINATION.fullmatch(text, donors[i - 1].end, d.start):
            partners.add(i)  # "with Belgium and Sweden"
    return [d for i, d in enumerate(donors) if i not in partners]


_TOGETHER_WITH = re.compile(r"\b(?:together|jointly)\s+with\s+(?:the\s+)?", re.I)


def only_partners_named(m: Mentions, s: int, e: int) -> bool:
    """Is every donor named in [s, e) a partner after "together with" / "jointly with" ("- Leopard 1A5 tank
    (together with Denmark): 80")? Then the one who speaks, not named there, gives jointly with them."""
    named = [d for d in m.inside(m.donors, s, e) if d.kind not in m.non_donor_kinds]
    marks = [x.end() for x in _TOGETHER_WITH.finditer(m.text, s, e)]
    return bool(named and marks) and all(any(mark <= d.start <= mark + 2 or _joined_after(m.text, mark, d.start)
                                             for mark in marks) for d in named)


_BOUGHT_BEFORE = re.compile(r"\b(?:procured|purchased|bought|ordered|acquired)\s+$", re.I)


def bought_with_partners(m: Mentions, s: int, e: int) -> bool:
    """Is every "together with" of [s, e) the partner of a purchase ("for shells procured together with Norway",
    "ordered jointly with Sweden")? The partner buys with the giver; the sum told is the giver's."""
    marks = list(_TOGETHER_WITH.finditer(m.text, s, e))
    return bool(marks) and all(_BOUGHT_BEFORE.search(m.text, max(s, x.start() - 12), x.start()) for x in marks)


def partners_after(m: Mentions, item, clause) -> list[str]:
    """The donors a partner phrase after ``item`` in its clause names ("• Norway: the 2 NASAMS units it sent jointly
    with the US", "- Germany: 4 IRIS-T launchers, together with Denmark"): they give it with the line's donor (rule 9);
    not a co-payer's phrase ("financed together with", ``co_payers``) nor a purchase's ("bought jointly with")."""
    named = [d for d in m.inside(m.donors, item.end, clause[1]) if d.kind not in m.non_donor_kinds
             and d.code not in (None, "", "UKR")]
    found = [d for d in named if (mark := PARTNER.search(m.text, max(item.end, d.start - 30), d.start)) is not None
             and not _BOUGHT_BEFORE.search(m.text, max(0, mark.start() - 12), mark.start())
             and not _PAID_BEFORE.search(m.text, max(0, mark.start() - 16), mark.start())]
    return unique_codes(d.code for d in coordinated(m.text, found, forward=True)) if found else []


_PAID_BEFORE = re.compile(r"\b(?:financed|funded|paid\s+for)\s+$", re.I)


def _joined_after(text: str, mark: int, start: int) -> bool:
    """Is ``start`` in the list of names that begins at ``mark`` ("with Denmark and the Netherlands")?"""
    return _PARTNER_LIST.fullmatch(text, mark, start) is not None


_PARTNER_LIST = re.compile(r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s*|\s+and\s+(?:the\s+)?))+")


# a phrase after the item that names who else pays for it: "(financed together with Norway)", ", co-funded by
# Germany", ", paid for jointly with Belgium"
_CO_PAID = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?[\s,(–—-]*"
                      r"(?:(?:and\s+|which\s+(?:is|are|was|were|will\s+be)\s+)?"
                      r"(?:co-?(?:financed|funded)\s+(?:by|with)|"
                      r"(?:financed|funded|paid\s+for|bought|purchased)\s+(?:jointly|together)\s+with|"
                      r"(?:jointly|partly)\s+(?:financed|funded|paid\s+for)\s+by|"
                      r"(?:financed|funded|paid\s+for)\s+(?:jointly|together)\s+by)\s+(?:the\s+)?)", re.I)


def co_payers(m: Mentions, item, clause) -> list[str]:
    """The donors a phrase right after ``item`` names as paying for it with its giver ("8 Caesar howitzers
    (financed together with Norway)", "4 IRIS-T systems, co-funded by Denmark"): each pays for what another
    supplies (README rule 11: funded), with no count of its own (rule 9); the giver keeps the count."""
    paid = _CO_PAID.match(m.text, item.end, clause[1])
    if paid is None or not paid.group(0).strip(" ,(–—-"):
        return []
    named = [d for d in m.inside(m.donors, paid.end(), clause[1]) if d.kind not in m.non_donor_kinds
             and d.code not in (None, "", "UKR")]
    if not named or named[0].start != paid.end():
        return []
    return unique_codes(d.code for d in coordinated(m.text, named, forward=True))


# ", and it has pledged", "last year, and they will give": a pronoun subject of the clause after a partner
_AND_PRONOUN_AFTER = re.compile(r"(?:\s+(?-i:[a-z0-9][\w-]*)){0,3}?\s*,\s*and\s+(?:it|they|she|he)\s+(?:also\s+)?"
                                r"(?:will|would|shall|has|have|had|is|are|was|were|plans?|intends?|pledged|promised|"
                                r"gave|sent|paid|put|agreed)\b", re.I)


def partner_before_pronoun(text: str, donor) -> bool:
    """Is ``donor`` the object of "with" that ends a clause, before ", and it ..." ("Latvia will head a counter-mine
    coalition with Norway, and it has promised 4 million euros")? The pronoun is the first clause's subject."""
    return _WITH_BEFORE.search(text, max(0, donor.start - 12), donor.start) is not None and \
        _AND_PRONOUN_AFTER.match(text, donor.end) is not None
