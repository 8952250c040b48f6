"""Counts of an item delivered, told beside the count it was promised or given in before: a part of a counted
whole ("Norway pledged 40 trucks; 25 of them have arrived so far"), the count given before that a new batch comes on
top of ("12 more guns, on top of the 19 sent last year"), and a running total of one system ("bringing the number of
Marders handed over to 60"). Each is a fact of its own (README rule 1), and a stated count of one system already
delivered is a ``delivered`` record (rule 5's exception).

``references.elliptical_counts`` asks here which bare counts stand for the item named before them.
"""

from __future__ import annotations

import re

# "25 of them have arrived", "eight of these were handed over", "ten of those are already in Ukraine": the part's
# own verb, telling a delivery
_OF_THEM_DELIVERED = re.compile(
    r"\s+(?:of|from)\s+(?:them|these|those)\s+(?:have|has|had|were|was|are|is)\s+(?:now\s+|already\s+|so\s+far\s+)?"
    r"(?:been\s+)?(?:arrived|delivered|handed\s+over|sent|shipped|transferred|supplied|received|in\s+Ukraine)\b", re.I)


def part_of_counted(text: str, n, items) -> bool:
    """Is the bare count ``n`` a part of the counted item named before it in its sentence, told delivered ("Norway
    pledged some 40 trucks; 25 of them have arrived so far")? Named systems are read by ``references``; this reads
    counted items of every kind (a generic class counted is one item type: README rule 8)."""
    return _OF_THEM_DELIVERED.match(text, n.end) is not None and any(
        i.head_end <= n.start and i.kind != "money" and i.quantity is not None for i in items)


# a past time right after a participle of giving: "(sent) last year", "(delivered) in 2022-23", "(handed over) in
# the spring"
_PAST_TIME = (r"\s+(?:(?:in|during|over|through)\s+(?:the\s+)?)?(?:(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?\b|"
              r"last\s+(?:year|month|spring|summer|autumn|winter)\b|(?:first|previous|earlier)\s+(?:year|months|"
              r"packages?|tranches?)\b|(?:spring|summer|autumn|winter|January|February|March|April|May|June|July|"
              r"August|September|October|November|December)\b)")
_PAST_TIME_AFTER = re.compile(_PAST_TIME, re.I)
# "the 19 sent last year", "the 22 delivered in 2022-23", "the 54 it handed over in 2023": a participle of giving
# with the past time it was given in (a count given before, told without "already")
_GIVEN_AT_A_PAST_TIME = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?:it|they|we|(?-i:[A-Z][\w.]*))\s+(?:had\s+|has\s+|have\s+)?)?"
    r"(?:sent|delivered|supplied|handed\s+over|donated|transferred|given|provided|shipped)" + _PAST_TIME, re.I)


def given_at_a_past_time(text: str, end: int) -> bool:
    """Does the count ending at ``end`` go on with a participle of giving and the past time it was given in ("on top
    of the 19 sent last year", "in addition to the 22 delivered in 2022-23")? Then it is a count given before (a
    delivery of its own, rule 1), as "the 19 already sent" is."""
    return _GIVEN_AT_A_PAST_TIME.match(text, end) is not None


def past_time_after(text: str, end: int) -> bool:
    """Does a past time follow ``end`` right away ("(handed over) in 2023", "(sent) last year")?"""
    return _PAST_TIME_AFTER.match(text, end) is not None
