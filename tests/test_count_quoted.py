"""A count quoted as a source said it, with its hedge inside the quotation marks ('"up to 20" M113 carriers') counts
the item after the closing mark (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ('Spain will send "up to 20" M113 carriers, the minister said.', ("ESP", "M113", 20, "pledged")),
    ('Norway will deliver "about 30" Leopard 2 tanks next year.', ("NOR", "Leopard 2", 30, "pledged")),
    ('Italy pledged "at least 10" M109 howitzers.', ("ITA", "M109", 10, "pledged")),
    ("Poland said it would give \u201c14\u201d Leopard tanks.", ("POL", "Leopard", 14, "pledged")),
    ('Lisbon is weighing whether "another 4" Leopard 2A6 tanks could go.', ("PRT", "Leopard 2A6", 4, "considering")),
])
def test_a_quoted_count_counts_the_item_after_it(text, expected):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [expected]


def test_a_quoted_number_that_ends_a_quotation_counts_nothing_after_it():
    # the quotation ends a statement; the words after it are not its item
    text = 'The minister said the army needs "20", and Germany will send Leopard 2 tanks.'
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [("DEU", "Leopard 2", None)]


@pytest.mark.parametrize("text", [
    'A ministry note seen by reporters puts the order at "around 20" vehicles.',
    "Officials put the number at \u201c12\u201d Leopard tanks.",
])
def test_a_quoted_count_with_no_verb_of_giving_is_no_commitment(text):
    assert rows(text) == []
