"""The parts a named donor plays in a clause other than giving the item: the one who asks ("a Danish
request") and the one asked ("Kyiv asked Berlin for ..."), the one refused a permission ("Switzerland
said no to letting Germany re-export ..."), the seller of what is bought ("purchased from Norway"), the
leader of a scheme others pay into ("the Czech-led initiative"), and the one an item is received from
("received ... from the Netherlands"). ``donor.donors_for`` asks these before it decides.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.vocabulary import purchase_words

_VERB_FORMS = ("base", "past", "present", "ing")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)


_PERMIT_BEFORE = re.compile(r"\b(?:let|lets|letting|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|"
                            r"authori[sz](?:e|es|ed|ing))\s+(?:the\s+)?$", re.I)
_BLOCK_BEFORE = re.compile(r"\b(?:block(?:s|ed|ing)?|stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|"
                           r"bar(?:s|red|ring)?)\s+(?:the\s+)?$", re.I)
_FROM_AFTER = re.compile(r"(?:['’]s)?\s+from\b")
# "refused permission for Germany to re-export", "denied Denmark permission to pass them on": the one refused it
_PERMISSION_FOR = re.compile(r"\b(?:permission|approval|consent|authori[sz]ation|clearance)\s+for\s+(?:the\s+)?$", re.I)
_PERMISSION_AFTER = re.compile(r"\s+(?:the\s+)?(?:permission|approval|consent|authori[sz]ation|clearance)\s+to\b", re.I)
# (the gap may hold a decimal point: "blocked the release of EUR 6.5bn from the European Peace Facility")
_BLOCKED_OBJECT = re.compile(r"\b(?:block(?:s|ed|ing)?|veto(?:es|ed|ing)?|stall(?:s|ed|ing)?|froze|freez(?:es|ing)|"
                             r"held\s+up|hold(?:s|ing)?\s+up)\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,70}$", re.I)
_REFUSING = re.compile(r"\b(?:no|not|never|refus\w*|veto\w*|reject\w*|den(?:y|ies|ied))\b|n['’]t\b", re.I)


def permitted(text: str, d, donors, sentence) -> bool:
    """Is ``d`` the one another donor of the sentence does not let give ("Switzerland said no to letting
    Germany re-export ...", "Bern blocked Denmark from re-exporting ...", "Bern refused permission for Madrid to
    re-export ...")? The one who refuses the
    permission is the donor of the refusal (the README's rule 11), not the one refused it."""
    before = [x for x in donors if sentence[0] <= x.start and x.end <= d.start]
    if not before:
        return False
    gap = text[before[-1].end:d.start]
    if d.kind == "institution" and _BLOCKED_OBJECT.search(gap):
        return True  # "Hungary blocked the release of EUR 6.6 billion of European Peace Facility money": the fund
    if _PERMIT_BEFORE.search(gap) or _PERMISSION_FOR.search(gap) or _PERMISSION_AFTER.match(text, d.end):
        return _REFUSING.search(gap) is not None
    return _BLOCK_BEFORE.search(gap) is not None and _FROM_AFTER.match(text, d.end) is not None


# "purchased from Norway", "buying rockets from the United States": who sells; "the demining coalition led by
# Lithuania", "the Czech-led initiative": who leads a scheme others pay into
# (a count's thousands separator is a word's part: "purchase 3,350 missiles from the United States")
_SOLD_FROM = re.compile(rf"\b(?:{purchase_words(*_VERB_FORMS)})\s+(?:[\w,.-]+\s+){{0,6}}?from\s+(?:the\s+)?$", re.I)
# (the scheme's noun, then its leader, host or manager, also set off by a comma: "The coalition, led by Britain and
# Latvia, buys drones", "the joint procurement hosted by Estonia", "the fund, which is managed by Denmark")
LED_BY = re.compile(r"\b(?i:coalition|initiative|fund|mechanism|scheme|effort|programme|program|procurement|purchase|"
                    r"project|partnership|platform|consortium|pool|framework|format|cluster|facility|tender)s?"
                    r"[\"”’']?\s*,?\s+(?:(?:which|that)\s+(?:is|are|was|were)\s+)?(?:\w+\s+)?"
                    r"(?:led|co-led|headed|co-headed|chaired|co-chaired|run|coordinated|co-ordinated|hosted|managed|"
                    r"administered|organi[sz]ed|spearheaded|convened)\s+(?:jointly\s+)?by\s+"
                    r"(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*(?:,|and|&)\s*)*(?:the\s+)?$")
# "the Czech-led initiative", "the UK-run fund", "the Estonian-hosted coalition"
_LED_AFTER = re.compile(r"-(?:led|co-led|run|hosted|headed|chaired|managed|coordinated|organi[sz]ed)\b", re.I)
# "the trust fund of NATO's assistance package", "the CAPS trust fund that NATO runs": the one a pool belongs to, not
# who pays into it
_POOL_NOUN = r"\b(?:fund|facility|initiative|coalition|mechanism|programme|program|scheme)"
_POOL_OF = re.compile(_POOL_NOUN + r"\s+of\s+(?:the\s+)?$", re.I)
_POOL_THAT = re.compile(_POOL_NOUN + r"\s+(?:that|which)\s+(?:the\s+)?$", re.I)
_RUNS_AFTER = re.compile(r"\s+(?:runs|ran|manages|managed|operates|operated|administers|administered|set\s+up|"
                         r"sets\s+up|created|established|leads|led|coordinates|coordinated|launched)\b", re.I)


def pool_owner(text: str, start: int, d) -> bool:
    """Is donor ``d`` the one a pool named before it belongs to ("the trust fund of NATO's package", "the fund that
    NATO runs") rather than a giver? (``start``: where its sentence starts.)"""
    window = max(start, d.start - 40)
    return bool(_POOL_OF.search(text, window, d.start)
                or _POOL_THAT.search(text, window, d.start) and _RUNS_AFTER.match(text, d.end))
_BOUGHT_OF = re.compile(rf"\b(?:{purchase_words(*_VERB_FORMS, 'nouns')})\s+(?:of\s+)?(?:the\s+|more\s+|new\s+)?$", re.I)


# "buys US weapons", "finances American-made arms", "pays for US equipment": the make of arms bought in general
_BUYS_BEFORE = re.compile(rf"\b(?:{purchase_words(*_VERB_FORMS)}|financ(?:e|es|ed|ing)|pa(?:y|ys|id|ying)\s+for)\s+"
                          r"(?:the\s+|more\s+|new\s+)?$", re.I)
_ARMS_AFTER = re.compile(r"(?:-(?:made|built|produced|manufactured))?\s+(?:[\w-]+\s+){0,2}?(?:weapons|weaponry|arms|"
                         r"equipment|materiel|mat[ée]riel|hardware|munitions|systems)\b", re.I)


# a maker named by its country ("the Slovak producer", "a Finnish defence firm"): a supplier, not a state that gives
MAKER_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:manufacturer|producer|maker|firm|company|industry|shipyard|plant|"
                         r"factory)s?\b", re.I)
# (the maker a donor pays is no giver either: "will pay the Finnish shipyard for two boats")
_FROM_THE_BEFORE = re.compile(r"\b(?:from|by|pa(?:y|ys|id|ying))\s+(?:the|a|an)\s+$", re.I)


def seller_or_leader(text: str, d) -> bool:
    """Is donor mention ``d`` the seller of what a donor buys ("2 launchers purchased from Norway") or the
    leader of a scheme others pay into ("the drone coalition that Latvia and Britain lead", "the Czech-led
    initiative")? Neither gives the item; nor does the make of arms in general that are bought ("PURL, the
    scheme that buys US weapons for Kyiv", "a fund that finances American-made equipment")."""
    before = text[max(0, d.start - 80):d.start]
    if d.kind == "demonym" and _BOUGHT_OF.search(before):
        return True  # "purchases of American systems": the origin of what is bought
    if d.kind == "demonym" and _FROM_THE_BEFORE.search(before) and MAKER_AFTER.match(text, d.end):
        return True  # "16 howitzers which Ukraine receives from the Slovak producer": the maker that supplies
    if _BUYS_BEFORE.search(before) and _ARMS_AFTER.match(text, d.end):
        return True  # "the scheme that buys US weapons": the make of what is bought
    return bool(_SOLD_FROM.search(before) or LED_BY.search(before) or _LED_AFTER.match(text, d.end))


def led_scheme(d) -> bool:
    """Is ``d`` a scheme named by its leader ("the Czech-led initiative", ``find_references``)?"""
    return d.kind == "institution" and "-led" in d.text


# (the word between is an adjective, "Germany's formal request", not the donor's verb: "Austria declined requests")
_REQUEST_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?!\w+ed\b|(?:has|had|have|is|was|made|sent|got|gets|ignores|rejects|"
                            r"refuses|declines|denies|grants|answers|turns|meets)\b)\w+\s+)?requests?\b", re.I)
_REQUEST_BEFORE = re.compile(r"\brequests?\s+(?:from|by)\s+(?:the\s+)?$", re.I)


def requester(text: str, d) -> bool:
    """Is donor mention ``d`` the one who asks ("a Danish request to re-export", "Germany's
    request", "a request from Berlin")? The asker is not the giver."""
    return _REQUEST_AFTER.match(text, d.end) is not None or \
        _REQUEST_BEFORE.search(text, max(0, d.start - 30), d.start) is not None


_RECEIVED = re.compile(r"\b(?:receiv\w*|got|gets|obtain\w*|accept\w*)\b", re.I)
_BOUGHT = re.compile(rf"\b(?:{purchase_words(*_VERB_FORMS, 'nouns')})\b", re.I)
_FROM_GAP = re.compile(r"(?:\s+(?:jets|tanks|vehicles|systems|missiles|launchers|aircraft|fighters|howitzers))?"
                       r"\s+from\s+(?:the\s+)?")


# "from" opening an entry, after the verb of receipt or a break ("will receive from Sweden", ", from Norway"), not
# after an item ("10 Archers from Sweden, 8 M270 ...": that "from" closes the entry before)
_ENTRY_OPENS = re.compile(r"(?:\b(?:receiv\w*|get|gets|got|arriv\w*|came|come|comes|and|also)|[,;:—–-])\s*from\s+"
                          r"(?:the\s+)?$", re.I)
# between the giver and its item: "from Sweden 10 Archers", "from Norway - 8 M270", "from Canada additionally 4"
_ENTRY_GAP = re.compile(r"\s*(?:[-–—:,]\s*)?(?:(?:additionally|also|still|another|a\s+further|in\s+addition)\s+)?",
                        re.I)


def received_from(text: str, item, clause, pool):
    """The donor named after "from" in a clause that tells a receipt ("received ... from X"), or
    right after the item ("approved the transfer of F-16 jets from Denmark")."""
    receipt = _RECEIVED.search(text, clause[0], item.start) is not None
    if not receipt and _BOUGHT.search(text, clause[0], item.start):
        return None  # "Germany will buy 10 howitzers from Slovakia": the seller is no donor
    if receipt:
        named = [d for d in pool if d.end <= item.start and _ENTRY_OPENS.search(text, max(0, d.start - 30), d.start)
                 and _ENTRY_GAP.fullmatch(text, d.end, item.start)]
        if named:
            # "will receive from Sweden 10 Archers, from Norway - 8 M270": the giver named before the item (a
            # translation's word order); a "from" after it opens the next entry
            return named[-1]
    for d in pool:
        if d.start >= item.end and _FROM_BEFORE.search(text, max(0, d.start - 12), d.start) and (
                receipt or _FROM_GAP.fullmatch(text, item.end, d.start)):
            return d
    return None


_ASKED_BEFORE = re.compile(r"\b(?:ask(?:s|ed|ing)?|urg(?:es|ed|ing)|call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+to)\s+"
                           r"(?:the\s+)?(?:\w+\s+){0,2}?$", re.I)


# "Romania has been asked to", "Oslo was formally requested to": the one asked is the subject of the passive
# ("Spain, asked to give one of its batteries, declined": the subject of an aside's participle)
_ASKED_AFTER = re.compile(r"(?:\s+(?:(?:has|have|had)\s+been|was|were|is|are|(?:is|are)\s+being)\s+|\s*,\s*)"
                          r"(?:(?:also|formally|repeatedly|now|again)\s+)?(?:asked|requested|urged|approached|pressed)\b",
                          re.I)


_ASKED_LEAD = re.compile(r"\s*(?:(?:When|After|Once|Though|Although)\s+)?(?:asked|requested)\b", re.I)
_COMMA_BETWEEN = re.compile(r",")
# the subject that opens the sentence, and the relative aside after it that tells the request
_SUBJECT_OPENS = re.compile(r"[\W_]*(?:the\s+)?", re.I)
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:where|which|whose|in\s+which)\b", re.I)


def asked(m: Mentions, s: int, item, donors) -> str | None:
    """The one asked in a request ("Kyiv asked Berlin for ...", "requested jets from the Netherlands"):
    the donor named after the asking word and before the item, the subject of a passive asking before the
    item ("Romania has been asked to ..."), or right after the item with "from"."""
    text = m.text
    for d in donors:
        if d.end <= item.start and _ASKED_BEFORE.search(text, max(s, d.start - 25), d.start):
            return d.code
        if d.end <= item.start and _ASKED_AFTER.match(text, d.end):
            return d.code  # "Romania has been asked to hand over its Patriot battery": the subject of the passive
        if d.start >= item.end and _FROM_BEFORE.search(text, max(s, d.start - 12), d.start):
            return d.code
        if d.start >= item.end and _ASKED_LEAD.match(text, s) and _COMMA_BETWEEN.search(text, item.end, d.start):
            return d.code  # "Asked to send more tanks, Madrid declined.": the subject after the leading participle
        if d.end <= item.start and _SUBJECT_OPENS.fullmatch(text, s, d.start) and _RELATIVE_AFTER.match(text, d.end):
            return d.code  # "Greece, where lawmakers urged the government to offer its jets, said no": the subject
    return None


# a place named by its owner: "allies on NATO's eastern flank", "Poland's border with Ukraine", "on Romania's soil"
_PLACE_AFTER = re.compile(r"['’]s?\s+(?:(?:eastern|western|northern|southern|south-eastern|north-eastern)\s+)?"
                          r"(?:flank|borders?|frontier|territory|soil|airspace|coast)\b", re.I)


def place_of(text: str, d) -> bool:
    """Is donor mention ``d`` only the owner of a place ("allies on NATO's eastern flank", "at Poland's border")?
    A place gives nothing."""
    return _PLACE_AFTER.match(text, d.end) is not None


# "According to the filing with Congress, ...", "according to the Pentagon, ...": the source of what the clause
# after the comma tells
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+[^,.;:!?]{0,60}$")
_ASIDE_CLOSES = re.compile(r"[^,.;:!?]{0,40},")


def source_aside(text: str, d) -> bool:
    """Is donor mention ``d`` inside an "according to ...," aside that opens a clause ("According to Washington,
    300 Hellfire missiles for Kyiv will be paid for by Belgium")? It names the source, not the giver, when the sentence
    names another donor."""
    return _ACCORDING_BEFORE.search(text, max(0, d.start - 70), d.start) is not None and \
        _ASIDE_CLOSES.match(text, d.end) is not None
