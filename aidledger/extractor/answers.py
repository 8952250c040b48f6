"""The turns of a transcript that answer a question: a bare count that answers a question about one system
("Q: Have the Bradleys arrived? A: All 40 have been delivered." The count opens the answer, after the speaker's
label and a "Yes", as the subject of its verb; ``pipeline`` counts the system asked about with it), the
partners an answer names, who are not the one answering, and a sentence that answers a question about a
tally ("How many has Oslo handed over in total? - Around 60 howitzers.") or about which donors gave what
("Which countries have sent tanks? Britain (14 Challenger 2), ..."), which ``status.default`` asks about.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.speakers import first_person_donor, only_country, turn_speaker

# what may stand before the count of an answer: the speaker's label ("A:", "GEN. RYDER:"), a "Yes", "all";
# "another" ("A: Yes, another 25 will go in the spring."), after which a future verb tells more of it
# (a post's: "Reply from @handle:", "@handle:")
_SPEAKER_LABEL = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*:"  # "A:", "GEN. RYDER:"
_ANSWER_LEAD = re.compile(r"\W*(?:" + _SPEAKER_LABEL + r"\s*"
                          r"|(?:[Rr]eply\s+(?:from\s+)?)?@[\w.]+\s*:\s*)?"
                          r"(?:(?:[Yy]es|[Yy]eah|[Ss]o|[Ww]ell|[Ii]ndeed)\W+)*"
                          r"(?:(?:[Aa]ll|[Oo]nly|[Aa]bout|[Ss]ome|(?P<more>[Aa]nother|[Aa]\s+further))\s+)?")
# the count's verb: "have been delivered", "are already in Ukraine", "have all arrived"
# ("All eight launchers were handed over": the asked system's unit word may stand after the count)
_SUBJECT_VERB = re.compile(r"\s+(?:of\s+(?:them|those|these)\s+"
                           r"|(?:launchers?|batter(?:y|ies)|fire\s+units?|systems?|units?)\s+)?"
                           r"(?:have|has|had|were|was|are|is)\s+"
                           r"(?:(?:already|now|all|just|since|also)\s+)*(?:been\s+)?[a-z]{3,}"
                           # "6 of them arrived in Sept": the simple past of arriving
                           r"|\s+(?:of\s+(?:them|those|these)\s+)?(?:already\s+)?(?:arrived|reached)\b")
_TURN_LABEL = re.compile(r"\W*(?:" + _SPEAKER_LABEL + r"|(?:[Yy]es|[Yy]eah)\b)")
_MORE_AFTER = re.compile(r"[\w.,]+\s+(?:more|further|additional)", re.I)
# the verb of more of it: "another 25 will go", "a further 10 are to follow", "another two shall be sent"
_MORE_VERB = re.compile(r"\s+(?:will|shall|are\s+to|are\s+going\s+to)\s+(?:(?:soon|also|then)\s+)?(?:be\s+)?[a-z]{2,}")


def count_opens_answer(text: str, s: int, start: int, end: int) -> bool:
    """Is the count [start, end) the subject that opens the answer sentence starting at ``s`` ("A: All 40
    have been delivered.", "Yes, two of them are already in Ukraine.", "Yes, another 25 will go in spring.")?"""
    lead = _ANSWER_LEAD.fullmatch(text, s, start)
    if lead is None:
        return False
    # ("A: Two more will follow in May.": the count's own "more", after it)
    more = lead.group("more") is not None or (_MORE_AFTER.fullmatch(text, start, end) is not None
                                              and _TURN_LABEL.match(text, s) is not None)
    return _SUBJECT_VERB.match(text, end) is not None or (more and _MORE_VERB.match(text, end) is not None)


# a partner the answer names: "we are working on it with Rome", "together with Lisbon", "alongside Oslo"
_WITH_BEFORE = re.compile(r"\b(?:with|alongside)\s+(?:the\s+)?$", re.I)


def not_partners(text: str, donors: list) -> list:
    """The donors of an answer less the partners it names after "with" ("Q: Will Spain send more Hawk
    launchers with Greece? A: We are studying that with Athens."): the one asked about answers, not
    its partner."""
    return [d for d in donors if not _WITH_BEFORE.search(text, max(0, d.start - 20), d.start)]


def _asked_before(m: Mentions, clause, question: re.Pattern[str], *, anywhere: bool = True) -> set[str] | None:
    """The status labels of the sentence just before the sentence of ``clause``, when that sentence is a
    question ``question`` finds in it (``anywhere``) or opens it; None when it is no such question."""
    idx = m.sentence_index(clause[0])
    if not idx:
        return None
    qs, qe = m.sentences[idx - 1]
    found = question.search(m.text, qs, qe) if anywhere else question.match(m.text, qs, qe)
    return None if found is None else {c.label for c in m.inside(m.status_cues, qs, qe)}


def tally_asked(m: Mentions, clause) -> str | None:
    """Is the sentence of ``clause`` the answer to a question, just before it, about a running total or a
    balance ("How many ... in total?", "How much is left?")? Then "delivered" when the question asks what
    was handed over, else "total"; None when it is no such answer."""
    said = _asked_before(m, clause, _TALLY_QUESTION)
    if said is None:
        return None
    return "delivered" if said == {"delivered"} else "total"


def which_asked(m: Mentions, clause) -> str | None:
    """Is the sentence of ``clause`` the answer to a question just before it that asks which donors gave what, or
    what a donor has given ("Which countries have sent tanks?", "What has Norway delivered so far?")? Then the
    state the question tells by its own cues, when that is one ("delivered"); None otherwise."""
    said = _asked_before(m, clause, _WHICH_QUESTION, anywhere=False)
    return next(iter(said)) if said and len(said) == 1 else None


# "Which countries have sent tanks?", "What weapons has Germany delivered?": a question about what was given
_WHICH_QUESTION = re.compile(r"\W*(?:Which|What)\b[^?.!]{0,80}\?\s*$")
# "How many has Oslo handed over in total?", "How much is left in the fund?": a question about a tally
_TALLY_QUESTION = re.compile(r"\bhow\s+(?:much|many)\b[^?]{0,120}?\b(?:left|remain(?:s|ing)?|in\s+total|so\s+far|"
                             r"to\s+date|altogether|all\s+told|overall)\b[^?]{0,60}\?", re.I)


_YOU = re.compile(r"(?<![\w'’])(?:you|your)(?![\w'’])", re.I)


def addressed(m: Mentions, question: int, answer: int) -> str | None:
    """The donor "you" stands for in a question [question, answer) that names no donor ("Q: Will you give Kub
    systems? A: That is not on the table now."): the one who answers, the speaker of the answer's turn, else the
    "we" of the text, else the one country it names; None when the question says no "you" (a country named in the
    answers as a partner, "paid together with Denmark", is not the one asked)."""
    if _YOU.search(m.text, question, answer) is None:
        return None
    sentence = m.sentences[m.sentence_index(answer)]
    return turn_speaker(m, sentence) or first_person_donor(m) or only_country(m)


# the words for the parts of a launched system an answer counts beside its launchers: "two launchers and one radar"
_PART_WORDS = frozenset({"radars", "missiles", "air defence missiles"})


def only_parts(generics) -> bool:
    """Whether the generic words of an answer (``generics``) are none, or only words for the parts of a system asked
    about ("Q: More NASAMS? A: Last year we gave four launchers and a radar."), so that its bare counts
    may still count the system asked about."""
    return all(g.system.name in _PART_WORDS for g in generics)
