"""Prices and values: what one item costs is a unit price, no aid (README rule 10: "cost estimates and unit prices")
— "A Crotale battery is worth some 80 million euros", "One IRIS-T missile costs about EUR 400,000; an NLAW
a little under $40,000". The worth of what a donor gives is no price: "The worth of the gifted vehicles is put at
EUR 60 million" is a money record beside the items (rule 3). A market's price or rate is no aid either: "Brent crude
traded at $81.20 a barrel", "The euro fell to 1.07 dollars". ``exclusions.context_reason`` asks ``unit_price`` and
``market_price``, ``cue_exemptions.cue_does_not_apply`` asks ``value_of_the_given``.
"""

from __future__ import annotations

import re
from functools import cache

from aidledger.extractor.index import Mentions
from aidledger.extractor.recipient_names import WORDS
from aidledger.extractor.vocabulary import words
from aidledger.mentions.cues import compiled
from aidledger.mentions.money import currency_names

# one item as the subject: "A", "One", "Each", "A single" (not a package, a tranche or aid: "A new package is worth")
_ONE = r"\W*(?:a|an|one|each|every|a\s+single|one\s+single)\s+"
_THING = r"(?:(?!(?:new|further|fresh|additional|package|tranche|contribution|donation|aid|support|fund|grant|" \
         r"loan)\w*\b)[\w'’./-]+\s+){1,5}?"
_HEDGE = r"(?:(?:roughly|about|around|some|nearly|almost|approximately|well|just|over|under|more\s+than|less\s+than|" \
         r"up\s+to|at\s+least|as\s+much\s+as|close\s+to|an\s+estimated|upwards\s+of|north\s+of)\s+)*"
_PRICE_VERB = r"(?:(?:is|was|are|were|would\s+be|will\s+be|can\s+be)\s+(?:\w+\s+)?(?:valued|priced|estimated)\s+at|" \
              r"costs?|cost\s+(?:Kyiv\s+|Ukraine\s+)?|sells?\s+for|sold\s+for|goes\s+for|(?:is|was)\s+worth)\s+"
_UNIT_PRICE = re.compile(_ONE + _THING + _PRICE_VERB + _HEDGE + r"$", re.I)
# the price of a second item told without its verb after a price: "...; an NLAW a little under $40,000"
_ELLIPTIC = re.compile(_ONE + _THING + _HEDGE + r"$", re.I)
_PRICE_BEFORE = re.compile(_ONE + _THING + _PRICE_VERB + r"[^;]*[;,]?\s*$", re.I)


def unit_price(m: Mentions, item, clause) -> bool:
    """Is money ``item`` the price of one item, told with one item as its clause's subject ("A Crotale battery is
    valued at roughly 80 million euros", "Each launcher sells for about $4 million"), or told after such a price
    without its verb ("One shell costs EUR 3,500; an NLAW a little under $40,000")?"""
    if item.kind != "money":
        return False
    cs = clause[0]
    if _UNIT_PRICE.fullmatch(m.text, cs, item.start):
        return True
    k = m.sentence_index(item.start)
    s = m.sentences[k][0] if k >= 0 else cs
    return s < cs and _ELLIPTIC.fullmatch(m.text, cs, item.start) is not None and \
        _PRICE_BEFORE.fullmatch(m.text, s, cs) is not None


@cache
def _per_unit() -> re.Pattern[str]:
    """"a barrel", "per tonne", "/MWh": a unit of measure (list ``price_unit`` of ``data/extract_words.csv``) that a
    market price is quoted per."""
    units = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words("price_unit").words, key=len,
                                                                          reverse=True))
    return re.compile(rf"\s*(?:(?:a|an|per)\s+|/\s*)(?:{units})\b", re.I)


@cache
def _rate_before() -> re.Pattern[str]:
    """A currency as the subject of a market's move right before an amount: "The euro fell to", "the hryvnia traded
    at about", "Sterling closed at" (the currencies of ``data/currencies.csv``, by family and by word)."""
    alternation = "|".join(sorted((re.escape(n) for n in currency_names()), key=len, reverse=True))
    return re.compile(rf"\b(?:the\s+)?(?:{alternation})s?\s+(?:\w+\s+)?(?:fell|falls|rose|rises|slipped|slips|slid|"
                      r"dropped|drops|climbed|climbs|weakened|weakens|strengthened|strengthens|firmed|eased|gained|"
                      r"traded|trades|trading|stood|stands|closed|opened|ended|hit|held|sat|sits|was|is)\s+"
                      r"(?:to|at|around|near)\s+" + _HEDGE + r"$", re.I)


def market_price(m: Mentions, item) -> bool:
    """Is money ``item`` a market's price or rate, no aid (README rule 10: prices): an amount per unit of measure
    ("Brent crude traded at $81.20 a barrel", "gas fell to €38 per megawatt hour") or what a currency trades at ("The
    euro fell to 1.07 dollars", "the hryvnia traded at around 41 per dollar")?"""
    if item.kind != "money" or item.money is None:
        return False
    if _per_unit().match(m.text, item.money.end):
        return True
    k = m.sentence_index(item.money.start)
    s = m.sentences[k][0] if k >= 0 else max(0, item.money.start - 80)
    return _rate_before().search(m.text, max(s, item.money.start - 80), item.money.start) is not None


# "the value of the gifted vehicles is put at", "the (total) worth of the weapons handed over is put at", "the
# donated vehicles are valued at": the worth of what is given
_VALUE_OF_GIVEN = compiled(
    r"\W*(?:the\s+)?(?:(?:total|overall|estimated|combined)\s+)?(?:value|worth|cost)\s+of\s+(?:the|this|these|its|their|"
    r"all\s+the)\s+(?:[\w-]+\s+){0,2}?(?:GIVEN|gifted|transferred)\s+[^.;:]{0,60}?$"
    r"|\W*(?:the|these|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?:GIVEN|gifted|transferred)\s+"
    r"(?:[\w-]+\s+){1,3}?(?:is|are|was|were)\s+(?:\w+\s+)?(?:valued\s+at|worth|estimated\s+at)\s+[^.;:]{0,20}?$")


def value_of_the_given(m: Mentions, item, clause) -> bool:
    """Is money ``item`` the worth of what a donor gives, told as its clause's subject ("The value of the gifted
    vehicles is put at EUR 60 million", "The donated vehicles are worth about 40 million euros")? A value
    estimated of the gift is money attached to items (README rule 3), no price."""
    return item.kind == "money" and _VALUE_OF_GIVEN.fullmatch(m.text, clause[0], item.start) is not None


def status_of_the_valued(m: Mentions, item, clause, weak) -> str | None:
    """The state of the gift whose worth money ``item`` tells (``value_of_the_given``): the giving verb of the
    sentence before ("decided to donate 12 tanks. The worth of the gifted vehicles is put at EUR 60
    million": pledged, as the tanks are), not the participle that describes the gift; None when that sentence
    tells none. ``weak(cue)`` tells a cue that states no act."""
    if not value_of_the_given(m, item, clause):
        return None
    k = m.sentence_index(item.start)
    if k <= 0:
        return None
    s, e = m.sentences[k - 1]
    told = [c for c in m.inside(m.status_cues, s, e) if c.label in ("pledged", "delivered", "funded") and not weak(c)]
    return told[-1].label if told else None


# "The purchase will cost about $406 million", "The order is worth EUR 80 million", "The contract is worth SEK 2
# billion": what the donor's purchase costs
_PURCHASE_COSTS = re.compile(r"\W*(?:the|this|that|its|their|our|the\s+whole)\s+(?:[\w-]+\s+)?(?:purchase|order|"
                             r"procurement|acquisition|contract|deal)\s+(?:will\s+|would\s+|is\s+expected\s+to\s+|is\s+set\s+to\s+)?"
                             r"(?:cost|costs|is\s+worth|is\s+valued\s+at|comes\s+to|amounts\s+to)\s+" + _HEDGE + r"$",
                             re.I)
_FOR_UKRAINE = re.compile(r"\b(?:" + WORDS + r")\b")
# a purchase to give on ("will buy a radar from the US and donate it to Ukraine"): a pledge that is a purchase
_BUY_TO_GIVE = re.compile(r"(?:buy|bought|purchas|procur)", re.I)
_THE_PURCHASE = re.compile(r"\W*(?:the|this|that|its|their|our|the\s+whole)\s+(?:[\w-]+\s+)?(?:purchase|order|"
                           r"procurement|acquisition)\b", re.I)


def cost_of_the_purchase(m: Mentions, item, clause) -> bool:
    """Is money ``item`` what a purchase for Ukraine told in the sentence before costs ("Canada will buy a NASAMS
    battery for Ukraine. The purchase will cost about $406 million.")? The donor pays it: money funded (README rule
    11), no price estimate."""
    if item.kind != "money" or not _PURCHASE_COSTS.fullmatch(m.text, clause[0], item.start):
        return False
    return bought_for_ukraine_before(m, m.sentence_index(item.start))


def bought_for_ukraine_before(m: Mentions, k: int) -> bool:
    """Does the sentence before sentence ``k`` tell a purchase for Ukraine (a funding cue or one of buying to give on,
    and Ukraine named)? Then "the purchase" of sentence ``k`` is that one."""
    if k <= 0:
        return False
    s, e = m.sentences[k - 1]
    return _FOR_UKRAINE.search(m.text, s, e) is not None and \
        any(c.label == "funded" or _BUY_TO_GIVE.match(c.text) for c in m.inside(m.status_cues, s, e))


def the_purchase_told_before(m: Mentions, s: int) -> bool:
    """Does the sentence starting at ``s`` open with "the purchase" ("The purchase will cost ...", "The order
    includes ...") right after a sentence that tells a purchase for Ukraine? It speaks of that purchase."""
    return _THE_PURCHASE.match(m.text, s) is not None and bought_for_ukraine_before(m, m.sentence_index(s))
