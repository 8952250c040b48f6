"""The item candidate of a sentence (``candidates``, ``references``): a named system, a generic item or money,
with its span, its count and what the rules noted of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Item:
    """An item candidate in a sentence: a named system, a generic item, or money."""

    start: int  # span of the whole item phrase (count included)
    end: int
    name: str
    category: str
    kind: str  # "system", "generic", "money"
    head_start: int = 0  # span of the item's name
    head_end: int = 0
    quantity: Decimal | None = None
    unit: str = "units"
    money: object = None
    family: str | None = None
    status_override: str | None = None
    notes: list[str] = field(default_factory=list)
