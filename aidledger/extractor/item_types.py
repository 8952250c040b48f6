"""What type an item candidate is of, for rule 8 ("generic items without a number are recorded only when the
statement names a single item type"): arms in general under any of their names are one type."""

from __future__ import annotations

from aidledger.extractor.items import Item
from aidledger.extractor.vocabulary import words


def is_arms_in_general(item: Item) -> bool:
    """Is ``item`` a generic name of arms in general ("weapons"; the word list ``arms_in_general``)?"""
    return item.kind == "generic" and item.name.lower() in words("arms_in_general").words


def type_of(text: str, item: Item) -> str:
    """The item type rule 8 counts: the words naming the item, or its name for arms in general ("will
    repair military equipment but will not send weapons" names one type, weapons)."""
    return item.name.lower() if is_arms_in_general(item) else text[item.head_start:item.head_end].lower()
