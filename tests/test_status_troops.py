"""Refusing to send troops is no aid fact: it neither answers a request for an item nor turns an item weighed
just before into a refusal. Every sentence here is the project's own."""

from __future__ import annotations

from test_extract_stages import rows


def test_refusing_troops_leaves_the_item_weighed_before_weighed():
    text = "Portugal is weighing sending more air defence missiles. Portugal will not send troops to Ukraine."
    assert [(r[0], r[-1]) for r in rows(text)] == [("PRT", "considering")]


def test_refusing_the_item_itself_still_refuses_it():
    text = "Portugal is weighing sending more air defence missiles. Portugal will not send them."
    assert [(r[0], r[-1]) for r in rows(text)] == [("PRT", "refused")]
