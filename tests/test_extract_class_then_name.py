"""A counted class told before its name, as translations order it ("5 demining tanks Keiler"), is that named item
(sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, name, count", [
    ("Berlin handed over 5 demining tanks Keiler in May, the ministry informs.", "Keiler", 5),
    ("Also Austria transferred 12 military trucks Pinzgauer to Ukraine.", "Pinzgauer", 12),
    ("Lithuania will give 8 field ambulances Medicus to Kyiv, the minister said.", "Medicus", 8),
])
def test_a_name_after_a_counted_class_names_the_item(text, name, count):
    assert [(p.system or p.item_text, p.quantity_value) for p in extract(text)] == [(name, count)]
    # (a day after the class is no name)
    assert [p.system or p.item_text for p in extract("Germany sent 10 trucks Monday, the ministry said.")] != ["Monday"]


@pytest.mark.parametrize("text, name, count", [
    ("Madrid said twelve TOA vehicles, its own name for the M113, arrived in Ukraine last week.", "M113", 12),
    ("Sweden said 20 Pbv carriers, its designation for the Pbv 302, have been handed over.", "Pbv 302", 20),
    ("Oslo will send 8 Feltvogn carriers, the Norwegian name for the M113, to Kyiv.", "M113", 8),
])
def test_a_counted_class_told_by_an_apposition_as_a_system_is_that_system(text, name, count):
    assert [(p.system, p.quantity_value) for p in extract(text)] == [(name, count)]
