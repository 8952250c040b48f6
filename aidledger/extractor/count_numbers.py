"""The numbers of a sentence that can count items: not inside money, physical quantities, dates or system
names, and no year, model number ("F-16", "LAV 6 vehicles", "Type 10 tanks"), calibre ("155-calibre shells")
or number of kinds ("three types of drones"). ``candidates.find_items`` joins only these to the nouns they
count.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.vocabulary import words
from aidledger.mentions.cues import compiled


def blocked_spans(m: Mentions, start: int, end: int, monies, systems) -> list[tuple[int, int]]:
    """Spans whose numbers are not counts: money, physical quantities, dates, system names
    (``monies`` and ``systems``: those within [start, end), as the sentence has them)."""
    spans = [(x.start, x.end) for x in monies]
    for x in monies:
        if x.conversion is not None:
            spans.append((x.conversion.start, x.conversion.end))
    for q in m.inside(m.quantities, start, end):
        if q.kind != "count":
            spans.append((q.start, q.end))
        if q.conversion is not None:
            spans.append((q.conversion.start, q.conversion.end))
    spans += [(d.start, d.end) for d in m.inside(m.dates, start, end)]
    spans += [(x.start, x.end) for x in systems]
    return spans


def counts(m: Mentions, s: int, e: int, blocked) -> list:
    """The numbers of sentence [s, e) that can count items: not inside money, quantities, dates or
    system names, not years, not model numbers (glued to letters: "F-16"; after a name: "LAV 6
    vehicles", "Type 10 tanks"), not a count of people or of the hurt ("Drone strike on Sumy: 4 injured",
    "shelling with rockets, 2 civilians killed": list ``people_counted`` of ``data/extract_words.csv``)."""
    out = []
    for n in m.inside(m.numbers, s, e):
        if any(a <= n.start < b for a, b in blocked):
            continue
        if n.value != n.value.to_integral_value():
            continue  # "two thirds of the 100 vehicles", "1.5 tanks": a share, no count of items
        if not is_year(n) and not glued(m.text, n) and not _after_name(m, s, n) \
                and not _KINDS_OF.match(m.text, n.end) and not _CALIBRE_AFTER.match(m.text, n.end) \
                and not (n.value == 1 and _OF_THE_MOST.match(m.text, n.end)) \
                and not words("people_counted").match_after(m.text, n.end):
            out.append(n)
    return out


# "155-calibre shells", "122 calibre rounds", "the 30 cal. machine guns": a calibre, no count
_CALIBRE_AFTER = re.compile(r"\s*-?\s*(?:calib(?:re|er)s?\b|cal\b\.?)", re.I)
# "three kinds of vehicles", "two types of drones": a number of kinds, not of items
_KINDS_OF = re.compile(r"\s+(?:different\s+|distinct\s+)?(?:kinds?|types?|sorts?|models?|categories|variants?|classes)"
                       r"\s+of\b", re.I)
# "one of the most sought-after weapons", "one of the largest suppliers of tanks": a rank among many, no count
_OF_THE_MOST = re.compile(r"\s+of\s+(?:the|its|their|Europe['’]s|NATO['’]s|Ukraine['’]s)\s+"
                          r"(?:most|least|best|worst|biggest|leading|top|major|main|key|\w{2,}est)\b", re.I)
_NAME_BEFORE = re.compile(r"(?<=[\w,;:)(\"'’”] )([A-Z][A-Za-z-]*) $")
_VERB_WORD = r"(?i:GIVE|pledges?|promises?|offers?|announces?|unveils?|receives?|gets?|orders?|buys?|approves?|to|will)"
_NOT_NAMES = frozenset("""About Some Over Another Only All Around Nearly Up Almost Roughly Approximately More Fewer
Less Under Exactly Just Total Further Additional First Last Latest Another The These Those Its Their Of And Or With
Plus Including Some Most Many Several January February March April May June July August September October
November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Forces Army Navy Military Ministry Government Guard Brigade Troops Units Command""".split())
# (the last row: bodies in title case, "the Ukrainian Armed Forces 10 howitzers")


def _after_name(m: Mentions, s: int, n) -> bool:
    """A number right after a capitalised name inside a sentence is part of a designation."""
    if n.kind != "digits" or "," in n.text or len(n.text) > 4:
        return False
    found = _NAME_BEFORE.search(m.text, max(s, n.start - 30), n.start)
    if found is None or found.group(1) in _NOT_NAMES:
        return False
    if compiled(_VERB_WORD).fullmatch(found.group(1)):
        return False  # a headline in title case: "Poland To Deliver 10 Krab Howitzers" (a verb, not a name)
    # "UK 14 tanks", "the Armed Forces of Ukraine 20 units": a donor or the recipient, not a name
    return not any(d.end >= found.end(1) for d in m.inside(m.donors, max(s, found.start(1) - 40), found.end(1)))


def is_year(n) -> bool:
    v = n.value
    # "2,000" or "2 000" (a thousands group) is a count; a year is four digits in a row
    return n.kind == "digits" and v == v.to_integral_value() and 1900 <= v <= 2100 and n.text.isdigit()


def glued(text: str, n) -> bool:
    """Digits glued to a letter or hyphen (model numbers like F-16 are not counts)."""
    before = text[n.start - 1:n.start] if n.start else ""
    after = text[n.end:n.end + 1]
    return bool(before and (before.isalpha() or before in "-/")) or bool(
        after and after.isalpha() and n.kind == "digits" and text[n.end:n.end + 1] not in "xX")


# a designation with a bracketed suffix glued to it: "CVR(T)", "M1A1(HA)", "FV432(W)", "Mk(2)"
_GLUED_BRACKETS = re.compile(r"\b([A-Za-z][\w-]*)\(([A-Za-z0-9]{1,3})\)(?=\s)")


def unbracketed_designations(between: str) -> str:
    """The words between a count and its item with a designation's glued brackets dropped ("eight CVR(T)
    Scimitar vehicles": "CVR(T)" is one word of the name, not punctuation that ends the count's reach)."""
    return _GLUED_BRACKETS.sub(r"\1\2", between)


# "40 of the army's retiring", "12 of the Spanish Air Force's old", "8 of the navy's": the owner of the stock a count is
# taken from, between the count and what it counts
_OWNERS_STOCK = re.compile(r"\s+of\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:['’]s|s['’])(?=\s)")


def without_owners_stock(between: str) -> str:
    """The words between a count and its item without the owner of the stock it is taken from ("40 of the army's
    retiring ASLAV vehicles": " retiring ASLAV "), so that the count reaches its item."""
    owner = _OWNERS_STOCK.match(between)
    return between if owner is None else between[owner.end():]


# the opening of a quoted count: '"up to 20" M113s', '"about 30" tanks', '"14" Leopards'
_QUOTED_COUNT_OPEN = re.compile(r"[\"“](?:(?:up\s+to|about|around|some|at\s+least|more\s+than|over|nearly|almost|"
                                r"roughly|another|a\s+further)\s+)?$", re.I)


def gap_before_name(text: str, n, head_start: int) -> str:
    """The words between a count ``n`` and its item's name at ``head_start`` ("#Leopard2A4": a hashtag; "40 of the
    army's retiring light armoured vehicles": the stock's owner left out), read without the mark that ends the
    count: "300+ drones" (at least 300), '"up to 20" M113 carriers' (the count quoted, with its hedge, as a source
    said it)."""
    between = without_owners_stock(unbracketed_designations(text[n.end:head_start].replace("#", " ")))
    if between.startswith("+"):
        return " " + between[1:]
    if between[:1] in "\"”" and between[1:2].isspace() and \
            _QUOTED_COUNT_OPEN.search(text, max(0, n.start - 16), n.start) is not None:
        return between[1:]
    return between


def quoted_count(text: str, item) -> bool:
    """Is the count of ``item`` quoted ('puts the order at "around 20" vehicles')? With no verb of giving it is a
    figure a source gave, not a commitment told by its count alone (``status.default``)."""
    return item.kind != "money" and item.quantity is not None and \
        _QUOTED_COUNT_OPEN.search(text, max(0, item.start - 16), item.start) is not None
