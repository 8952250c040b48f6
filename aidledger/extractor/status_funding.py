"""Funding: money put into a fund, an initiative or a coalition (README rule 11: "€10 million to the Czech
initiative"), the payer named beside what others deliver ("With Norwegian funding, 20 Skynex were
delivered", "financed by Denmark"), and the funding words that pay for items (paid for, ordered,
purchased), not those that only set them aside. ``status.decide`` and the pipeline ask here.
"""

from __future__ import annotations

import re

from aidledger.extractor.donor_roles import MAKER_AFTER
from aidledger.extractor.index import Mentions

_PAID_BY = re.compile(r"\b(?:paid\s+for|funded|financed|bought|purchased)\s+(?:\w+\s+)?by\b", re.I)
_FUND_NOUN = re.compile(r"\b(?:fund|initiative|facility|programme|program|coalition|mechanism|scheme|"
                        r"trust\s+fund)s?\b", re.I)
# ("paid for", "paid the maker for"; not "paid by", the payer's participle)
_ITEM_FUNDED = re.compile(r"pa(?:y|ys|id|ying)\s+(?!by\b)|fund|financ|order|procure|purchas|buy|bought|cost|bill|"
                          r"commission", re.I)


def paid_frame_names_the_donors(m: Mentions, cs: int, ce: int) -> bool:
    """Is every donor of clause [cs, ce) named in a frame of paying ("with Norwegian funding", "thanks to
    Swedish money", "financed by Denmark")? Then the donor paid for what was delivered, and did not supply it
    (README rule 11)."""
    frames = [(x.start(), x.end()) for x in _PAID_FRAME.finditer(m.text, cs, ce)]
    # "Ukraine received 500,000 shells, financed by Denmark and Canada": the payers named after the participle
    frames += [(x.start(), _NAMES_AFTER.match(m.text, x.end()).end()) for x in _PAID_BY.finditer(m.text, cs, ce)]
    # (the demonym of the maker that supplies, "from the Slovak producer", is no giver beside the payers)
    donors = [d for d in m.inside(m.donors, cs, ce) if d.kind not in m.non_donor_kinds
              and not (d.kind == "demonym" and MAKER_AFTER.match(m.text, d.end))]
    return bool(frames and donors) and all(any(a <= d.start < b for a, b in frames) for d in donors)



# the names right after "financed by": "by Denmark, the Netherlands and Canada" (not "by a fund set up by France")
_NAMES_AFTER = re.compile(r"(?:\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*,|\s+and\b)?)*")
_PAID_FRAME = re.compile(r"\b(?:with|thanks\s+to|using)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?"
                         r"(?:funding|money|funds|financing)\b", re.I)


def money_into_pool(m: Mentions, item, clause, label: str) -> bool:
    """Is ``item`` money put into a fund, an initiative or a coalition, told as given (``label`` pledged
    or delivered)? Such money is funded (rule 11): "€10 million to the Czech initiative", "- $10 million
    for the NATO trust fund", "the facility had received €50 million from Norway"."""
    if item.kind != "money" or label not in ("pledged", "delivered"):
        return False
    return into_fund(m.text, clause) or label == "delivered" and _FUND_NOUN.search(m.text, *clause) is not None


# "transferred 1.4 billion euros", "disbursed EUR 500 million": a sum moved as the verb's object
_SUM_MOVED = re.compile(r"\b(?:transferr(?:ed|ing)|transfers?|disburs(?:ed|es|ing)|paid\s+out|wired)\s+"
                        r"(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|another|a\s+further|"
                        r"an\s+additional|the\s+first)\s+)?$", re.I)


def sum_moved(m: Mentions, item, label: str) -> bool:
    """Is ``item`` a sum of money that a donor transferred or disbursed, the sum itself the verb's object ("The
    EU transferred EUR 1.4 billion of windfall income for Ukraine's army", "Oslo disbursed 2 billion kroner")?
    Money handed over is money put in (rule 11: funded), not a delivery of arms; a package "worth" a sum that
    was transferred is not this (its items were delivered)."""
    return item.kind == "money" and label == "delivered" and \
        _SUM_MOVED.search(m.text, max(0, item.start - 40), item.start) is not None


_POOL = r"(?:initiative|coalition|fund|PURL)"
_INTO_FUND = re.compile(r"\b(?:to|into|towards?|for|via|through|(?:share|stake|part)\s+(?:in|of))\s+"
                        r"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,5}?"
                        + _POOL + r"\b|\b" + _POOL
                        + r"\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|already\s+|earlier\s+|also\s+)?"
                        r"(?:received|receives|got|gets)\b", re.I)


def into_fund(text: str, clause) -> bool:
    """Money paid into a pool that buys for Ukraine ("€10 million to the Czech ammunition
    initiative", "the drone coalition received €20 million from Riga") is funded, whatever the tense."""
    return _INTO_FUND.search(text, *clause) is not None


def paid_by_at(text: str, cue) -> bool:
    """Is ``cue`` "paid for by", "financed by" ("12 launchers, paid for by Western partners, have arrived")? The
    payer's participle describes the item; the main verb tells its state."""
    return _PAID_BY.match(text, cue.start) is not None


def paid_by_in(text: str, start: int, end: int) -> bool:
    """Is a payer named with "paid for by", "funded by" in [start, end) ("will supply 10,000 rounds to Ukraine,
    paid for by Denmark")?"""
    return _PAID_BY.search(text, start, end) is not None


def pays_for_items(cue) -> bool:
    """Does the funding ``cue`` pay for items (paid for, ordered, procured, bought), rather than allocate or
    set them aside (then they are pledged)?"""
    return _ITEM_FUNDED.search(cue.text) is not None
