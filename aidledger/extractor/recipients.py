"""Recipients: is an item given to Ukraine? A country other than Ukraine named as what a verb gives to
("offers Latvia 4 radars"), the forces of a donor ("new Archers to the Swedish army", "supply the Slovak army
with"), the subject of a passive giving ("Slovenia was offered Leopard tanks"), a donor that is itself the
receiver ("Poland took delivery of 96 Apaches", "Croatia will donate ... and will receive Black Hawks in
return"), items sent on to another country, and purchases not said to be for Ukraine. The pipeline asks here
once ``exclusions`` has found no context cue that excludes the item.
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.prices import the_purchase_told_before
from aidledger.extractor.recipient_names import ANY_NAME, ITSELF, NAMES
from aidledger.extractor.status_funding import into_fund
from aidledger.extractor.status_weak_cues import to_be_bought
from aidledger.extractor.vocabulary import purchase_words
from aidledger.mentions.cues import compiled

# money paid into a pool that buys for Ukraine ("fund PURL purchases", "the Czech-led initiative that buys
# shells", "the coalition of drones"): aid, though the sentence does not name Ukraine
_POOL_FOR_UKRAINE = re.compile(r"\bPURL\b|\b(?:Czech|Czech-led|ammunition|drone|drones|capability|jet|F-16|"
                               r"artillery|demining|air\s+defen[cs]e)\s+(?:initiative|coalition)\b|"
                               r"\bcoalition\s+of\s+(?:drones|the\s+willing)\b")
_PURCHASE = re.compile(rf"\b(?:{purchase_words('base', 'past', 'present', 'ing', 'nouns')})\b", re.I)
# ("for ammunition purchases", "for the purchase of drones": the purpose money is given for)
_PURPOSE = re.compile(r"(?:\bfor\s+(?:the\s+)?(?:(?:ammunition|drone|arms|weapons?|equipment|shell|missile)\s+)?|"
                      r"\bto\s+(?:the\s+)?|\bin\s+order\s+to\s+|\bwill\s+be\s+used\s+to\s+|"
                      r"\b(?:financ|fund)(?:e|es|ed|ing|s)?\s+(?:the\s+)?)"
                      r"(?:(?:joint|common|further|additional|new|direct|rapid|urgent)\s+)?$"
                      # money put into a joint purchase made with partners ("250 million crowns into a joint purchase
                      # of shells", "EUR 5 million towards a common procurement"): a coalition's buying for Ukraine
                      r"|\b(?:into|towards?|to|for)\s+(?:an?\s+|the\s+)?(?:joint|common)\s+$", re.I)
# "rounds procured from industry with German funds", "ammunition bought together with Sweden": a purchase told with
# the state's money or the partner it is made with, the way a donor's aid is bought (not "with its own funds",
# nor "with money collected from citizens", nor "together with new radars")
_BOUGHT_WITH = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:with\s+(?!own\b|its\b|their\b|our\b)[\w-]+\s+"
                          r"(?:funds|money|financing)\b|(?:together|jointly)\s+with\s+(?:the\s+)?(?-i:[A-Z]))", re.I)
_GIVE_TO = re.compile(r"\b(?:give|gives|gave|giving|send|sends|sent|sending|supply|supplies|supplied|provide|provides|"
                      r"provided|deliver|delivers|delivered|transfer|transfers|transferred|hand|hands|handed|donate|"
                      r"donates|donated|offer|offers|offered|sell|sells|sold|lend|lends|lent|lending|loan|loans|loaned)"
                      r"\s+(?:to\s+)?(?:the\s+)?$", re.I)
# "equip the Greek army with", "furnished the Czech forces with": what another country's forces are given
_EQUIP = re.compile(r"\b(?:equip(?:s|ped|ping)?|furnish(?:es|ed|ing)?)\s+(?:the\s+)?$", re.I)
# ("according to the Pentagon", "thanks to Norway", "next to Poland": a source or a place, no recipient)
_TO_PREP = re.compile(r"(?<!\baccording\s)\b(?:to|for)\s+(?:the\s+)?$", re.I)
_THIRD_COUNTRY = re.compile(r"\bthird\s+countr", re.I)
# where what is bought comes from or passes through, not who receives it: "shells bought from third countries", "sourced
# in third countries", "sent through a third country"
_THIRD_COUNTRY_SOURCE = re.compile(r"\b(?:from|in|through|via|across|outside)\s+(?:the\s+|a\s+|other\s+|several\s+)?$",
                                   re.I)
# "a $500 million regional line covers Ukraine's neighbours", "$200 million for neighbouring countries": money or
# items meant for the countries around Ukraine, right after the item
_FOR_NEIGHBOURS = re.compile(r"[^.;:!?]{0,40}?\b(?P<to>for|covers?|covering|to|goes\s+to|go\s+to)\s+"
                             r"(?:(?:Ukraine['’]s|its|the\s+region['’]s|the|other)\s+)?"
                             r"(?:neighbou?rs|neighbou?ring\s+(?:countries|states|nations)|countries\s+of\s+the\s+region)\b",
                             re.I)
# "one minehunter will go to the Mediterranean", "frigates sent to the Baltic Sea": a sea other than Ukraine's own
# (the Black Sea, the Sea of Azov) is a deployment of the donor's own forces, not a giving (README rule 10)
_TO_ANOTHER_SEA = re.compile(r"\bto\s+the\s+(?:eastern\s+|western\s+|central\s+)?"
                             r"(?:Mediterranean|Baltic|North|Red|Aegean|Adriatic|Arctic|Norwegian|Caribbean|Ionian|"
                             r"Tyrrhenian)(?:\s+Sea)?\b")
_POOL_AFTER = re.compile(r"['’]?s?\s+(?:[\w-]+\s+){0,5}?(?:fund|initiative|coalition|facility|mechanism|scheme|"
                         r"programme|program|instrument|PURL)\b", re.I)
_RECEIVING = re.compile(r"(?:has\s+|have\s+|had\s+)?(?:received|receives|took\s+delivery|taken\s+delivery|"
                        r"obtained|got)\b", re.I)
# "The Italian air force will receive 25 more F-35s", "the Romanian army is to receive 54 Abrams": a receiver to come
_TO_RECEIVE = re.compile(r"(?:will|shall|is\s+to|are\s+to|(?:is\s+|are\s+)?(?:set|due)\s+to)\s+"
                         r"(?:receive|get|obtain)", re.I)
# "Slovenia was offered Leopard 2 tanks", "Athens has been promised 40 Marders": the subject of a passive verb of giving
# is the one that receives
_PASSIVE_RECEIVER = re.compile(r"\s+(?:(?:had|has|have)\s+)?(?:been|was|were|is|are)\s+(?:also\s+|now\s+|already\s+)?"
                               r"(?:offered|promised|given|sent|supplied\s+with|provided\s+with|lent|loaned)\s+"
                               r"(?:[\w-]+\s+){0,3}?$", re.I)
_SUBJECT_GAP = re.compile(r"(?:\s+[\w-]+){0,4}?\s+")
_AND_PREDICATE = re.compile(r"\b(?:and|but)\s+(?:also\s+|in\s+turn\s+)?$", re.I)


def recipient_elsewhere(m: Mentions, item, clause, refused: bool = False) -> bool:
    """True when the clause gives the item to a country other than Ukraine, or a country other
    than Ukraine is the one receiving it ("Poland took delivery of 96 Apaches"). Of a ``refused`` item only what
    the donor would get back is asked ("refused to trade its M-84s for German Leopards": the Leopards)."""
    text = m.text
    cs, ce = clause
    if refused:
        return received_in_exchange(m, item, clause)
    if _receiver_elsewhere(m, item, clause) or _sent_on_to(m, item, ce) or received_in_exchange(m, item, clause) \
            or to_training_abroad(m.text, item, ce):
        return True
    near = _FOR_NEIGHBOURS.match(text, item.end, ce)
    if near is not None and not ITSELF.search(text, item.end, near.start("to")):
        return True  # "A separate $500 million line covers Ukraine's neighbours": the region's, not Ukraine's
    if ITSELF.search(text, cs, ce):
        return False
    for d in m.inside(m.donors, cs, ce):
        if d.kind == "recipient":
            return False
        before = text[max(cs, d.start - 30):d.start]
        if d.kind == "demonym":
            if d.end <= item.start and (_GIVE_TO.search(before) or _EQUIP.search(before)) and \
                    _OWN_FORCES.match(text, d.end):
                return True  # "will supply the Slovak army with 12 helicopters": another country's forces receive
            continue  # "in exchange for German trucks": a demonym modifies a noun, it is no recipient
        if d.end <= item.start and _PASSIVE_RECEIVER.match(text, d.end, item.start) and d.code != "UKR":
            return True  # "Slovenia was offered Leopard 2 tanks by Germany": the subject of a passive giving receives
        if item.kind == "money" and (_POOL_AFTER.match(text, d.end) or _POOL_NAME.search(d.text)):
            continue  # "A$50 million for the NATO trust fund", "for the European Peace Facility": a pool, no recipient
        if made_for_another(text, d.start):
            continue  # "7 Mi-17s it had once bought for Iraq": where the item came from, no recipient
        if arms_origin(m, d):
            continue  # "NOK 2 billion for US air defence missiles": where the arms come from, no recipient
        if _GIVE_TO.search(before) or (d.start > item.end and _TO_PREP.search(before)):
            return True
    return _third_country_receives(text, cs, ce) or (
        item.kind != "money" and _TO_ANOTHER_SEA.search(text, item.end, ce) is not None)
_POOL_NAME = re.compile(r"\b(?:Facility|Fund|Initiative|Mechanism|EPF)\b")
_TO_RIGHT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:back\s+)?to\s+(?:the\s+)?$"
                             # "$14 billion in military aid for Israel": what a country is given
                             r"|\s+(?:[\w-]+\s+){0,3}?for\s+(?:the\s+)?$", re.I)
_TO_FORCES = re.compile(r"\s+(?:[\w-]+\s+){0,4}?to\s+(?:the\s+|its\s+)?", re.I)
_OWN_FORCES = re.compile(r"\s+(?:army|armed\s+forces|forces|military|navy|air\s+force|troops|soldiers|units)\b", re.I)


def _third_country_receives(text: str, cs: int, ce: int) -> bool:
    """Does the clause [cs, ce) name a third country as a receiver ("deliveries to third countries")? Not one that
    what is bought comes from or passes through ("a contribution to the initiative for the procurement of ammunition
    from third countries", "sent through a third country")."""
    return any(_THIRD_COUNTRY_SOURCE.search(text, max(cs, x.start() - 20), x.start()) is None
               for x in _THIRD_COUNTRY.finditer(text, cs, ce))


# "it had once bought for Iraq", "built for Egypt", "first ordered for the Saudi army": a past
# participle of making or buying before "for" tells whom the item was once meant for, not who receives it now
_MADE_FOR = re.compile(r"\b(?:bought|ordered|purchased|procured|built|made|produced|manufactured|intended|designed|"
                       r"meant|destined)\s+(?:[\w-]+\s+){0,2}?for\s+(?:the\s+)?$", re.I)


# "for US weapons", "on U.S.-made interceptors", "for UK air defence missiles": an abbreviated country name used as a
# modifier of arms tells where they are made or bought, not who receives them
_ABBREVIATED = re.compile(r"U\.?S\.?A?|U\.?K\.?")
_ARMS_AFTER = re.compile(r"(?:-(?:made|built|produced|manufactured)\b)?\s*(?:[a-z][\w-]*\s+){0,2}?"
                         r"(?:weapons|weaponry|arms|equipment|gear|hardware|materiel|missiles|interceptors|munitions|"
                         r"ammunition|rockets|shells|systems|launchers|air[\s-]defen[cs]e)\b")


def arms_origin(m: Mentions, d) -> bool:
    """Is the donor mention ``d`` an abbreviated country name ("US", "U.S.", "UK") that modifies arms right after it
    ("$500 million for US weapons for Ukraine", "NOK 2 billion for U.S.-made air defence missiles"), or a named
    system ("for US Patriot missiles")? It says where the arms come from; it receives nothing."""
    if not _ABBREVIATED.fullmatch(d.text):
        return False
    if _ARMS_AFTER.match(m.text, d.end):
        return True
    after = m.starting(m.systems, d.end, d.end + 3)
    return bool(after) and not m.text[d.end:after[0].start].strip(" -")


def made_for_another(text: str, start: int) -> bool:
    """Is the country named at ``start`` the one an item was once bought or built for ("20 howitzers originally
    ordered for Saudi Arabia", "7 Mi-17s it had bought for Iraq")? It is then no recipient of the giving."""
    return _MADE_FOR.search(text, max(0, start - 50), start) is not None


def _sent_on_to(m: Mentions, item, ce: int) -> bool:
    """"will deliver 20 tanks to Slovakia in exchange for the jets Bratislava sent to Ukraine": a
    country other than Ukraine named right after the item, after "to" (or its forces: "new Archers to the
    Swedish army"), receives it, whatever the clause says of Ukraine later."""
    after = m.inside(m.donors, item.end, min(ce, item.end + 60))
    if not after or after[0].kind in ("recipient", "institution"):
        return False
    if after[0].kind == "demonym":
        # the forces of a country: "new Archers to the Swedish army" (not "vehicles built for the Canadian army")
        return _OWN_FORCES.match(m.text, after[0].end) is not None and \
            _TO_FORCES.fullmatch(m.text, item.end, after[0].start) is not None
    if item.kind == "money" and _POOL_AFTER.match(m.text, after[0].end):
        return False  # "$30 million to the Dutch-led fund": a pool for Ukraine
    if m.text.startswith(("'s", "’s"), after[0].end):
        return False  # "€50 million for Denmark's jet coalition": the country's own scheme for Ukraine
    if arms_origin(m, after[0]):
        return False  # "$500 million for US weapons": where the arms come from
    if made_for_another(m.text, after[0].start):
        return False  # "4 patrol boats that were built for Egypt": the item's origin, not where it goes
    return _TO_RIGHT_AFTER.fullmatch(m.text, item.end, after[0].start) is not None


# "to a training centre in Romania", "to the pilot training hub in Denmark", "at the Romanian training centre": a
# training site the item goes to, not Ukraine (README rule 10: deliveries to training centres outside Ukraine)
_TO_TRAINING_SITE = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:to|at|for)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:training|flight|pilot|flying)\s+(?:cent(?:re|er)|hub|base|ground|school|academy|"
                               r"facility|range|camp)s?\b(?P<where>[^.;:]{0,40})", re.I)


_IN_UKRAINE = re.compile(r"\b(?:Ukraine|Ukrainian\s+(?:territory|soil)|Kyiv|Kiev|Lviv)\b")


def to_training_abroad(text: str, item, ce: int) -> bool:
    """"The Netherlands will send 18 F-16s to a training centre in Romania": the item goes to a training site,
    one not said to be in Ukraine (README rule 10), named right after it in its clause."""
    site = _TO_TRAINING_SITE.match(text, item.end, ce)
    return site is not None and _IN_UKRAINE.search(text, site.start(), site.end()) is None


# "in exchange for German Marder and Fuchs vehicles", "in return for 12 AH-1Z helicopters": what the donor gets
def _receiver_elsewhere(m: Mentions, item, clause) -> bool:
    """The subject of a receiving verb before the item ("X received", "X has taken delivery of", "X will
    receive") is the receiver; when it names a country other than Ukraine, the item is that country's."""
    cs, _ = clause
    for cue in m.inside(m.status_cues, cs, item.start):
        if not (cue.label == "delivered" and _RECEIVING.match(cue.text)
                or cue.label == "pledged" and _TO_RECEIVE.fullmatch(cue.text)):
            continue
        subject = m.inside(m.donors, cs, cue.start)
        if item.kind == "money" and into_fund(m.text, (cs, cue.end)):
            return False  # "Germany's air-defence initiative received €150 million": a pool for Ukraine
        if subject and _SUBJECT_GAP.fullmatch(m.text, subject[-1].end, cue.start):
            return subject[-1].kind not in m.non_donor_kinds
        if not subject and _AND_PREDICATE.search(m.text, max(0, cue.start - 16), cue.start):
            # "Croatia will donate 14 Mi-8s to Ukraine and will receive Black Hawks from the US in return": the
            # second predicate of the sentence's subject, a donor receiving
            k = m.sentence_index(cue.start)
            before = m.inside(m.donors, m.sentences[k][0], cue.start) if k >= 0 else []
            givers = [d for d in before if d.kind not in m.non_donor_kinds and d.code not in ("UKR", "", None)]
            return bool(givers) and not ITSELF.search(m.text, givers[0].start, givers[0].end)
    return False
# "NASAMS launchers - 2 (purchased from Norway, to be handed over in autumn)", "will buy a NASAMS and donate
# it": bought to be given on
# "to be handed over", "and then send them", "will also ship mortar bombs worth 8 million euros, bought from a Czech
# maker": what is bought is given on (the giving told before the purchase's participle and its source)
_BOUGHT_TO_GIVE = (r"\b(?:to|will|would|is\s+to|are\s+to)\s+be\s+(?:GIVEN|handed\s+over)\b|\band\s+(?:then\s+)?GIVE\b|"
                   r"\b(?:will|would|to|shall)\s+(?:also\s+)?GIVE\b[^.;:]{1,120}?,?\s+(?:bought|purchased|procured)\s+"
                   r"(?:from|abroad|in)\b")


def purchase_not_for_ukraine(m: Mentions, s: int, e: int) -> bool:
    """Buying or ordering is aid only when the text says it is for Ukraine, or that what is bought is
    given on."""
    if ANY_NAME.search(m.text, s, e) or _POOL_FOR_UKRAINE.search(m.text, s, e):
        return False
    if compiled(_BOUGHT_TO_GIVE).search(m.text, s, e):
        return False
    if _sent_on_next(m, e):
        return False  # "We have bought 14 tanks from industry. They will go to Ukraine next year."
    if the_purchase_told_before(m, s):
        return False  # "Canada will buy a NASAMS battery for Ukraine. The purchase will cost about $406 million."
    # a purpose ("10 million euros for the purchase of ammunition", "to buy drones") is what money
    # is given for, and "to be bought from" the source of what is given; the purchase that is not aid is
    # the sentence's own act ("Poland bought 96 Apaches"; "... purchased from Australian industry" is read
    # as such an act too: measured, reading it as a source excluded more real purchases than it kept gifts)
    return any(not _PURPOSE.search(m.text, max(s, p.start() - 32), p.start())
               and not to_be_bought(m.text, p.start(), s)
               and not _BOUGHT_WITH.match(m.text, p.end())
               for p in _PURCHASE.finditer(m.text, s, e))


# "in exchange for German Marder vehicles", "in return for 12 helicopters", "if it gets F-35s first", "once it receives
# replacements", "refused to trade its M-84s for German Leopards": what the donor gets back for what it gives (the
# second of two joined items too: "in exchange for German Marder and Fuchs vehicles")
_IN_EXCHANGE_FOR = re.compile(r"\b(?:in\s+(?:exchange|return)\s+for|as\s+(?:compensation|a\s+replacement)\s+for|"
                              r"(?:if|once|when|after|provided|as\s+soon\s+as|until)\s+(?:it|they|(?-i:[A-Z][\w-]+))\s+"
                              r"(?:first\s+)?(?:gets?|receives?|obtains?)|in\s+exchange\s+for\s+receiving|"
                              r"(?:swap|trade|exchange)(?:s|d|ed|ping|ing)?\s+(?:its|their|our|his|her)\s+[^.;:,]{1,50}?"
                              r"\s+for)\s+"
                              r"(?:(?:the|its|their|new|more|some|[\w-]+['’]s)\s+)*(?:[\w-]+\s+){0,2}?"
                              r"(?:(?:and|or)\s+(?:[\w-]+\s+){0,2}?)?$", re.I)


def received_in_exchange(m: Mentions, item, clause) -> bool:
    """Is ``item`` what the donor receives in exchange for what it gives ("Slovenia is weighing sending its tanks to
    Ukraine in exchange for German Marder vehicles", "Poland would give its MiG-29s if it gets F-35s first")? Then
    the donor, not Ukraine, receives it (README rule 10: compensation to a donor, deliveries to third countries);
    not when a verb of giving follows the item in its clause ("in exchange for the 30 BMP-1s it sent to Ukraine")."""
    cs, ce = clause
    if _IN_EXCHANGE_FOR.search(m.text, max(cs, item.start - 80), item.start) is None:
        return False
    return not any(c.label in ("pledged", "delivered") for c in m.inside(m.status_cues, item.end, ce))


# Ukraine as the buyer that opens the clause (or a reporter's turn): "Ukraine also plans to purchase 3,000 missiles
# from ...", "Kyiv will buy 20 guns", "Q: Ukraine has also ordered guns from industry."
_UKRAINE_BUYS = re.compile(r"\W*(?:[A-Z][\w.'’-]*\s*:\s*)?(?:(?:But|And|Meanwhile|Also)\W+)?"
                           r"(?:" + NAMES + r"|the\s+Ukrainian\s+(?:government|"
                           r"army|military|side|ministry|defen[cs]e\s+ministry))\s+(?:[\w-]+\s+){0,4}?"
                           rf"(?:to\s+)?(?:{purchase_words('base', 'past', 'present')})\b", re.I)
# Ukraine cleared to buy (a sale approved, README rule 10): "Washington has cleared Kyiv to buy 3,350 missiles", "the
# State Department approved Ukraine to purchase", "authorised Kyiv to buy" (not what a fund lets it buy: "a fund that
# allows Ukraine to purchase equipment" is aid)
_UKRAINE_ALLOWED_TO_BUY = re.compile(r"\b(?:clear(?:s|ed|ing)?|approv(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|"
                                     r"green-?lit|green-?light(?:s|ed)?)\s+"
                                     r"(?:" + NAMES + r"|the\s+Ukrainian\s+(?:government|army|military|side))\s+to\s+"
                                     rf"(?:{purchase_words('base')})\b", re.I)
# someone else pays: "with money from Denmark", "paid for by Germany", "financed by the EU", "using Dutch funds"
_PAID_BY = re.compile(r"\b(?:(?:paid|financed|funded|covered|sponsored)\s+(?:for\s+)?by|with\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:money|funds|funding|financing|grants?)|using\s+(?:[\w-]+\s+){0,2}?(?:money|funds)|"
                      r"at\s+the\s+expense\s+of|thanks\s+to)\b", re.I)


def bought_by_ukraine(m: Mentions, clause, sentence) -> bool:
    """Is the clause's act Ukraine's own purchase ("Ukraine also plans to purchase 3,000 missiles from the United
    States under an $800 million deal"), or a purchase Ukraine is cleared to make ("Washington cleared Kyiv to buy
    3,350 missiles, putting the value at $825 million")? A sale to Ukraine is no aid (README rule 10), unless the
    sentence says another pays for it ("Kyiv will buy Bohdana guns with Danish money", "..., and Denmark will pay
    for them")."""
    cs, ce = clause
    buys = _UKRAINE_BUYS.match(m.text, cs, ce) is not None or _UKRAINE_ALLOWED_TO_BUY.search(m.text, cs, ce) is not None
    return buys and _PAID_BY.search(m.text, *sentence) is None and _PAYS.search(m.text, *sentence) is None


# Ukraine spending its own money, as the clause's subject: "The Ukrainian defence ministry has set aside UAH 30 billion
# for drones", "Kyiv will spend 45 billion hryvnias of its own money"
_UKRAINE_SPENDS = re.compile(r"\W*(?:[A-Z][\w.'’-]*\s*:\s*)?(?:(?:But|And|Meanwhile|Also)\W+)?"
                             r"(?:" + NAMES + r"|the\s+Ukrainian\s+(?:government|state|army|military|side|parliament|"
                             r"ministry|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e))\s+(?:[\w-]+\s+){0,4}?"
                             r"(?:spend|spends|spent|spending|set\s+aside|sets\s+aside|setting\s+aside|allocat\w*|"
                             r"earmark\w*|budget(?:s|ed)?)\b", re.I)
# the amount Ukraine owns: "Ukraine's own 20 billion hryvnia drone budget", "Kyiv's drone budget of UAH 20 billion"
_UKRAINES_OWN = re.compile(r"\b(?:" + NAMES + r")['’]s\s+(?:own\s+)?(?:(?:[\w-]+\s+){0,3}?(?:budget|spending|"
                           r"funds|money)\s+(?:[\w-]+\s+){0,4}?(?:of|is|was|amounts\s+to|totals?|stands\s+at)\s+"
                           r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?)?$", re.I)


def ukraines_own_money(m: Mentions, item, clause, sentence) -> bool:
    """Is money ``item`` Ukraine's own: an amount Ukraine spends or sets aside as its clause's subject ("The Ukrainian
    defence ministry has set aside UAH 30 billion for drones this year"), or told as Ukraine's own budget ("Ukraine's
    own 20 billion hryvnia drone budget", "Kyiv's drone budget for the year is 20 billion hryvnias")? The recipient's
    own money is no aid (README rule 10), unless the sentence says another pays ("with Danish money")."""
    if item.kind != "money":
        return False
    cs, _ = clause
    own = _UKRAINE_SPENDS.match(m.text, cs, item.start) is not None or \
        _UKRAINES_OWN.search(m.text, max(cs, item.start - 120), item.start) is not None
    return own and _PAID_BY.search(m.text, *sentence) is None and _PAYS.search(m.text, *sentence) is None


_PAYS = re.compile(r"\b(?:pay|pays|paid|paying|finance[sd]?|financing|fund(?:s|ed|ing)?|cover(?:s|ed|ing)?)\s+"
                   r"(?:for\s+)?(?:them|it|the\s+(?:bill|cost|costs|purchase|deal|contract))\b", re.I)


# the next sentence sends what was bought on: "They will go to Ukraine next year.", "These will be handed to Kyiv."
_PRONOUN_OPENS = re.compile(r"\W*(?:They|These|Those|All\s+of\s+them|Both)\b")


def _sent_on_next(m: Mentions, end: int) -> bool:
    """Does the sentence after the one ending at ``end`` open with "They" (the items just bought) and tell
    they go to Ukraine?"""
    k = m.sentence_index(end - 1)
    if k < 0 or k + 1 >= len(m.sentences):
        return False
    ns, ne = m.sentences[k + 1]
    return _PRONOUN_OPENS.match(m.text, ns, ne) is not None and ANY_NAME.search(m.text, ns, ne) is not None
