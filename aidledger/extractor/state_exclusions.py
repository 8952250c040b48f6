"""Exclusions that need the item's status, read once ``status_in_context`` has given it: arms in general,
uncounted, neither refused nor weighed; goods that humanitarian aid sends too, uncounted or not for armed
forces; an item given to another country than Ukraine; a purchase not said to be for Ukraine ("Romania has
ordered 300 K9 guns, 40 of which have arrived": the guns and their part); Ukraine's own purchase, and its own
money. The context cues read before the status are ``exclusions.context_reason``.
"""

from __future__ import annotations

import re

from aidledger.extractor import exclusions, recipients
from aidledger.extractor.index import Mentions
from aidledger.extractor.vocabulary import words

# the armed forces a good is for, or the military body that gives it: "for Ukraine's armed forces", "to the brigades",
# "the Defence Command has handed over", "soldiers at the front"
_MILITARY = re.compile(r"\b(?:armed\s+forces|army|armies|military|soldiers|troops|brigades?|units|servicem[ae]n|"
                       r"front(?:\s+line)?|defen[cs]e\s+(?:ministry|forces|command|department)|ministry\s+of\s+defen[cs]e|"
                       r"marines|navy|NATO)\b", re.I)


def civilian_goods(m: Mentions, item, span: tuple[int, int]) -> bool:
    """Goods that humanitarian and winter aid sends as well as armies (the word list ``counted_only``:
    generators, tents, stoves) tell a military aid fact only when counted and given to armed forces or by a
    military body ("3,000 tents for the brigades", "the Defence Command handed over 350 generators"); "ready to
    provide generators and other equipment" and "200 generators for Kharkiv's hospitals" do not (README rule 10:
    humanitarian aid)."""
    if item.kind != "generic" or item.name.lower() not in words("counted_only").words:
        return False
    return item.quantity is None or _MILITARY.search(m.text, *span) is None


def reason(m: Mentions, item, clause, span: tuple[int, int], state: str, *, in_aid_list: bool,
           bought: set[str]) -> str | None:
    """Why ``item``, told in ``state`` in ``clause`` of the sentence at ``span``, gives no record, or None;
    ``in_aid_list``: an entry under a heading of an aid overview or in a list of a package's contents ("- 5,000
    shells (procured from industry)" is Ukraine's). ``bought``, the names of the sentence's items bought and not
    said to be for Ukraine, gains the item's name when it is one."""
    s, e = span
    if exclusions.arms_in_general(item, state):
        return "arms in general, uncounted, neither refused nor weighed"
    if civilian_goods(m, item, span):
        return "goods that humanitarian aid sends too, uncounted or not for armed forces"
    if "sale-paid-for" not in item.notes and \
            recipients.recipient_elsewhere(m, item, clause, refused=state == "refused"):
        return "recipient is not Ukraine"
    if state == "funded" and not in_aid_list and "sale-paid-for" not in item.notes and \
            recipients.purchase_not_for_ukraine(m, s, e):
        bought.add(item.name)
        return "a purchase not said to be for Ukraine"
    if "elliptical" in item.notes and item.name in bought:
        # "Romania has ordered 300 K9 guns, 40 of which have arrived": a part of the purchase
        return "a part of a purchase not said to be for Ukraine"
    if state == "funded" and recipients.bought_by_ukraine(m, clause, (s, e)):
        return "Ukraine's own purchase"
    if recipients.ukraines_own_money(m, item, clause, (s, e)):
        return "Ukraine's own money ('Ukraine's own drone budget'), no aid"
    return None
