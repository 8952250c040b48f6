"""Glosses: a short explanation in brackets between an item and its count, as lists of package contents write
them ("anti-drone systems (jammers) - 12 pcs.", "armoured vehicles (M113) in quantity of 14 units"), and a
translation's calibre there ("shells of caliber 155 mm in quantity of 20000 units")."""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions

# "anti-drone systems (jammers) - 12 pcs.": a short gloss in brackets, without a number, between the item and its count
_GLOSS = re.compile(r"\s*\([^()\d\n]{1,30}\)(?=\s*(?:[-–—:(]|in\s+(?:the\s+)?(?:amount|number|quantity)\b))", re.I)
# "Gepard anti-aircraft tanks incl. about 6,000 rounds: 52", "mortar carriers including ammunition: 40": what comes
# with the item in a line of a list, between the item and the count that closes the line (the count is the item's)
_INCLUDED = re.compile(r"\s+(?:incl\.|inc\.|including)\s+[^:;()\n]{1,60}?(?=:\s*(?:(?:about|approx\.?|approximately|"
                       r"around|ca\.|some|more\s+than|over)\s+)?\d[\d,.]*(?:\s+(?:units|pieces|pcs\.?))?"
                       r"\s*[.;]?\s*$)", re.I | re.M)
# "shells of caliber 155 mm in quantity of 20000 units", "mines of 120 mm calibre in the amount of 5 thousand": a
# translation's calibre between the munitions and the count that follows them
_CALIBRE = re.compile(r"\s+(?:of\s+)?(?:(?:caliber|calibre)\s+\d{2,3}(?:[.,]\d+)?\s?mm|\d{2,3}(?:[.,]\d+)?\s?mm\s+"
                      r"(?:caliber|calibre))(?=\s+in\s+(?:the\s+)?(?:amount|number|quantity)\b)", re.I)
_CLOSING = re.compile(r"\)(?=\s*(?:[-–—:]|in\s+(?:the\s+)?(?:amount|number|quantity)\b))", re.I)


def after_gloss(m: Mentions, head_end: int) -> int:
    """Where the count of an item ending at ``head_end`` may start: after a gloss in brackets that follows the
    item ("anti-drone systems (jammers) in quantity 12 pcs.") or after a calibre a translation puts there ("shells of
    caliber 155 mm in quantity of 20000 units"), or after the bracket the item's name closes
    ("anti-drone guns (EDM4S) - 32 units"), when a separator of a count comes next, or after what a line of a list
    includes with the item before the count that closes the line ("Gepard tanks incl. about 6,000 rounds: 52"). A
    bracket or an inclusion that names a donor ("(together with Denmark)") is no gloss: the donor reads it."""
    text = m.text
    gloss = _GLOSS.match(text, head_end)
    if gloss is not None:
        return head_end if m.inside(m.donors, head_end, gloss.end()) else gloss.end()
    calibre = _CALIBRE.match(text, head_end)
    if calibre is not None:
        return calibre.end()
    included = _INCLUDED.match(text, head_end)
    if included is not None and not m.inside(m.donors, head_end, included.end()):
        return included.end()
    if _CLOSING.match(text, head_end) and text.rfind("(", max(0, head_end - 30), head_end) > text.rfind(
            ")", max(0, head_end - 30), head_end):
        return head_end + 1
    return head_end


# "ammunition of 40 mm for grenade launchers", "shells for howitzers", "missiles 9M38 for air defence systems"
_FOR_WEAPON = re.compile(r"(?:\s+of)?(?:\s+\d{2,3}(?:[.,]\d)?\s?mm)?\s+for\s+(?:the\s+|its\s+|their\s+)?"
                         r"(?:[\w-]+\s+){0,2}?$", re.I)


def munitions_for(text: str, munitions, weapon) -> bool:
    """Does generic ``weapon`` only tell what the generic ``munitions`` right before it are for ("ammunition of
    30 mm for automatic cannons", "shells for howitzers")? Then the munitions are the item."""
    return munitions.system.category in ("ammunition", "missile") and \
        weapon.system.category not in ("ammunition", "missile") and \
        _FOR_WEAPON.fullmatch(text, munitions.end, weapon.start) is not None
