"""The turns of a transcript that answer a question: a bare count that answers a question about one system
("Q: Have the Bradleys arrived? A: All 40 have been delivered." The count opens the answer, after the speaker's
label and a "Yes", as the subject of its verb; ``pipeline`` counts the system asked about with it), and the
partners an answer names, who are not the one answering.
"""

from __future__ import annotations

import re

# what may stand before the count of an answer: the speaker's label ("A:", "GEN. RYDER:"), a "Yes", "all";
# "another" ("A: Yes, another 25 will go in the spring."), after which a future verb tells more of it
_ANSWER_LEAD = re.compile(r"\W*(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*:\s*)?"
                          r"(?:(?:[Yy]es|[Yy]eah|[Ss]o|[Ww]ell|[Ii]ndeed)\W+)*"
                          r"(?:(?:[Aa]ll|[Oo]nly|[Aa]bout|[Ss]ome|(?P<more>[Aa]nother|[Aa]\s+further))\s+)?")
# the count's verb: "have been delivered", "are already in Ukraine", "have all arrived"
_SUBJECT_VERB = re.compile(r"\s+(?:of\s+(?:them|those|these)\s+)?(?:have|has|had|were|was|are|is)\s+"
                           r"(?:(?:already|now|all|just|since|also)\s+)*(?:been\s+)?[a-z]{3,}")
# the verb of more of it: "another 25 will go", "a further 10 are to follow", "another two shall be sent"
_MORE_VERB = re.compile(r"\s+(?:will|shall|are\s+to|are\s+going\s+to)\s+(?:(?:soon|also|then)\s+)?(?:be\s+)?[a-z]{2,}")


def count_opens_answer(text: str, s: int, start: int, end: int) -> bool:
    """Is the count [start, end) the subject that opens the answer sentence starting at ``s`` ("A: All 40
    have been delivered.", "Yes, two of them are already in Ukraine.", "Yes, another 25 will go in spring.")?"""
    lead = _ANSWER_LEAD.fullmatch(text, s, start)
    if lead is None:
        return False
    return _SUBJECT_VERB.match(text, end) is not None or \
        (lead.group("more") is not None and _MORE_VERB.match(text, end) is not None)


# a partner the answer names: "we are working on it with Rome", "together with Lisbon", "alongside Oslo"
_WITH_BEFORE = re.compile(r"\b(?:with|alongside)\s+(?:the\s+)?$", re.I)


def not_partners(text: str, donors: list) -> list:
    """The donors of an answer less the partners it names after "with" ("Q: Is France weighing a second SAMP/T
    with Italy? A: It is one of the options we are working on with Rome."): the one asked about answers, not
    its partner."""
    return [d for d in donors if not _WITH_BEFORE.search(text, max(0, d.start - 20), d.start)]
