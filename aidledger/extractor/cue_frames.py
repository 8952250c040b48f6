"""Frames in which a "not aid" context cue names no property of the item but the frame around it: the
occasion where a pledge is announced ("at a conference on Ukraine's reconstruction, Italy pledged ..."), or a
contract a donor pays for ("howitzers built under a contract signed by Kyiv and financed by Norway").
``cue_exemptions.cue_does_not_apply`` asks these of each cue of the clause."""

from __future__ import annotations

import re

_OCCASION = r"(?:conference|summit|forum|meeting|gathering|roundtable)s?"
# the cue words that can name the theme of a conference ("a conference on Ukraine's reconstruction"), not a
# request or a sale ("The White House urged Congress")
_THEME = re.compile(r"humanitarian|reconstruction|rebuild|infrastructure|energy|econom|financial|budget|civilian|"
                    r"macro|sanction|frozen|assets", re.I)
# "at a conference on Ukraine's", "on the sidelines of the summit on the": the occasion a cue word names
_OCCASION_BEFORE = re.compile(r"\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of|ahead\s+of|before|after|to|"
                              r"hosted|hosting|attend(?:s|ed|ing)?|host(?:s|ed|ing)?)\s+"
                              r"(?:a|an|the|this|its|(?:this|last|next)\s+(?:week|month|year)['’]s)\s+"
                              r"(?:[\w'’-]+\s+){0,4}?" + _OCCASION + r"\s+(?:on|for|about|of)\s+(?:the\s+)?"
                              r"(?:[\w'’-]+\s+){0,2}?$", re.I)
# "... a reconstruction conference", "the Humanitarian Summit": the cue word names the occasion
_OCCASION_AFTER = re.compile(r"(?:\s+(?:and\s+)?[\w'’-]+){0,2}?\s+" + _OCCASION + r"\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:at|during|of|ahead\s+of|to|a|an|the|this|(?:this|last|next)\s+"
                                r"(?:week|month|year)['’]s)\s+(?:[\w'’-]+\s+){0,2}?$", re.I)

_CONTRACT = re.compile(r"contract|sold|sell|sale|commercial|purchase|supply", re.I)
# "... financed with funds from the United States", "paid for by Denmark", "funded partly by the USA",
# "that Ukraine signed and Norway paid for"
_FINANCED_BY_DONOR = re.compile(
    r"[^.;:!?]{0,110}?(?:\b(?:financed|funded|paid\s+for|bankrolled|covered)\s+(?:[\w-]+\s+)?"
    r"(?:by|with\s+(?:[\w-]+\s+)?(?:funds|money|grants?|contributions)\s+(?:from|of))\s+(?:the\s+)?"
    r"(?!Ukrain|Kyiv|Kiev)(?-i:[A-Z])|\band\s+(?:the\s+)?(?!Ukrain|Kyiv|Kiev)(?-i:[A-Z])[\w.-]+\s+"
    r"(?:paid\s+for|financed|funded)\b)", re.I)


def occasion_of_announcement(text: str, cue) -> bool:
    """Does the cue word name the occasion where aid is announced ("at a conference on Ukraine's reconstruction
    in Rome, Italy said it would give €50 million for air defence", "said at a reconstruction summit") rather
    than what the item is?"""
    if _THEME.search(cue.text) is None:
        return False
    if _OCCASION_BEFORE.search(text, max(0, cue.start - 90), cue.start) is not None:
        return True
    return _OCCASION_AFTER.match(text, cue.end) is not None and \
        _DETERMINER_BEFORE.search(text, max(0, cue.start - 40), cue.start) is not None


def contract_paid_by_donor(text: str, cue, clause_end: int) -> bool:
    """Is the commercial cue ``cue`` a contract or sale that a donor other than Ukraine pays for ("howitzers
    built under a contract signed by Kyiv and financed with funds from Norway", "Czech firms sell Ukraine tanks
    under commercial contracts, financed by the Netherlands")? The donor funds the item (README rule 10 leaves
    sales that Ukraine pays for out)."""
    return _CONTRACT.search(cue.text) is not None and \
        _FINANCED_BY_DONOR.match(text[:max(clause_end, cue.end)], cue.end) is not None
