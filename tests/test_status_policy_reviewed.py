"""A policy of refusal that could be reviewed or lifted ("could review its ban on lethal aid if ...", "is
reconsidering its embargo", "the government could review that stance"): the refusal still stands and its review is
weighed, so both are recorded (README rule 11, ``refused`` and ``considering``), in the sentence of the ban or in
the sentence after the refusal. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from aidledger.extractor import extract


def states(text):
    return sorted((p.donor, p.status) for p in extract(text, published=dt.date(2025, 1, 17)))


@pytest.mark.parametrize("text, donor", [
    ("Tokyo could review its ban on lethal aid if Chinese troops join the fighting, a Japanese official said.", "JPN"),
    ('Officials in Brasilia have said they would "review" the ban on lethal arms if the war spreads.', "BRA"),
    ("Mexico City is reconsidering its embargo on weapons for Ukraine, the foreign ministry said.", "MEX"),
])
def test_a_ban_that_could_be_reviewed_stands_and_is_weighed(text, donor):
    assert states(text) == [(donor, "considering"), (donor, "refused")]


@pytest.mark.parametrize("text, donor", [
    ("In Jakarta, the ministry said Indonesia's refusal to supply lethal weapons to Ukraine stands. A spokesman "
     "added that Jakarta could review that stance if the war spreads.", "IDN"),
    ("Brazil will not send weapons to Ukraine, the president said. But Brasilia could reconsider this policy later.",
     "BRA"),
    ("Mexico does not supply arms to countries at war. It might lift the ban one day, officials said.", "MEX"),
])
def test_a_refusal_whose_policy_could_be_reviewed_next_stands_and_is_weighed(text, donor):
    assert states(text) == [(donor, "considering"), (donor, "refused")]
