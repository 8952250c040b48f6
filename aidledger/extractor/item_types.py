"""What type an item candidate is of, for rule 8 ("generic items without a number are recorded only when the
statement names a single item type"): arms in general under any of their names are one type."""

from __future__ import annotations

from aidledger.extractor.arms_in_general import is_arms_in_general
from aidledger.extractor.items import Item


def type_of(text: str, item: Item) -> str:
    """The item type rule 8 counts: the words naming the item, or its name for arms in general ("will
    repair military equipment but will not send weapons" names one type, weapons)."""
    return item.name.lower() if is_arms_in_general(item) else text[item.head_start:item.head_end].lower()
