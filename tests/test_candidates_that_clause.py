""""that" before a plural opens a clause ("confirmed that mortars and drones will be sent"), not a determiner
that makes the items ones named before; a weekday before an item is no name of it (sentences of our own)."""

from __future__ import annotations

from test_extract_stages import rows


def test_a_list_of_generic_items_after_that_gives_no_record():
    # README rule 8: several unnumbered generic item types, no named system, no record
    text = "Prague's minister told reporters that mortars and armoured vehicles would go to Kyiv soon."
    assert rows(text) == []


def test_a_single_generic_item_after_that_is_recorded():
    text = "Prague's minister told reporters that mortars would go to Kyiv soon."
    assert [(r[0], r[-1]) for r in rows(text)] == [("CZE", "pledged")]


def test_that_before_a_singular_is_still_a_determiner():
    assert rows("Prague will send that howitzer to Ukraine.") == []


def test_a_weekday_before_a_generic_item_is_no_name_of_it():
    # "on Friday self-propelled guns": a day, not the proper name of an item the catalog does not know
    assert [(r[0], r[1], r[-1]) for r in rows("Oslo announced on Friday self-propelled guns for Ukraine.")] == [
        ("NOR", "self-propelled howitzers", "pledged")]
