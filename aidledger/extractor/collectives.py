"""Collective subjects that stand for the donors the sentence before named together.

"Denmark and the Netherlands trained Ukrainian pilots. The two countries will also donate 42 F-16 jets." /
"... Between them the three governments said they would fund at least 100 of those tanks." The subject ("the
two countries", "both governments", "all three") names no donor of its own: it is the donors of the sentence
before, as many as it counts, each giving jointly (README rule 9).
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
# "the two countries", "both governments", "these three allies", "all three", "the two": the subject of its sentence
_COLLECTIVE = re.compile(r"(?:^|[.;:]\s+|\b(?:[Bb]etween\s+them|[Tt]ogether)\s*,?\s+|,\s+(?:and\s+)?)"
                         r"(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll)\s+(?P<n>two|three|four|five)|(?P<both>[Bb]oth))"
                         r"(?:\s+(?:countries|governments|allies|capitals|nations|partners|donors|states))?"
                         r"(?=\s+(?:(?:have|has|had|will|would|also|jointly|then|together|said|say|says|agreed|"
                         r"pledged|promised|committed|sent|delivered|gave|plan|plans|are|were)\b))")


def collective_donors(m: Mentions, idx: int) -> list[str]:
    """The donors the collective subject of sentence ``idx`` stands for ("The two countries will donate ..."):
    the distinct donors the sentence before names, when there are as many as the subject counts; else []."""
    if not idx:
        return []
    s, e = m.sentences[idx]
    found = _COLLECTIVE.search(m.text[s:e])  # (its own string: "^" is the sentence's start)
    if found is None:
        return []
    ps, pe = m.sentences[idx - 1]
    codes = []
    for d in m.inside(m.donors, ps, pe):
        if d.kind not in m.non_donor_kinds and d.code not in (None, "", "UKR") and d.code not in codes:
            codes.append(d.code)
    wanted = _NUMBERS[(found.group("n") or found.group("both")).lower()]
    return codes if len(codes) == wanted else []
