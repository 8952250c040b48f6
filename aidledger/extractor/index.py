"""The mentions of one document, found once and indexed for the stages that read them.

Every recogniser of ``aidledger.mentions`` runs once over the whole text; the lists are sorted by
start and indexed, so a stage asks for "the donors inside this clause" by bisection and a long
document costs linear time. Nothing here decides anything: it only holds what was found.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import accumulate

from aidledger.model import Document

_COLON = re.compile(r":\s")


@cache
def _recognisers():
    from aidledger.catalog import load_catalog
    from aidledger.mentions import cues, dates, donors, money, numbers, offices, quantities
    return load_catalog(), cues, dates, donors, money, numbers, offices, quantities


class Mentions:
    """What the recognisers found in one document: sentences, systems, generic items, money,
    physical quantities, numbers, donors, status and context cues, dates."""

    def __init__(self, doc: Document):
        from aidledger.extractor import short_names
        from aidledger.sentences import split_clauses, split_sentences

        catalog, cues, dates, donors, money, numbers, offices, quantities = _recognisers()
        t = doc.text
        self.doc = doc
        self.text = t
        self.catalog = catalog
        self.resolve_currency = money.resolve_currency
        self.non_donor_kinds = donors.NON_DONOR_KINDS
        self._split_clauses = split_clauses
        self.sentences = split_sentences(t)
        self._sentence_starts = [s for s, _ in self.sentences]
        self.systems = catalog.find(t)
        self.generics = catalog.find_generic(t)
        self.money = money.find_money(t)
        self.quantities = quantities.find_quantities(t)
        self.numbers = numbers.find_numbers(t)
        # a word the catalog names as a system is no official close to it in spelling ("Stormer" is no "Starmer")
        system_starts = sorted((x.start, x.end) for x in self.systems)
        self.donors = [d._replace(code=offices.code_on(d.text, doc.published) or d.code) if d.kind == "official" else d
                       for d in donors.find_donors(t)
                       if not (d.kind == "official" and _within_a_system(system_starts, d.start, d.end))]
        self.status_cues = [c for c in cues.find_status_cues(t) if c.label != "ignore"]
        self.context_cues = cues.find_context_cues(t)
        self.dates = dates.find_dates(t, published=doc.published)
        # misspelt system names ("Abrahms"), among the capitalised words nothing else took
        taken = ((x.start, x.end) for lst in (self.systems, self.generics, self.donors, self.money, self.dates)
                 for x in lst)  # read only when a capitalised word stands where an item stands
        self.systems = self.systems + catalog.find_misspelt(t, taken)
        # "20 more Senators", after "Senator armoured vehicles": a system's own word, told again
        taken = ((x.start, x.end) for lst in (self.systems, self.generics, self.donors, self.dates) for x in lst)
        self.systems = self.systems + short_names.plurals_after(catalog, t, self.systems, taken)
        # id(mention list) -> its starts, and the furthest end of its mentions up to each
        self._index: dict[int, tuple[list[int], list[int]]] = {}
        for lst in (self.systems, self.generics, self.money, self.quantities, self.numbers, self.donors,
                    self.status_cues, self.context_cues, self.dates):
            lst.sort(key=lambda x: x.start)
            # indexed once: the lists do not change
            self._index[id(lst)] = ([x.start for x in lst], list(accumulate((x.end for x in lst), max)))
        self._clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}
        # what a stage computes once per document and reads for many items (key: a tuple that names the stage)
        self.memo: dict[tuple, object] = {}

    def sentence_index(self, position: int) -> int:
        """The index in ``sentences`` of the sentence that starts last at or before ``position`` (-1: none)."""
        return bisect_right(self._sentence_starts, position) - 1

    def inside(self, items, start: int, end: int):
        """The mentions of one of the lists above that lie within [start, end)."""
        starts, reach = self._index[id(items)]
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        if lo == hi:
            return []
        if reach[hi - 1] <= end:  # no mention up to there ends after ``end``: all of them lie within
            return items[lo:hi]
        return [x for x in items[lo:hi] if x.end <= end]

    def starting(self, items, start: int, end: int):
        """The mentions of one of the lists above that start within [start, end)."""
        starts = self._index[id(items)][0]
        return items[bisect_left(starts, start):bisect_left(starts, end)]

    def clauses(self, s: int, e: int) -> list[tuple[int, int]]:
        """The clauses of sentence [s, e): ``sentences.split_clauses``, and a colon that opens a list
        ("... already in the fight: 10 Strykers are now set aside") begins a clause of its own."""
        found = self._clauses.get((s, e))
        if found is None:
            found = []
            for cs, ce in self._split_clauses(self.text, s, e):
                start = cs
                for colon in _COLON.finditer(self.text, cs, ce):
                    if colon.start() > start:
                        found.append((start, colon.start()))
                        start = colon.start()
                found.append((start, ce))
            self._clauses[(s, e)] = found
        return found

    def clause_of(self, s: int, e: int, position: int) -> tuple[int, int]:
        """The clause of sentence [s, e) that holds ``position``."""
        for cs, ce in self.clauses(s, e):
            if cs <= position < ce:
                return cs, ce
        return s, e


def _within_a_system(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) lie within one of the sorted system ``spans``?"""
    i = bisect_right(spans, (start, end)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]
