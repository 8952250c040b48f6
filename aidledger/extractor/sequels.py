"""One more of the item told before, told by what it did next: "Poland handed over two Krab guns in May; a third
followed in July", "Oslo gave three boats in May. A fourth came in June.", "Germany delivered three launchers by
August; two more followed the next spring".

The count is a fact of its own (README rule 1). Its verb ("followed", "came") tells no state of its own: the
clause before does ("handed over": delivered; "promised": pledged), so ``status_ellipsis`` lends the count that
clause's verb, and across sentences ``status_across.told_before`` the state the item was told in.
"""

from __future__ import annotations

import re
from decimal import Decimal

from aidledger.extractor.items import Item

# a verb of coming next, with no state of its own ("followed in July", "came later"; not "followed suit",
# "came from Norway": a giver)
_FOLLOWED = r"(?:(?:later|soon|then|also|quickly)\s+)?(?:followed|came)\b(?!\s+(?:suit|from|with|under|into)\b)"
_FOLLOWS_ON = re.compile(r"\s+" + _FOLLOWED, re.I)
# "a third", "another", "one more" as a clause's subject, before such a verb (or before "arrived"); not "a third of
# the shells" (a share)
_SEQUEL = re.compile(
    r"(?:^[\s\"“‘'•*–-]*|[;,]\s*(?:and\s+|but\s+|while\s+)?|\b(?:and|but|while)\s+)(?:then\s+|later\s+)?"
    r"((?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth)|another|one\s+more)"
    r"(?:\s+(?:one|unit|system|battery|launcher))?"
    r"(?=\s+(?:" + _FOLLOWED + r"|(?:(?:later|also|then)\s+)?arrived\b))", re.I)


_RANK = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}


def follows_on(text: str, item) -> bool:
    """Is the count ``item`` ("two more", "a third") the subject of a verb of coming next ("two more followed the
    next spring")? Then the clause before tells its state."""
    return "elliptical" in item.notes and _FOLLOWS_ON.match(text, item.end) is not None


def next_ones(text: str, s: int, e: int, items: list[Item], earlier: Item | None) -> list[Item]:
    """The items of sentence [s, e) that are one more of the item counted before ("a third followed in July"): of
    the sentence's last counted system before it, else of ``earlier`` (the item of the sentences before) when the
    sentence names no item before it; only when the rank goes on from that count ("a third" after two, "another"
    or "one more" after one), else "another" may be another batch."""
    found = []
    for x in _SEQUEL.finditer(text[s:e]):
        start, end = s + x.start(1), s + x.end(1)
        if any(i.start < end and start < i.end for i in items):
            continue
        before = [i for i in items if i.head_end <= start]
        counted = [i for i in before if i.kind == "system" and i.quantity is not None]
        ref = counted[-1] if counted else earlier if not before else None
        if ref is None or ref.kind == "money" or ref.quantity is None or \
                _RANK.get(x.group(1).split()[-1].lower(), 2) != ref.quantity + 1:
            continue  # (one more unit only after the count it goes on: "a third" after two, "another" after one)
        again = ["as-many-more"] if ref.quantity == 1 else []  # ("one ... another": two facts of one, rule 1)
        found.append(Item(start, end, ref.name, ref.category, ref.kind, start, end, Decimal(1), ref.unit,
                          family=ref.family, notes=["elliptical", "sequel", *again]))
    return found
