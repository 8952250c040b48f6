"""References: the counts and words of a sentence that stand for an item named before — "Canada eight",
"six of them", "the first four had been delivered", "four more of the same type", "Portugal has delivered
several", "all of them" — turned into items of their own (``candidates.find_items`` calls these after it has
found the items the sentence names).

Like ``candidates``, this stage decides nothing about donors, statuses or aid: it only says which item a bare
count or word counts, and, where the words themselves tell it ("had been delivered", "the first of which
arrived"), the state they tell.
"""

from __future__ import annotations

import re
from decimal import Decimal

from aidledger.extractor.delivered_counts import given_at_a_past_time, part_of_counted
from aidledger.extractor.gapped import gapped_another
from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item
from aidledger.extractor.recipient_names import FOR_RECIPIENT, NAMES
from aidledger.mentions.cues import compiled

# ("two more of the same configuration": more of the item before, not "more of the money")
_ELLIPTIC_MORE = re.compile(r"\s+(?:more|further|additional|others?)\b(?!\s+than\b)"
                            r"(?!\s+of\b(?!\s+the\s+same\s+(?:type|kind|model|configuration|version|variant)\b))", re.I)
_MORE_BEFORE = re.compile(r"(?:\b(?:another|a\s+further|an\s+additional|further|additional)\s+"
                          # "weighing a further batch of around 40", "a new shipment of 6 is expected": more
                          # of the item named before, by the lot it comes in
                          r"(?:(?:batch|shipment|tranche|consignment|lot|delivery)\s+of\s+)?"
                          r"|\b(?:a|the)\s+(?:new|fresh|second|third|fourth|next)\s+"
                          r"(?:batch|shipment|tranche|consignment|lot|delivery)\s+of\s+"
                          # "later added still 50", "will transfer still 20": a translation's "another"
                          r"|\b(?:add(?:s|ed)?|transfer\w*|g[ai]ves?|send|sends|sent|deliver\w*|provid\w*|hand\w*\s+over|"
                          r"allocat\w*)\s+still\s+)"
                          r"(?:about\s+|some\s+|around\s+|roughly\s+|up\s+to\s+)?$", re.I)
_VERB_AFTER = re.compile(r"\s+(?:are|is|were|was|will|would|shall|to|have|has|had|could|should|can|may|might|more|"
                         r"arrived|reached|followed|came|promised|pledged|due|expected|planned"
                         r"|now\s+(?:fight|serve|operate|fly))\b", re.I)
_PART_DONE = re.compile(r"\s+(?:had|have|has|were|was)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:been\s+)?"
                        r"(?:delivered|sent|supplied|handed\s+over|shipped|transferred|provided|donated|arrived|received|reached)\b"
                        # "only about 500 arrived", "300 actually reached Ukraine": the simple past of arriving
                        r"|\s+(?:actually\s+|finally\s+|ever\s+)?(?:arrived|reached\s+(?:Ukraine|Kyiv|the\s+front))\b"
                        # "eight were operating in Ukraine by January": in service there
                        r"|\s+(?:are|is|were|was)\s+(?:already\s+|now\s+)?(?:operating|in\s+service|deployed)\s+in\s+"
                        r"(?:Ukraine|the\s+country)\b",
                        re.I)
# "an initial batch of 14 will be sent", "the first six were handed over", "all 14 ...", "three of them
# arrived", "two such systems": a bare count that refers back to the item named before
_BACK_BEFORE = re.compile(r"\b(?:(?:the|an?)\s+(?:first|initial|second|next|last|final|remaining)"
                          r"(?:\s+(?:batch|tranche|shipment|delivery|consignment|group|lot|instal+ment)\s+of)?"
                          r"|all|only|just)\s+$",
                          re.I)
_BACK_AFTER = re.compile(r"\s+(?:of\s+(?:them|these|those|which|(?:the|these|those)\s+(?:systems|launchers|units)"
                         # "Portugal sent three of the same model": units of the item before
                         r"|the\s+same\s+(?:model|type|kind|version|configuration|variant)s?)\b"
                         r"(?!,?\s+(?:said|says|told|tells|added|noted|"
                         r"explained|stressed|wrote|asked|spoke))|such\b|(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
                         r"(?:promised|pledged|announced|committed)\b)", re.I)
_NOMINAL_BEFORE = re.compile(r"\b(?:commitment|pledge|promise|contribution|donation|offer)\s+of\s+"
                             r"(?:(?:about|some|around|up\s+to|another|a\s+further)\s+)?$", re.I)
# "Officials say 31 are due in total", "and 12 have arrived": a bare count as the subject of a clause whose
# verb tells a state, the item being the one named before
_SUBJECT_BEFORE = re.compile(r"(?:^|[.;:!?]\s+|,\s+|\b(?:says?|said|that|and|but|while|now)\s+)(?:only\s+|just\s+)?"
                             r"(?:about\s+|some\s+|around\s+|over\s+|nearly\s+|almost\s+)?$", re.I)
# "Only about 500 arrived.": nothing but a qualifier between the sentence's opening and its count
_QUALIFIED_OPENING = re.compile(r"[\s\"“‘'•*–-]*(?:(?:only|just|about|some|around|nearly|almost|roughly)\s+)+", re.I)
_STATE_AFTER = re.compile(r"\s+(?:are|were|have|has|had|will|would|should)\s+"
                          r"(?:now\s+|already\s+|all\s+|still\s+|also\s+)?"
                          r"(?:been\s+|be\s+)?(?:due\b|delivered|sent|supplied|handed\s+over|shipped|transferred|"
                          r"provided|donated|arrived|in\s+Ukraine|(?:already|now)\s+there\b|on\s+(?:the|their)\s+way|en\s+route|"
                          r"to\s+(?:be\s+)?(?:sent|delivered|shipped|handed\s+over|arrive|follow))", re.I)
# "four more Leopard 2 tanks, in addition to the four we already sent": the item before, told in another state
_GIVEN_RELATIVE = re.compile(r"\s+(?:(?:that\s+|which\s+)?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:already\s+)?"
                             r"(?:sent|delivered|supplied|provided|donated|gave|handed\s+over|transferred)\b"
                             # "raised from the 14 it first promised": the count a donor promised before
                             r"|(?:that\s+|which\s+)?(?:it|they|we)\s+(?:had\s+)?(?:first|originally|initially)\s+"
                             r"(?:promised|pledged|committed)\b"
                             # "the 8 promised in January are on schedule": the count, its participle
                             r"|(?:promised|pledged|committed|announced|ordered)\s+(?:in|on|last|earlier|so|by)\b)",
                             re.I)
_LAUNCH_NOUN_MORE = re.compile(r"\s+(?:more\s+|further\s+|additional\s+)?"
                               r"(?:launchers?|batter(?:y|ies)|fire\s+units?)\b", re.I)
_BOUGHT_BEFORE = re.compile(r"\b(?:bought|purchased|paid\s+for|financed|funded|ordered)\s+(?:only\s+|another\s+)?$",
                            re.I)
_FOR_UKRAINE_AFTER = re.compile(r"\s+(?:more\s+)?" + FOR_RECIPIENT, re.I)
# ("one of its four batteries", "two of their own launchers": a part of the donor's stock)
_LAUNCH_NOUN = re.compile(r"\s+(?:of\s+(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+)?)?"
                          r"(?:launchers?|batter(?:y|ies)|fire\s+units?|systems?)\b(?!\s+of\b)", re.I)
# "one of its four batteries": the count after "of its" is the donor's stock, not what it gives
_PART_OF_STOCK = re.compile(r"\b(?:one|two|three|four|five|six|\d+)\s+of\s+(?:its|their|our)\s+(?:own\s+)?$", re.I)
_LAUNCHED = ("air_defence", "mlrs")
# "will send four tanks and could raise that number to eight": the new total of the item before
_RAISED_TO_BEFORE = re.compile(r"\b(?:rais|increas|expand)\w*\s+(?:that|this|the)\s+"
                               r"(?:number|figure|total|count)\s+to\s+(?:(?:about|some|around|up\s+to)\s+)?$", re.I)
# ("not send more", "not planning to send more"; not "has not decided whether to send more": weighed)
NOT_BEFORE = re.compile(r"(?:\bnot|\bcannot|n['’]t|\bnever|\bno\s+longer)\s+"
                         r"(?:(?!whether\b|if\b|yet\b|decided\b)\w+\s+){0,2}$", re.I)
_REST_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:remaining|other|outstanding|last)\s+$", re.I)
_OF_FRONT = re.compile(r"[\s\"“‘'•*–-]*Of\s+(?:the|its|their)\b")
_OF_FRONT_LATER = re.compile(r"(?:\bthat|[:;])\s+of\s+(?:the|its|their)\b")
_COMMA_BEFORE = re.compile(r",\s*(?:(?:about|some|around|nearly|almost|over|roughly)\s+)?$", re.I)
# "out of the 20 promised", "of the 20", "from the batch of 18 promised" (a translation's word for the whole)
_WHOLE_BEFORE = re.compile(r"\b(?:out\s+of\s+(?:(?:the|its|their|all)\s+)?|(?:of|from)\s+(?:the|its|their|all)\s+"
                           r"(?:(?:batch|lot|contingent|total)\s+of\s+)?)"
                           r"(?:about\s+|some\s+)?(?P<given>(?:promised|pledged|committed|announced|ordered)\s+)?$",
                           re.I)
_WHOLE_AFTER = re.compile(r"\s+(?:(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?)?"
                          r"(?:promised|pledged|committed|announced|ordered)\b", re.I)
_ONLY_BEFORE = re.compile(r"\b(?:only|just|about|some|around|nearly|almost|of\s+(?:which|whom|them|these))\s+$", re.I)
_COUNT_ENDS = re.compile(r"\s*(?:[.;:)]|,|\band\b|\bwhile\b|$)"
                         # "Belgium 30 by 2028", "Canada sent eight in March": a time, no noun, after the count
                         r"|\s+(?:by|in|before|until|from|during|through|over|within)\s+(?:the\s+)?"
                         r"(?:(?:end|start|beginning|middle)\s+of\s+"
                         r"(?:the\s+)?)?(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|"
                         r"October|November|December|next|this|spring|summer|autumn|winter)\b"
                         # "and Spain ten in a first batch": the batch a count came in, no noun after it
                         r"|\s+in\s+(?:a|an|the|its|their)\s+(?:first|second|third|initial|further|later|single)\b"
                         # "promised another ten last autumn", "and six more later": a time without a preposition
                         r"|\s+(?:(?:last|this|next|early\s+next|later\s+this)\s+(?:year|month|week|spring|summer|"
                         r"autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)|later|soon|shortly|afterwards)\b"
                         # "It has delivered six so far.": a running count of the item before (rule 5 keeps it)
                         r"|\s+(?:so\s+far|to\s+date|until\s+now|up\s+to\s+now|by\s+now|already)\b"
                         # "has sent twenty to Ukraine", "sent ten after repairs": the receiver or the work before it
                         r"|\s+(?:to\s+(?-i:" + NAMES + r")|after\s+(?:repairs?|refurbishment|overhauls?))\b")
DEFINITE = re.compile(r"\b(?:the|these|those|such|this|that)\s+$", re.I)
_FROM_AFTER = re.compile(r"\s+(?:units?\s+|pieces\s+)?from\s+(?:the\s+)?")
_ADDED_TO_BEFORE = re.compile(r"\b(?:on\s+top\s+of|adding\s+to|added\s+to|in\s+addition\s+to|besides|alongside)\s+"
                              r"(?:the|its|their)\s+(?:about\s+|some\s+|over\s+)?$", re.I)
_ALREADY_GIVEN_AFTER = re.compile(r"\s+(?:(?:it|they|he|she|we|(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*))?)\s+"
                                  r"(?:has|have|had)\s+)?already\s+(?:been\s+)?"
                                  r"(?:delivered|sent|supplied|handed\s+over|donated|transferred|given|provided|"
                                  r"in\s+Ukraine|(?P<promised>announced|pledged|promised|committed))\b", re.I)
# "is adding 20,000 shells to the 140,000 already announced": the count added to, after a verb of adding
_TO_THE_BEFORE = re.compile(r"\bto\s+(?:the|its|their)\s+(?:about\s+|some\s+|over\s+)?$", re.I)
_ADD_VERB = re.compile(r"\badd(?:s|ed|ing)?\b", re.I)
_SHORT_GAP = re.compile(r"[^.;:!?]{0,30}")
_TIME_AFTER = re.compile(r"\s+(?:(?:in|by|during|around|before|after|next|this|over)\s+)?(?:the\s+)?"
                         r"(?:\d{4}|year|month|spring|summer|autumn|fall|winter|new\s+year|quarter|"
                         r"January|February|March|April|May|June|July|August|September|October|November|December)\b",
                         re.I)
# ("from them": a translation's "of them": "delivered 6 from them", "4 from them are already in Ukraine")
_OF_THEM = re.compile(r"\s+(?:of|from)\s+(?:them|these|those)\b"
                      r"(?!,?\s+(?:said|says|told|tells|added|noted|wrote|asked))", re.I)
# "six fire units so far", "at least two": a count of the heading's system, with no item of its own
_TOPIC_COUNT_ENDS = re.compile(
    r"\s+(?:fire\s+units?|units?|launchers?|batter(?:y|ies)|systems?|pieces|so\s+far|to\s+date)\b", re.I)
_OF_WHICH_AFTER = re.compile(r"\s+(?:of|from)\s+(?:which|them|these)\s+(?:had|have|has|were|was|are|is|will|would)\b",
                             re.I)
_OF_WHICH = re.compile(r"\b(?:of\s+which|of\s+them|of\s+these|of\s+those)\b", re.I)
_LATER_SUBJECT_BEFORE = re.compile(r"(?:[;,]\s*(?:and\s+|but\s+|so\s+)?|\s[-–—]\s*|\b(?:and|but|so)\s+|"
                                   r"\bof\s+which\s+(?:[\w'’]+\s+){0,3}?)"
                                   r"(?:(?:all|only|just|about|some|around|nearly|almost|over)\s+)?$", re.I)
_NOW_IN_UKRAINE = re.compile(r"\s+(?:are|is)\s+(?:(?:therefore|all|now|already)\s+){0,3}"
                             r"(?:in\s+(?:Ukraine|the\s+country)\b|(?<=now\s|ady\s)there\b)", re.I)
_IN_SERVICE_AFTER = re.compile(r"\s+now\s+(?:fight|serve|operate|fly)\s+(?:with|in|for)\s+(?:the\s+)?Ukrain", re.I)
# a word that counts the item before without naming it, then the count's verb
_VAGUE_NOUN = re.compile(r"\s+(?:machines|units|pieces|items)(?=" + _VERB_AFTER.pattern + ")", re.I)
_INITIALLY_BEFORE = re.compile(r"[,(:–—-]\s*[\"“]?(?:initially|at\s+first|to\s+begin\s+with|in\s+a\s+first\s+step)\s+$",
                               re.I)
UNITS_AFTER = re.compile(r"\s*(?:units?|pieces|pcs\.?|rounds|items|sets)\b", re.I)


def elliptical_counts(m: Mentions, s: int, e: int, items: list[Item], numbers, used: set[int], heads,
                       earlier: Item | None, topic: Item | None, topic_end: int | None) -> None:
    """Counts without a noun of their own in sentence [s, e), added to ``items`` as counts of the item
    they refer to: the item named before them in the sentence, the system heading the sentence
    (``topic``), or ``earlier``, the last counted item of the sentences before ("Norway will give NASAMS
    launchers. An initial batch of 4 will be sent")."""
    text = m.text
    # "2 F-16 jets this year and 28 more by 2028", "two more to come": the count refers to the
    # item named just before it
    for n in numbers:
        if n.start in used or _PART_OF_STOCK.search(text, max(s, n.start - 24), n.start):
            continue
        more_after = _ELLIPTIC_MORE.match(text[n.end:n.end + 40]) is not None
        # "the first Abrams tanks have arrived, out of the 31 promised": the whole the part is taken from
        # ("... the remaining 6 F-16 jets out of the promised 24": the participle before the whole)
        whole_at = _WHOLE_BEFORE.search(text, max(s, n.start - 26), n.start)
        whole_of = whole_at is not None and (whole_at.group("given") is not None
                                             or _WHOLE_AFTER.match(text, n.end) is not None)
        # "Of the 1 million shells promised, only 300,000 had been delivered": a part told with its verb
        part_of = _PART_DONE.match(text, n.end) is not None and (
            _ONLY_BEFORE.search(text, max(s, n.start - 12), n.start) is not None
            # "Of the 18 Caesar guns France pledged, 12 have been delivered": a fronted whole, then the part
            # ("the letter states that of the 24 F-16s promised, 18 have been handed over": after "that")
            or ((_OF_FRONT.match(text, s) is not None or _OF_FRONT_LATER.search(text, s, n.start) is not None)
                and _COMMA_BEFORE.search(text, max(s, n.start - 14), n.start) is not None))
        # "another 6 will follow"; "Denmark pays for another 6.": more of the item before, closing its clause
        more_before = _MORE_BEFORE.search(text, max(s, n.start - 40), n.start) is not None \
            and (_VERB_AFTER.match(text, n.end) is not None or _COUNT_ENDS.match(text, n.end) is not None
                 or _VAGUE_NOUN.match(text, n.end) is not None)  # ("Another 18 machines will be transferred")
        # "Poland delivered 14 Leopard 2A4s, and Canada sent eight": a bare count after a giving verb
        after_verb = compiled(GIVEN_BEFORE).search(text, max(s, n.start - 20), n.start) is not None and \
            _COUNT_ENDS.match(text, n.end) is not None
        # "Canada bought one for Ukraine in 2023": a bare count bought or paid for Ukraine
        bought_for = _BOUGHT_BEFORE.search(text, max(s, n.start - 24), n.start) is not None and \
            _FOR_UKRAINE_AFTER.match(text, n.end) is not None
        # "Norway will give NASAMS launchers. An initial batch of 4 will be sent": a count that refers back
        back_ref = refers_back(text, heads, n.start) and earlier is not None and (
            (_BACK_BEFORE.search(text, max(s, n.start - 40), n.start) is not None
             and (_VERB_AFTER.match(text, n.end) is not None or _BACK_AFTER.match(text, n.end) is not None))
            or _BACK_AFTER.match(text, n.end) is not None
            # "Belgium's commitment of 30 is the largest": a pledge named by its noun, of the item before
            or (_NOMINAL_BEFORE.search(text, max(s, n.start - 30), n.start) is not None
                and (_VERB_AFTER.match(text, n.end) is not None or _COUNT_ENDS.match(text, n.end) is not None))
            or ((_STATE_AFTER.match(text, n.end) is not None  # ("15 have arrived.": a count opening its sentence)
                 or _PART_DONE.match(text, n.end) is not None)
                and (n.start == s or _SUBJECT_BEFORE.search(text, max(s, n.start - 18), n.start) is not None
                     or _QUALIFIED_OPENING.fullmatch(text, s, n.start) is not None))
            # "Norway has sent NASAMS. Earlier it transferred 4 launchers": the counting noun of the system before
            or (earlier.kind == "system" and earlier.category in _LAUNCHED
                and _LAUNCH_NOUN.match(text, n.end) is not None))
        counted = [i for i in items if i.head_end <= n.start and i.quantity is not None]  # the counted items before
        # "Spain has sent 10, Portugal 3 and Canada 8": a donor and a bare count continue a list of counts
        listed = _listed_after_donor(m, s, n) and bool(counted)
        # "Germany delivered the first 10 Marders; the remaining 30 will follow": the rest of the item before
        rest = _REST_BEFORE.search(text, max(s, n.start - 16), n.start) is not None \
            and _VERB_AFTER.match(text, n.end) is not None and any(i.head_end <= n.start for i in items)
        raised_to = _RAISED_TO_BEFORE.search(text, max(s, n.start - 50), n.start) is not None and bool(counted)
        # "would send M270 launchers, \"initially three\"": the first count of the system just named
        initially = _INITIALLY_BEFORE.search(text, max(s, n.start - 24), n.start) is not None
        # "F-16 - 42 from the Netherlands and 19 from Denmark": a count with its own giver, after a counted item
        giver_at = _FROM_AFTER.match(text, n.end)
        from_donor = giver_at is not None and \
            any(d.start == giver_at.end() for d in m.starting(m.donors, n.end, n.end + 30)) and bool(counted)
        given_before = DEFINITE.search(text, max(s, n.start - 12), n.start) is not None and \
            _GIVEN_RELATIVE.match(text, n.end) is not None and any(i.head_end <= n.start for i in items)
        # "CV90 vehicles, of which Sweden already transferred 50 units": a count of units of the system before
        units_of = (UNITS_AFTER.match(text, n.end) is not None and _OF_WHICH.search(text, s, n.start) is not None
                    # "British Challenger 2 tanks, 14 of which were delivered in March"
                    or _OF_WHICH_AFTER.match(text, n.end) is not None) \
            and any(i.head_end <= n.start and i.kind == "system" for i in items)
        part_counted = part_of_counted(text, n, items)  # "pledged 40 trucks; 25 of them have arrived so far"
        topical = topic is not None and n.start >= topic_end and (
            _TOPIC_COUNT_ENDS.match(text, n.end) is not None or _COUNT_ENDS.match(text, n.end) is not None) \
            and not any(n.end <= h.start < n.end + 25 for _, h in heads)
        if topical:
            used.add(n.start)
            items.append(Item(n.start, n.end, topic.name, topic.category, topic.kind, n.start, n.end, n.value,
                              topic.unit, family=topic.family, notes=["elliptical", "topic"]))
            continue
        # "8 more LAV 6 vehicles, on top of the 39 already delivered": the count delivered before, of the same item
        added_to = (_ADDED_TO_BEFORE.search(text, max(s, n.start - 24), n.start) is not None or (
            _TO_THE_BEFORE.search(text, max(s, n.start - 16), n.start) is not None
            and _ADD_VERB.search(text, s, n.start) is not None)) and \
            (_ALREADY_GIVEN_AFTER.match(text, n.end) is not None or given_at_a_past_time(text, n.end)) and \
            (bool(counted) or earlier is not None)
        # "is adding another 20,000 shells to the 140,000 already announced": the count promised before
        already = _ALREADY_GIVEN_AFTER.match(text, n.end)
        added_promised = added_to and already is not None and already.group("promised") is not None
        # "Norway promised 22 F-16 jets; by May it had delivered 6 of them": a part of the counted item before
        # ("Berlin refused Leopard 2 tanks at first, but then agreed to deliver 14 of them": of the system named before)
        part_of_them = _OF_THEM.match(text, n.end) is not None and \
            (bool(counted) or any(i.kind == "system" and i.head_end <= n.start for i in items)) and \
            compiled(GIVEN_BEFORE).search(text, max(s, n.start - 20), n.start) is not None
        # "the last 6 of the 18 guns were handed over; all 18 are now in Ukraine", "Britain pledged 20,000 drones, of
        # which it says 10,000 were already supplied": a later clause whose subject counts the item before, delivered
        later_part = bool(counted) and _LATER_SUBJECT_BEFORE.search(text, max(s, n.start - 40), n.start) is not None \
            and (_PART_DONE.match(text, n.end) is not None or _NOW_IN_UKRAINE.match(text, n.end) is not None)
        if not (more_after or more_before or part_of or after_verb or bought_for or back_ref or listed or whole_of
                or rest or raised_to or from_donor or given_before or units_of or part_of_them or added_to or later_part
                or initially or part_counted):
            continue
        previous = counted
        if not previous and (more_after or more_before or whole_of or units_of or given_before or part_of_them
                             or initially or bought_for):
            # "it had delivered the first F-16 jets, and would send 12 more": more of the named system
            previous = [i for i in items if i.head_end <= n.start and i.kind == "system"]
        # a named item after the count is another item ("Norway is sending eight, and bought 54 new tanks")
        heads_before = [h for _, h in heads if h.start < n.start]
        if after_verb and not previous and len(heads_before) == 1:
            # "Germany's first IRIS-T SLM arrived in October; by mid-2024 Berlin had delivered four": the one
            # system the sentence named before, uncounted
            previous = [i for i in items if i.kind == "system" and i.quantity is None
                        and i.head_start == heads_before[0].start]
        if part_of and not previous and len(heads_before) == 1:
            # "Of the Leopard 1A5 tanks Denmark promised, 40 have arrived": a part of the one system the fronted
            # whole named, uncounted
            previous = [i for i in items if i.kind == "system" and i.head_start == heads_before[0].start]
        if (part_of or after_verb) and not previous and (heads_before or earlier is None):
            continue
        if not previous and not heads_before and earlier is not None:
            previous = [earlier]  # "... had been given to Ukraine. Another 1,615 are now to be sent."
        # a head just after the count may be its own ("eight new tanks"), unless another count stands between
        if previous and not any(n.end <= h.start < n.end + 25 and not any(n.end <= o.start < h.start for o in numbers)
                                for _, h in heads):
            ref = previous[-1]
            if ref.category not in _LAUNCHED and _LAUNCH_NOUN_MORE.match(text, n.end):
                continue  # "six F-16 aircraft ... Two more launchers": launchers are no jets
            used.add(n.start)
            # "8 more promised": the words "8 more" are the item, so that the cue after them is the nearest
            end = n.end + len(_ELLIPTIC_MORE.match(text, n.end).group(0)) if more_after else n.end
            items.append(Item(n.start, end, ref.name, ref.category, ref.kind, n.start, end, n.value,
                              ref.unit, family=ref.family,
                              notes=["elliptical"] + (["back-reference"] if back_ref else [])
                              + (["donor-share"] if from_donor else [])
                              + (["part-of-total"] if part_counted else [])  # (told against its whole)
                              # "three launchers in June; in the autumn it promised three more": a second fact
                              + (["as-many-more"] if (more_after or more_before) and ref.quantity == n.value else [])
                              # "the 25 tanks we promised - 15 are there, the remaining ten will follow": the rest
                              # of a whole counted before splits it (rule 7), as a schedule's part does
                              + (["schedule"] if _schedule_part(text, ref, n.start, end) or rest and counted
                                 else []),
                              # "out of the promised 24": the whole is the pledge
                              status_override="pledged" if whole_of
                              else "pledged" if added_promised else "delivered" if added_to
                              # "All six now fight with Ukrainian brigades": a count of what is there (rule 5)
                              else "delivered" if back_ref and _IN_SERVICE_AFTER.match(text, n.end) else None))


# "... said the minister, speaking about the M113 carriers": the item the words before were about
_SPOKEN_ABOUT = re.compile(r"\b(?:about|regarding|referring\s+to|in\s+reference\s+to)\s+(?:the\s+|its\s+|their\s+)?$",
                           re.I)


def refers_back(text: str, heads, pos: int) -> bool:
    """Can words at ``pos`` ("six of them", "all of them") stand for an item of a sentence before? Not when the
    sentence names an item before them, nor when it names after them the item they were about ("12 of them,
    said the minister, speaking about the M113 carriers"); an item named later in a clause of its own is another
    ("Six of them arrived in May, and the rest will follow once its own F-35s are delivered")."""
    return not any(h.start < pos or h.start > pos and _SPOKEN_ABOUT.search(text, max(0, h.start - 30), h.start)
                   for _, h in heads)


def counted_earlier(text: str, heads, pos: int, earlier: Item | None) -> Item | None:
    """The counted item of the sentence before (``earlier``) that words at ``pos`` ("all of them") stand for,
    when they can refer back (``refers_back``); else None."""
    if earlier is None or earlier.quantity is None or not refers_back(text, heads, pos):
        return None
    return earlier


def _schedule_part(text: str, whole, start: int, end: int) -> bool:
    """'Norway will give 22 F-16s: four this year, ten more in 2025 and eight in 2026': a count with a time,
    in the breakdown a colon opens right after a counted whole, is a part of that whole's schedule (README
    rule 7)."""
    if whole.quantity is None:
        return False
    colon = text.find(":", whole.end, start)
    return colon >= 0 and _SHORT_GAP.fullmatch(text, whole.end, colon) is not None \
        and _TIME_AFTER.match(text, end) is not None
_LIST_JOIN = re.compile(r"(?:,|;|:|\band|\bwhile)\s*(?:from\s+)?(?:the\s+)?$")  # "..., and from the USA four"
# "Portugal 3", "the USA - 3", "; Canada, four", "and Germany - additionally 14" (a translation's word order)
_DONOR_COUNT_GAP = re.compile(r"\s*(?:[-–—:,]\s*)?"
                              r"(?:(?:additionally|also|still|another|a\s+further|in\s+addition)\s+)?", re.I)
# "The Leopard tanks that Spain pledged in April, ten of them, are ...": a relative clause on the item, then its count
_RELATIVE_THEN_COUNT = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:that\s+|which\s+)?(?:[A-Z][\w'’-]*\s+){1,2}"
                                  r"(?:has\s+|have\s+|had\s+)?"
                                  r"(?:\w+ed|sent|given|promised|pledged|bought)\b[^,;.:()\n–—]{0,40}?(?:,|\s[–—-])\s+$")
_OF_THEM_COUNT = re.compile(r"(?:all\s+)?(\S+)\s+(?:of\s+them|so\s+far|in\s+all|in\s+total|to\s+date)\s*[,;–—-]")


def count_after_relative(m: Mentions, s: int, e: int, items: list[Item], used: set) -> None:
    """"The Leopard tanks that Spain pledged in April, ten of them, are being repaired", "the Archer guns Sweden
    promised, eight of them, will arrive in June", "The Gepard guns Berlin has delivered - 52 so far - are ...": a
    count told after the relative clause on an uncounted item counts it (the item takes the count)."""
    text = m.text
    for n in m.inside(m.numbers, s, e):
        x = _OF_THEM_COUNT.match(text, n.start - 4 if text[max(s, n.start - 4):n.start].lower() == "all " else n.start)
        if n.start in used or x is None or x.start(1) != n.start:
            continue
        before = [i for i in items if i.end <= n.start and i.kind != "money"]
        if not before or before[-1].quantity is not None:
            continue
        ref = before[-1]
        if _RELATIVE_THEN_COUNT.fullmatch(text, ref.end, x.start()):
            ref.quantity = n.value
            ref.notes.append("count-after-relative")
            used.add(n.start)
# "12 launchers of the same type", "four more of the same model": a count of the system named before
# ("14 of the type", "20 of that model": the same reading without "same")
_SAME_TYPE = re.compile(r"(?:more\s+|additional\s+|further\s+)?"
                        r"(?:(?:[a-z][\w-]*\s+){0,2}?of\s+the\s+same|of\s+(?:the|that|this))\s+"
                        r"(?:type|model|kind|system|variant|make|version)\b", re.I)


def same_type(m: Mentions, s: int, e: int, items: list[Item], used: set) -> list[Item]:
    """"will pay for a further 12 launchers of the same type", "will send four more of the same model": a count
    of the system named before in the sentence, in a clause with a status of its own — the class noun it counts,
    when it is an item of its own, gives way to that system. (A system of the sentence before is not read: that
    reading added records no annotation has, on a blind set.)"""
    text = m.text
    for n in m.inside(m.numbers, s, e):
        x = _SAME_TYPE.match(text, n.end + 1) if text[n.end:n.end + 1] == " " else None
        if x is None or n.start in used and not any(i.kind == "generic" and i.start == n.start for i in items):
            continue  # (a count of the class noun's own item is that of the system: "ten vehicles of the same model")
        cs, _ = m.clause_of(s, e, n.start)
        if not m.inside(m.status_cues, cs, n.start):
            continue  # the count's own clause gives it ("will send four more of the same type"), not an inventory
        systems = [i for i in items if i.kind == "system" and i.end <= n.start]
        ref = systems[-1] if systems else None
        if ref is None:
            continue
        items = [i for i in items if not (n.start <= i.start < x.end() and i.kind == "generic")]
        items.append(Item(n.start, x.end(), ref.name, ref.category, ref.kind, n.start, x.end(), n.value, ref.unit,
                          family=ref.family, notes=["elliptical", "same-type"]))
        used.add(n.start)
    return items


def first_in_clause(m: Mentions, s: int, e: int, items: list[Item]) -> list[Item]:
    """"Denmark promised 19 F-16 jets; the first ones are already in Ukraine", "12 Archer guns, of which the first
    three arrived this week": the first of the item named before in the sentence (a count when one is told), in a
    later clause that tells their arrival."""
    found = []
    for x in compiled(_FIRST_IN_CLAUSE + HAS_ARRIVED).finditer(m.text, s, e):
        before = [i for i in items if i.end <= x.start(1) and i.kind != "money"
                  and (i.quantity is not None or i.kind == "system")]
        if not before or any(i.start < x.end(1) and x.start(1) < i.end for i in items):
            continue
        ref = before[-1]
        count = m.starting(m.numbers, x.start(1), x.end(1))
        found.append(Item(x.start(1), x.end(1), ref.name, ref.category, ref.kind, x.start(1), x.end(1),
                          count[0].value if count else None, ref.unit, family=ref.family,
                          notes=["elliptical", "first-of"], status_override="delivered"))
    return found


_BATTERY = re.compile(r"\b(?:battery|fire\s+unit)\b", re.I)


def referents(text: str, s: int, e: int, ref: Item, items: list[Item], heading: bool) -> list[Item]:
    """Words in [s, e) that stand for the system ``ref`` as the object of a verb of giving, paying or
    weighing: "sent one", "have delivered several", "is considering a contribution" (one for "one",
    "a second", "another"; no count for the others). A bare "one" only after a heading (``heading``)."""
    found = []
    for x in compiled(_REFERENT).finditer(text, s, e):
        if any(i.start < x.end(1) and x.start(1) < i.end for i in items):
            continue
        if not heading and x.group(1).lower() == "one":
            continue  # in running prose a bare "one" may stand for any noun before (a package, a request)
        if NOT_BEFORE.search(text, max(s, x.start() - 16), x.start()):
            continue  # "I cannot promise a fourth": no word for the system given
        if _BATTERY.search(x.group(1)) and ref.category not in ("air_defence", "artillery", "mlrs"):
            continue  # "a second battery" stands for guns or air defence, not for tanks or jets
        one = x.group(1).lower().startswith(("one", "a second", "a third", "a fourth", "a fifth", "another"))
        found.append(Item(x.start(1), x.end(1), ref.name, ref.category, ref.kind, x.start(1), x.end(1),
                          Decimal(1) if one else None, ref.unit, family=ref.family, notes=["elliptical", "referent"]))
    return found


def another_of_counted(m: Mentions, e: int, items: list[Item]) -> list[Item]:
    """"sent one IRIS-T system in May, and is sending another": "another" or "a second" as the object of
    a later verb of giving, after the sentence's only counted system, is one more of it."""
    counted = [i for i in items if i.kind == "system" and i.quantity is not None]
    if len(counted) != 1 or any(i.start > counted[0].end and i.kind != "money" for i in items):
        return []
    found = referents(m.text, counted[0].end, e, counted[0], items, False)
    return [i for i in found if i.quantity is not None] + gapped_another(m, e, counted[0], items)


def without_split_total(items: list[Item]) -> list[Item]:
    """'4 more Patriot batteries — two from Germany, one from the Netherlands and one from Romania': a
    total that the donors' shares after it add up to is told by the shares; it is no one donor's."""
    shares = [i for i in items if "donor-share" in i.notes]
    if len(shares) < 2:
        return items
    first = shares[0]
    totals = [i for i in items if i.end <= first.start and i.name == first.name and i.quantity is not None
              and "donor-share" not in i.notes]
    if totals and sum(i.quantity for i in shares if i.name == first.name) == totals[-1].quantity:
        return [i for i in items if i is not totals[-1]]
    return items


def _listed_after_donor(m: Mentions, s: int, n) -> bool:
    """Is the bare count ``n`` written right after a donor that follows a comma or "and" ("..., Portugal 3
    and Canada 8", "the USA - 3", "; Canada, four")?"""
    before = m.inside(m.donors, max(s, n.start - 30), n.start)
    if not before or before[-1].kind in m.non_donor_kinds or \
            not _DONOR_COUNT_GAP.fullmatch(m.text, before[-1].end, n.start):
        return False
    return _LIST_JOIN.search(m.text, max(s, before[-1].start - 12), before[-1].start) is not None \
        and _COUNT_ENDS.match(m.text, n.end) is not None
GIVE_MORE = (r"\b(?:GIVE|GIVING)\s+(?:any\s+|some\s+|even\s+)?(more)\b"
              r"(?=\s*(?:[.,;:!?\"”’)]|$|(?:to|in|this|next|if|soon|later|of\s+(?:them|these|those|it))\b))")
HAS_ARRIVED = (r"(?=\s+(?:(?:have|has|had)\s+(?:now\s+|already\s+)?(?:been\s+delivered|arrived|"
               r"reached|landed)|(?:are|is|were|was)\s+(?:now\s+|already\s+)?(?:in\s+(?:Ukraine|the\s+country)|delivered|"
               r"handed\s+over|on\s+(?:the|their)\s+way)|arrived|reached|landed|delivered))")
# "Denmark promised 19 F-16 jets; the first ones are already in Ukraine", "Sweden has promised 12 Archer guns, of
# which the first three arrived this week": the first of the item told before, in a later clause of its sentence
# (a reporting frame may come between: "...; officials said on Friday that the first six had been delivered")
_FIRST_IN_CLAUSE = (r"(?:[;,]\s*(?:and\s+|but\s+)?|\b(?:and|but)\s+|\bof\s+which\s+)"
                    r"(?:(?:[\w'’.-]+\s+){1,4}?(?:said|says|confirmed|confirms|added|adds|noted|notes|reported|stated)"
                    r"(?:\s+on\s+[A-Z]\w+|\s+today|\s+yesterday|\s+later)?,?\s+(?:that\s+)?)?(?:the\s+)?"
                    r"(first(?:\s+(?:ones|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)")
# "sent one jointly", "have delivered several", "ready to fund one", "committed a second battery", "is \"looking at\"
# contributions": the object of a verb of giving, paying or weighing that stands for a system named before
# (``referents``)
_REFERENT = (r"\b(?:GIVE|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|offer(?:s|ed|ing)?|commit(?:s|ted|ting)?|"
             r"fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|pa(?:y|ys|id|ying)\s+for|order(?:s|ed|ing)?|"
             r"consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|look(?:s|ed|ing)?\s+at|decid(?:e|es|ed|ing)\s+on)"
             r"[\"”’]?\s+(?:(?:jointly|also|already|now|only|just|at\s+least)\s+)?"
             # ("a third battery": the class word of an air defence system, standing for the system named before)
             r"(one|(?:a\s+(?:second|third|fourth|fifth)|another)(?:\s+(?:one|battery|fire\s+unit|system))?|several|"
             r"a\s+few|"
             r"(?:a\s+|any\s+)?contributions?(?:\s+of\s+(?:its|their)\s+own)?)"
             r"(?=\s*(?:[.,;:!?\"”’)]|$|(?:jointly|too|as\s+well|this|next|last|in|on|to|from|soon|later|by|each|for)\b))")
GIVEN_BEFORE = (r"\b(?:GIVEN|GIVES|(?:will|would|to|['’]ll)\s+(?:also\s+)?GIVE|(?:is|are|was|were|['’]s|['’]re)\s+"
                 r"(?:also\s+)?GIVING|managed|contributed|pledged|promised|offered|committed|"
                 r"followed\s+(?:suit\s+)?with)\s+(?:only\s+|just\s+|another\s+|the\s+(?:first|last|remaining)\s+)?$")


# "and all of them arrived", "all of these are now in Ukraine": the whole of the counted item before, in a state
# ("all three are already with Ukrainian units": the whole told again by its count, the item's own)
_COUNT_WORD = (r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
               r"(?:twen|thir|for|fif)ty)")
_ALL_OF_THEM = (r"(?:\b(all\s+(?:of\s+)?(?:them|these|those|which|" + _COUNT_WORD + r"(?=\s+(?:are|were|have|has)\s)))"
                r"|\b([Tt]hey|[Tt]hese)(?:\s+all)?)\s+(?:have\s+|had\s+|has\s+|were\s+|are\s+|was\s+|is\s+)?"
                r"(?:now\s+|already\s+|since\s+)?(?:arrived|been\s+(?:delivered|handed\s+over)|delivered|reached|"
                r"in\s+(?:Ukraine|the\s+country)|(?:in\s+service\s+)?with\s+(?:the\s+)?Ukrainian\s+"
                r"(?:units|troops|forces|crews|brigades|army|soldiers))\b")
_CLAUSE_OPENS = re.compile(r"(?:[;,]|\band)\s+$")
# "has since delivered all of them", "had handed over all eight", "promised three and sent all three": the whole of the
# counted item before, given
_GAVE_ALL = re.compile(r"(?:\b(?:has|have|had)\s+(?:since\s+|now\s+|already\s+|also\s+)?|\band\s+(?:then\s+|later\s+)?)"
                       r"(?:delivered|handed\s+over|sent|supplied|transferred)\s+"
                       r"(all\s+(?:of\s+(?:them|these|those)|(?:the\s+)?" + _COUNT_WORD + r"))\b()", re.I)
# ("the first batch of the 31 tanks arrived": a first part of the counted item, of a count untold)
# (the count may come without "the": "the first of 31 Abrams tanks arrived"; an abbreviation's points may stand
# between: "the 31 tanks the U.S. committed have arrived")
_FIRST_OF_WHICH = (r"\b(?:the\s+)?(first\s+(?P<batch>(?:batch|shipment|delivery|tranche|consignment|lot)\s+)?"
                   r"of\s+(?:which|them|(?:the\s+)?(?P<count>\d[\d,]*|(?<=the\s)[a-z]+)(?=\s)))"
                   r"(?:[^.;:]|(?<=\b[A-Z])\.){0,80}?\b(?:(?P<verb>has|had|have|was|were|is|are)\s+(?:now\s+|already\s+)*(?:been\s+)?"
                   r"(?:arrived|delivered|handed\s+over|landed|there|in\s+(?:Ukraine|the\s+country))"
                   r"|(?<=[a-z] )(?<!not )(?<!yet )(?<!never )(?:arrived|landed))\b")


def all_of_the_counted(m: Mentions, s: int, e: int, items: list[Item], heads, earlier: Item | None) -> list[Item]:
    """The whole of the counted item before, told in a state of its own ("Poland promised 14 Leopard 2A4s and all of
    them arrived within weeks", "...; they arrived in May", "12 tanks, all of which have now arrived", "... and has
    since delivered all of them"): items of that system and count, delivered."""
    found: list[Item] = []
    for x in [*compiled(_ALL_OF_THEM).finditer(m.text, s, e), *_GAVE_ALL.finditer(m.text, s, e)]:
        g = 1 if x.group(1) is not None else 2
        if g == 2 and x.start(g) != s and not _CLAUSE_OPENS.search(m.text, max(s, x.start(g) - 5), x.start(g)):
            continue  # "they" as the subject of a sentence or of a clause of its own only
        before = [i for i in (*items, *found) if i.end <= x.start(g) and i.quantity is not None and i.kind != "money"]
        ref = before[-1] if before else counted_earlier(m.text, heads, x.start(g), earlier)
        told = m.inside(m.numbers, x.start(g), x.end(g))
        if ref is not None and told and told[0].value != ref.quantity:
            continue  # "has delivered all 20 trucks": a count of its own, not the whole of the item before
        if ref is not None:
            found.append(Item(x.start(g), x.end(g), ref.name, ref.category, ref.kind, x.start(g), x.end(g),
                              ref.quantity, ref.unit, family=ref.family, notes=["elliptical", "all-of-them"],
                              status_override="delivered"))  # the words matched tell its arrival
    return found


def first_of_the_counted(m: Mentions, s: int, e: int, items: list[Item], earlier: Item | None) -> list[Item]:
    """The first of a counted item, arrived ("three Sea Kings will be sent, the first of which is already there",
    "the first of the 10 Archer guns it promised has arrived"; one, when the verb says so)."""
    text = m.text
    found: list[Item] = []
    for x in compiled(_FIRST_OF_WHICH).finditer(text, s, e):
        counted = [i for i in (*items, *found) if i.quantity is not None and i.kind != "money"]
        refs = [i for i in counted if i.start == x.start("count")] or [i for i in counted if i.end <= x.start(1)]
        if not refs and earlier is not None and earlier.quantity is not None and not any(
                i.quantity is not None for i in (*items, *found)):
            refs = [earlier]  # "Canada promised 12 Senators. The first of the twelve has arrived."
        if refs:
            ref = refs[-1]
            one = Decimal(1) if not x.group("batch") and (x.group("verb") or "").lower() in ("has", "was", "is") \
                else None
            found.append(Item(x.start(1), x.end(1), ref.name, ref.category, ref.kind, x.start(1), x.end(1),
                              one, ref.unit, family=ref.family, notes=["elliptical", "first-of"],
                              status_override="delivered"))
    return found
