"""What an item is for, not what is given: the threats and targets a sentence names when it tells what a given
item does ("air defence systems to protect cities from drones and missiles", "radars that locate enemy
artillery", "to counter Russian drones", "missile and drone attacks", "Gepard guns to shoot down Shahed drones"). Such
words are no item type of the sentence (README rule 8 counts the types given) and no record."""

from __future__ import annotations

import re

from aidledger.extractor.items import Item
from aidledger.extractor.recipient_names import NAMES

# the verbs of what a weapon does to a threat or a target ("to protect ... from", "can spot", "capable of jamming")
_USE_VERB = (r"(?:(?:protect|shield|defend|counter|jam|intercept|detect|spot|track|locate|destroy|hit|strike|repel|"
             r"neutrali[sz]|defeat|engage|target|combat|suppress|fire|tow)\w{0,4}|carry(?!\s+out)\w{0,4}|"
             r"(?:shoot|shot|knock|take|fight|fend|ward)\w{0,4}\s+(?:down|out|off))")
_USE = re.compile(r"\b(?P<lead>to|can|could|able\s+to|capable\s+of|designed\s+to|meant\s+to|that|which|help(?:s|ing)?"
                  r"(?:\s+(?:" + NAMES + r"|the\s+Ukrainians?(?:\s+\w+)?))?(?:\s+to)?)\s+" + _USE_VERB + r"\b", re.I)
# between the verb and the threat: no end of the clause, no instrument ("to defend itself with air defence")
_SPAN = re.compile(r"[^;:.()\n]{0,80}", re.I)
_NEW_CLAUSE = re.compile(r",\s*(?:and|but|while)\b|\b(?:with|and\s+(?:will|has|have|is|are|also)|as\s+well\s+as|"
                         r"along\s+with|alongside|plus|in\s+addition)\b", re.I)
_OPENING = 25  # characters from the start of a sentence within which a purpose opens it ("To help Ukraine defend")
# "defence against drones", "effective against tanks", "which crews use against drones" (not "decided against
# sending tanks": a refusal)
_AGAINST = re.compile(r"\b(?:defen[cds]\w*|protect\w*|shield\w*|guard\w*|effective|useful|us(?:e|es|ed|ing)|"
                      r"employ(?:s|ed|ing)?|proven|resilient)\s+against\s+(?:(?![\w-]+ing\b)[\w-]+\s+){0,3}$", re.I)
# the attacker's own ("Russian drones", "enemy artillery", "incoming missiles")
_ENEMY = re.compile(r"\b(?:Russian|Russia's|enemy|incoming|hostile|Iranian|Iranian-made|North\s+Korean)\s+"
                    r"(?:[\w-]+\s+)?$")
# the threat as the kind of an attack ("missile and drone attacks", "drone strikes")
_ATTACK = re.compile(r"(?:\s*(?:,|and|or)\s+[\w-]+)*\s+(?:attacks?|strikes?|threats?|raids?|barrages?|swarms?|"
                     r"terror)\b", re.I)


def is_target(text: str, s: int, item: Item) -> bool:
    """Is the unnumbered generic ``item`` (in the sentence starting at ``s``) a threat or target a given item is
    said to act on, not an item given?"""
    if item.kind not in ("generic", "system") or item.quantity is not None:
        return False
    offset = max(s, item.head_start - 120)
    before = text[offset:item.head_start]
    if _AGAINST.search(before) or item.kind == "generic" and (
            _ENEMY.search(before) or _ATTACK.match(text, item.head_end)):
        return True  # (a named system only where it is acted on: "Russian T-72 tanks" may be given)
    for use in _USE.finditer(before):
        span = before[use.end():]
        if not _SPAN.fullmatch(span) or _NEW_CLAUSE.search(span):
            continue
        if "," in span and offset + use.start() - s <= _OPENING:
            continue  # "To counter drones, Norway will give jammers": a purpose opening the sentence ends at its comma
        return True
    return False
