"""Ordinal subjects that share out, donor by donor, an item the sentence before told without a donor ("Kyiv now
has two Patriot batteries. The first came from Germany; the second was paid for by the Netherlands."): one record
per part, counted by its ordinal, funded when paid for (README rules 1 and 11). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


def _found(text):
    return {(r[0], r[1], r[2], r[-1]) for r in rows(text)}


@pytest.mark.parametrize("text, expected", [
    ("Ukraine now operates two Patriot batteries donated this year. The first came from Germany; the second was "
     "paid for by the Netherlands.", {("DEU", "Patriot", 1, "delivered"), ("NLD", "Patriot", 1, "funded")}),
    ("The army has taken delivery of two IRIS-T SLM launchers since June. One was supplied by Germany, the other "
     "by Slovenia.", {("DEU", "IRIS-T SLM", 1, "delivered"), ("SVN", "IRIS-T SLM", 1, "delivered")}),
    ("Ukrainian crews are now flying F-16 jets from two donors. The first six came from Denmark, and the next four "
     "were handed over by the Netherlands.", {("DNK", "F-16", 6, "delivered"), ("NLD", "F-16", 4, "delivered")}),
    ("Ukraine will get two more Patriot systems. One is to be delivered by Germany; the other will be bought by "
     "the Netherlands from the US manufacturer.", {("DEU", "Patriot", 1, "pledged"), ("NLD", "Patriot", 1, "funded")}),
    ("Zelensky said two SAMP/T batteries had arrived. The first was a gift from Italy, the second from France.",
     {("ITA", "SAMP/T", 1, "delivered"), ("FRA", "SAMP/T", 1, "delivered")}),
])
def test_ordinal_subjects_share_out_the_item_before(text, expected):
    assert _found(text) == expected


def test_an_ordinal_counting_batches_gives_no_count():
    text = "Two Caesar howitzer batches reached the front in May. The first was sent by France; the second by Denmark."
    assert _found(text) == {("FRA", "Caesar", None, "delivered"), ("DNK", "Caesar", None, "delivered")}


def test_the_ordinal_goes_on_in_the_next_sentence():
    text = ("Kyiv received three new air defence systems in the spring. The first battery was American. A second "
            "came from Norway.")
    assert {(r[0], r[2]) for r in rows(text)} == {("USA", 1), ("NOR", 1)}


def test_a_unit_word_after_the_ordinal_counts_the_system_named_before():
    text = "Kyiv has asked for more NASAMS. The first system was a gift from Norway; the second was bought by Canada."
    assert _found(text) == {("NOR", "NASAMS", 1, "delivered"), ("CAN", "NASAMS", 1, "funded")}


def test_a_plural_after_the_ordinal_is_no_count():
    text = ("Ukraine received F-16 jets this year. The first jets came from Denmark; the next six were paid for by "
            "Norway.")
    assert _found(text) == {("DNK", "F-16", None, "delivered"), ("NOR", "F-16", 6, "funded")}


@pytest.mark.parametrize("text, expected", [
    ("Of the two NASAMS units announced on Tuesday, one will be provided by Norway and the other by Canada.",
     {("NOR", "NASAMS", 1, "pledged"), ("CAN", "NASAMS", 1, "pledged")}),
    ("Ukraine gets two Patriot batteries: one from Germany, the other financed by the Netherlands.",
     {("DEU", "Patriot", 1, "delivered"), ("NLD", "Patriot", 1, "funded")}),
])
def test_ordinal_parts_after_a_counted_item_share_it_out(text, expected):
    assert _found(text) == expected
