"""A sale to Ukraine that donors pay for, told in two steps: "The State Department approved the sale of 400 JDAM-ER
kits to Ukraine. The purchase will be financed by Sweden and Denmark." The sale itself is no aid (README rule 10),
but each payer funds the system sold (README rule 11: items a donor pays for but does not supply are ``funded``;
several payers, one record each with no count, rule 9). ``pipeline`` adds the item to the payers' sentence, whatever
else it names ("..., together with $203 million in US financing").
"""

from __future__ import annotations

import re

from aidledger.extractor.index import Mentions
from aidledger.extractor.items import Item
from aidledger.extractor.recipient_names import WORDS

# "the purchase will be financed by Denmark and Norway", "the deal is to be paid for by Berlin", "Oslo will pay for
# the sale", "Canada and Sweden will cover the cost of the order"
_PAID_BY = re.compile(
    r"\b(?:the|this|that)\s+(purchase|deal|sale|order|acquisition)\s+(?:will|would|is\s+to|is\s+going\s+to|is\s+set\s+to)"
    r"\s+be\s+(?:(?:jointly|fully|largely|mostly|partly|entirely)\s+)?(?:paid\s+for|financed|funded|covered|"
    r"bankrolled)\s+by\b"
    r"|\b(?:will|would|to|is\s+to|are\s+to|agreed\s+to)\s+(?:jointly\s+)?(?:pay\s+for|finance|fund|foot\s+the\s+bill\s+for|"
    r"cover\s+the\s+costs?\s+of)\s+(?:the|this|that)\s+(purchase|deal|sale|order|acquisition)\b", re.I)
# the sale to Ukraine told before: "approved a sale to Ukraine of", "cleared Kyiv to buy", "the sale of ... to Ukraine"
_SALE_TO_UKRAINE = re.compile(r"\b(?:sale|sells?|selling|sold)\b[^.;]{0,100}?\b(?:" + WORDS + r")\b|"
                              r"\b(?:" + WORDS + r")\b[^.;]{0,30}?\bto\s+(?:buy|purchase)\b", re.I)
_REACH = 2  # sentences back to the sale


def paid_for_sales(m: Mentions, idx: int) -> list[Item]:
    """The system sold to Ukraine in the sentences before ``idx``, as an item of sentence ``idx`` where donors pay for
    the purchase; [] when the sentence tells no such payment or no sale of a named system comes before it."""
    s, e = m.sentences[idx]
    x = _PAID_BY.search(m.text, s, e)
    if x is None:
        return []
    for j in range(idx - 1, max(-1, idx - 1 - _REACH), -1):
        ps, pe = m.sentences[j]
        if _SALE_TO_UKRAINE.search(m.text, ps, pe) is None:
            continue
        sold = [y for y in m.inside(m.systems, ps, pe) if not y.system.generic]
        if not sold:
            return []
        thing = sold[0].system
        g = 1 if x.group(1) is not None else 2
        return [Item(x.start(g), x.end(g), thing.name, thing.category, "system", x.start(g), x.end(g),
                     family=thing.family, notes=["elliptical", "sale-paid-for"], status_override="funded")]
    return []
