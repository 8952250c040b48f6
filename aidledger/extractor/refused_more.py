"""Refusals of more, of any, or of all of an item named before in the same sentence: "Oslo, which pledged eight NASAMS
launchers, will not send more", "..., declined to commit any", "Rome handed over three SAMP/T launchers and now
has none to spare", "Madrid handed over 20 M113 carriers, and there are none left", "sent 2,000 rifles and said it
would send no more". The word that stands for
the item ("more", "any", "them", "none") becomes an item of its own, with no count; ``status.decide`` reads the
refusal around it (README rule 11: a refusal that stands is recorded beside the giving before it).
``candidates.find_items`` calls ``refused_more`` after it has found the items the sentence names.
"""

from __future__ import annotations

from aidledger.extractor.items import Item
from aidledger.extractor.recipient_names import NAMES
from aidledger.extractor.references import GIVE_MORE, NOT_BEFORE
from aidledger.mentions.cues import compiled

# "Lisbon, which flies 28 F-16s, declined to commit any": a refusal of any of the item named before
# ("..., refused to release any of them to Ukraine": the recipient or "directly" may follow)
# ("Israel, which retired its Patriot batteries, has declined to pass them on": "them", the item before)
_REFUSED_ANY = (r"\b(?:declin|refus)\w*\s+to\s+(?:GIVE|commit|pledge|offer|release|part\s+with|pass|hand)\s+"
                r"(any(?:\s+of\s+them)?|them)(?:\s+(?:on|over))?"
                r"(?=\s*(?:[.,;:!?\"”’)]|$|(?:to\s+(?:" + NAMES + r")|directly|despite|so\s+far|for\s+now)\b))")
# "... and has none to spare", "... but has no more to give", "...; there are none left": none of the item named
# before is left to give (the word "none" stands for it)
_NONE_LEFT = (r"\b(?:(?:has|have|had)\s+(none|no\s+more)\s+(?:left\s+)?"
              r"to\s+(?:GIVE|spare)\b"
              r"|there\s+(?:are|is|were|was)\s+(none|no\s+more)\s+left\b(?!\s+to\s+(?:deliver|arrive|come))"
              r"|there\s+will\s+be\s+(no\s+more)(?=\s*(?:[.,;!\"”’]|$)))")
# "Sofia, which fields 40 MiG-29s, says its own air force needs them", "we need them ourselves": "them", the item
# named before, is kept for the donor's own forces (a refusal, ``status_cues.csv``)
_KEPT = (r"\b(?:(?:its|their|our)\s+own\s+(?:army|armed\s+forces|forces|military|troops|air\s+force|navy|units)\s+"
         r"(?:still\s+|also\s+)?(?:needs?|requires?|needed|required)\s+(them|all\s+of\s+them)"
         r"|(?:we|they)\s+need\s+(them)\s+(?:ourselves|themselves))\b")
# "Oslo sent 2,000 rifles and said it would send no more", "... will give no more, the minister said": the giving
# verb with "no more" for its object stands for more of the item named before
_GIVE_NO_MORE = (r"\b(?:GIVE)\s+(no\s+more)(?=\s*(?:[.,;:!?\"”’)]|$|(?:to|this|next|for|after|from|at)\b))")


def refused_more(text: str, s: int, e: int, items: list[Item], earlier: Item | None = None) -> list[Item]:
    """"Oslo, which pledged eight NASAMS launchers, will not send more", "..., declined to commit any", "handed
    over three launchers and now has none to spare": a refusal of more, or of any, of the item named before in the same
    sentence (no count); "them" opening its sentence's items may stand for the counted item of the sentence
    before (``earlier``: "Lisbon flies 28 F-16s. It has refused to hand them over."), and so may "no more" or "none"
    in a sentence that names no item ("Oslo sent 4,000 rockets. It will send no more.")."""
    found = []
    negated_more = [x for x in compiled(GIVE_MORE).finditer(text, s, e)
                    if NOT_BEFORE.search(text, max(s, x.start() - 30), x.start()) is not None]
    none_left = list(compiled(_NONE_LEFT).finditer(text, s, e))
    give_no_more = list(compiled(_GIVE_NO_MORE).finditer(text, s, e))
    kept = list(compiled(_KEPT).finditer(text, s, e))
    for x in [*negated_more, *compiled(_REFUSED_ANY).finditer(text, s, e), *none_left, *give_no_more, *kept]:
        g = next(k for k in range(1, len(x.groups()) + 1) if x.group(k) is not None)
        before = [i for i in items if i.end <= x.start() and i.kind != "money"]
        word = " ".join(x.group(g).lower().split())
        if not before and earlier is not None and earlier.kind != "money" and (word in ("them", "all of them") or (
                not items and word in ("no more", "none") and _just_before(text, earlier, s))):
            before = [earlier]  # "Oslo sent 4,000 rockets. It will send no more.": more of the item told just before
        if before and not any(i.start < x.end(g) and x.start(g) < i.end for i in items):
            ref = before[-1]
            # "now has none to spare" (the donor's own word of having none) stands beside a giving of its sentence
            # (``records``); "there are none left" may tell that all was given, no refusal of its own
            has_none = ["none-left"] if x in none_left and g == 1 else []
            found.append(Item(x.start(g), x.end(g), ref.name, ref.category, ref.kind, x.start(g), x.end(g),
                              unit=ref.unit, family=ref.family, notes=["elliptical", "refused-more", *has_none]))
    return found


_SENTENCE_END = compiled(r"[.!?][\"”’)]*\s")


def _just_before(text: str, earlier: Item, s: int) -> bool:
    """Is ``earlier`` told in the sentence right before the one at ``s`` (one sentence end between)?"""
    return len(list(_SENTENCE_END.finditer(text, earlier.end, s))) <= 1
