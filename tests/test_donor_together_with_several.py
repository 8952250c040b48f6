"""A subject with several partners set off by "together with" ("Lisbon, together with Madrid and Rome, promised
...") gives jointly with all of them. Sentences of our own."""

from __future__ import annotations

from test_extract_stages import rows


def test_the_subject_and_every_partner_after_together_with_give():
    text = "Lisbon, together with Madrid and Rome, promised to refurbish 30 M113 carriers."
    assert sorted(r[0] for r in rows(text)) == ["ESP", "ITA", "PRT"]


def test_one_partner_after_together_with_still_gives_with_the_subject():
    text = "Lisbon, together with Madrid, promised to refurbish 30 M113 carriers."
    assert sorted(r[0] for r in rows(text)) == ["ESP", "PRT"]
