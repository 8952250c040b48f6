"""Counts of an item delivered, told beside the count it was promised or given in before: a part of a counted
whole ("Norway pledged 40 trucks; 25 of them have arrived so far"), the count given before that a new batch comes on
top of ("12 more guns, on top of the 19 sent last year"), and a running total of one system ("bringing the number of
Marders handed over to 60", "bringing the Leopards Madrid has sent to 30", or with its item left out after a batch
delivered: "six more arrived, bringing the number delivered to 20"). Each is a fact of its own (README rule 1), and a
stated count of one system already delivered is a ``delivered`` record (rule 5's exception).

``references.elliptical_counts`` asks here which bare counts stand for the item named before them.
"""

from __future__ import annotations

import re

from aidledger.extractor.items import Item
from aidledger.extractor.recipient_names import NAMES

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
    r"(?:sent|delivered|supplied|handed\s+over|donated|transferred|given|provided|shipped)"
    # ("the 60 shipped since the spring": a count of one item delivered up to now, README rule 5's exception)
    r"(?:" + _PAST_TIME + r"|\s+since\s+(?:the\s+)?(?:spring|summer|autumn|winter|last\s+(?:year|month|spring|summer|"
    r"autumn|winter)|(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)", re.I)


def given_at_a_past_time(text: str, end: int) -> bool:
    """Does the count ending at ``end`` go on with a participle of giving and the past time it was given in ("on top
    of the 19 sent last year", "in addition to the 22 delivered in 2022-23", "the 40 handed over since the
    spring")? Then it is a count given before (a delivery of its own, rule 1), as "the 19 already sent" is."""
    return _GIVEN_AT_A_PAST_TIME.match(text, end) is not None


def past_time_after(text: str, end: int) -> bool:
    """Does a past time follow ``end`` right away ("(handed over) in 2023", "(sent) last year")?"""
    return _PAST_TIME_AFTER.match(text, end) is not None


# "bringing the number of Fenneks transferred to 54", "taking the total of Archers delivered to Ukraine to 26": a new
# running total of one system, told delivered (not "donated" or "pledged": a total of what was promised)
# (or the system's own plural right after "the": "bringing the Gepards it has supplied to 37")
_TOTAL_VERB = (r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ed|ing)|lift(?:s|ed|ing)?|"
               r"push(?:es|ed|ing)?)\s+")
_RUNNING_TOTAL_OPENS = re.compile(_TOTAL_VERB + r"(?:the|its|their)\s+(?:(?:overall\s+|total\s+)?"
                                  r"(?:number|total|tally|count)\s+of\s+)?$", re.I)
_DELIVERED_WORD = (r"(?:already\s+)?(?:delivered|transferred|handed\s+over|sent|supplied|shipped)"
                   r"(?:\s+to\s+(?:" + NAMES + r"))?")
# "so far", "since 2023", "since the start of the war", "since February 2022": the span the running total counts
_SINCE = (r"(?:\s+(?:so\s+far|to\s+date|since\s+(?:(?:19|20)\d\d|(?-i:[A-Z])[a-z]+\s+(?:19|20)\d\d|"
          r"the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:full[-\s]scale\s+)?(?:war|invasion))))?")
# the class nouns, then the relative clause's own subject ("Bv206 vehicles Riga has delivered", "the CV90s it has
# sent", "the Leopards that Madrid has handed over"), then the participle
_RUNNING_TOTAL_DELIVERED = re.compile(
    r"(?:\s+(?!to\b|that\b|which\b|it\b|they\b|we\b)(?-i:[a-z])[\w-]*){0,2}?"
    r"(?:\s+(?:that|which))?(?:\s+(?:it|they|we|(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))?)\s+(?:has|have|had))?"
    r"\s+" + _DELIVERED_WORD + _SINCE + r"\s+to\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.I)


def running_totals_delivered(m, s: int, e: int, items: list, used: set) -> list:
    """Items of the sentence [s, e) that are a new running total of one named system told delivered ("A further 18
    Fennek vehicles were handed over, bringing the number of Fenneks transferred to 54"): a stated count of one
    system already delivered is a record (README rule 5's exception), beside the batch (rule 1)."""
    found = []
    for i in items:
        if i.kind != "system" or i.quantity is not None or \
                _RUNNING_TOTAL_OPENS.search(m.text, max(s, i.head_start - 50), i.head_start) is None:
            continue
        for n in m.inside(m.numbers, i.head_end, min(e, i.head_end + 80)):
            if n.start not in used and _RUNNING_TOTAL_DELIVERED.fullmatch(m.text, i.head_end, n.start):
                used.add(n.start)
                found.append(Item(n.start, n.end, i.name, i.category, i.kind, n.start, n.end, n.value, i.unit,
                                  family=i.family, notes=["elliptical", "running-total"],
                                  status_override="delivered"))
                break
    return found


# "bringing the number delivered to 18", "taking the total handed over to 110", "bringing its tally delivered so far
# to over 300,000": a running total told delivered with its item left out (the counted item told before it; not
# "taking its total to 110", which may count all it promised)
_ELIDED_TOTAL = re.compile(
    _TOTAL_VERB + r"(?:the|its|their|our)\s+(?:overall\s+|total\s+)?(?:number|total|tally|count)"
    r"(?:\s+of\s+(?:them|these|those))?\s+" + _DELIVERED_WORD + _SINCE + r"\s+to\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|well\s+over\s+)?", re.I)


# the elided total ends its clause ("... to 18.", "... to 110, the ministry said", "... to 60 so far")
_TOTAL_ENDS = re.compile(r"(?:\s+(?:so\s+far|in\s+all|in\s+total|to\s+date|now))?\s*(?:[,.;:)–—]|\s-\s|$)")


def elided_running_totals(m, s: int, e: int, items: list, used: set) -> list:
    """Items of the sentence [s, e) that are a running total with its item left out, told delivered, after a batch
    of one item ("Six more Boxer vehicles have arrived in Ukraine, bringing the number delivered to 30"; "has sent
    5,000 more shells, taking the total handed over so far to 90,000"): a stated count of one system already
    delivered (README rule 5's exception). The batch is a named system, a model's class or rounds of ammunition,
    counted."""
    found = []
    for x in _ELIDED_TOTAL.finditer(m.text, s, e):
        n = next(iter(m.inside(m.numbers, x.end(), min(e, x.end() + 12))), None)
        before = [i for i in items if i.end <= x.start() and i.quantity is not None and i.kind != "money"]
        if n is None or n.start != x.end() or n.start in used or not before or \
                any(o.start <= n.start < o.end for o in m.inside(m.money, s, e)) or \
                not _TOTAL_ENDS.match(m.text, n.end):
            continue  # ("bringing the total to 14 tanks": the total names an item of its own, maybe another one)
        batch = before[-1]
        if batch.kind != "system" and batch.category != "ammunition" and not named_class(m.text, batch):
            continue
        used.add(n.start)
        found.append(Item(n.start, n.end, batch.name, batch.category, batch.kind, n.start, n.end, n.value,
                          batch.unit, family=batch.family, notes=["elliptical", "running-total"],
                          status_override="delivered"))
    return found


# a model or a maker's name before a generic class: "200 LM-60 mortars", "100 Unimog off-road vehicles", "102 Type 73
# light trucks", "200 HX 8x8 trucks" (a word and a number)
_NAMED_BEFORE_CLASS = re.compile(r"\s(?:[A-Z][A-Za-z]*-?\d[\w/-]*|[A-Z][a-z][\w-]*|[A-Z][A-Za-z]+\s+\d[\w/-]*)\s+"
                                 r"(?:[\w-]+\s+)?$")
# ", Warsaw says", ", the Dutch ministry said": the donor that reports the sentence, after it
_REPORTS = re.compile(r"(?:\s+(?:defen[cs]e\s+)?(?:ministry|government|minister))?"
                      r"\s+(?:says|said|reports|reported|confirms|confirmed|states|stated)\b")
_REPORTERS = ("name", "capital", "demonym", "official")  # (not an institution: "NATO says" tells what all gave)


def named_class(text: str, item) -> bool:
    """Is the generic ``item`` a class told with a model's or a maker's name before it ("more than 300 LM-60 mortars",
    "100 Unimog off-road vehicles")? Its count is that of one system, as a named system's is (README rule 5)."""
    return item.kind == "generic" and item.quantity is not None and \
        _NAMED_BEFORE_CLASS.search(text, item.start, item.head_start) is not None


def reported_by_a_donor(m, item, e: int) -> bool:
    """Is the sentence of ``item`` (ending at ``e``) reported by a donor named after it (", Warsaw says")? The
    donor tells what it delivered itself, as a donor named before the count does ("Warsaw has handed over")."""
    return any(d.kind in _REPORTERS and d.code not in ("UKR", "", None)
               and _REPORTS.match(m.text, d.end) is not None and "," in m.text[max(item.end, d.start - 6):d.start]
               for d in m.inside(m.donors, item.end, e))


# "; a first batch went in 2023", ", and the first batch was delivered in May", "; an initial shipment reached Ukraine":
# a later clause telling a first batch of the item before it delivered (its count untold)
_FIRST_BATCH_WENT = re.compile(
    r"(?:[;,]\s*(?:and\s+|but\s+|while\s+)?|\b(?:and|but|while)\s+)(?:the|a|an|its)\s+(first|initial)\s+"
    r"(?:batch|shipment|delivery|consignment|tranche)\s+(?:of\s+(?:them|these|those)\s+)?"
    r"(?:went\s+(?:in|last|to\s+(?:Ukraine|Kyiv))\b|arrived\b|reached\b|came\s+(?:in|last)\b|"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:already\s+)?(?:delivered|handed\s+over|sent|shipped|transferred)\b)",
    re.I)


def first_batches_delivered(m, s: int, e: int, items: list) -> list:
    """Items of the sentence [s, e) that are a first batch of the system named before, told delivered ("Ten more CB90
    boats are coming; a first batch went in 2023"): a delivery of that system, its count untold."""
    found = []
    for x in _FIRST_BATCH_WENT.finditer(m.text, s, e):
        before = [i for i in items if i.end <= x.start() and i.kind == "system"]
        if not before or any(i.start < x.end() and x.start() < i.end for i in items):
            continue
        ref = before[-1]
        found.append(Item(x.start(1), x.end(1), ref.name, ref.category, ref.kind, x.start(1), x.end(1), None,
                          ref.unit, family=ref.family, notes=["elliptical", "first-batch"],
                          status_override="delivered"))
    return found


def told_beside(m, s: int, e: int, items: list, used: set) -> list:
    """The deliveries a sentence tells beside its items: a new running total of one system (its item told or left
    out), a first batch."""
    return running_totals_delivered(m, s, e, items, used) + elided_running_totals(m, s, e, items, used) + \
        first_batches_delivered(m, s, e, items)
