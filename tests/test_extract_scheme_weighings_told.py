"""A contribution to a pooled scheme weighed and told to a group ("Lisbon informed Allies that a contribution is
being studied": the group is told, no joiner; the "that" opens the reported clause, no relative one), and a
weighing left open when the next sentence is another donor's refusal ("Athens said its answer was no" answers
for Athens only). README rule 11, ``considering``. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from aidledger.extractor import extract

_FUND = "Canada has paid CAD 20 million into the NATO trust fund for Ukraine. "


def states(text):
    return sorted((p.donor, p.status) for p in extract(text, published=dt.date(2025, 3, 7)) if p.donor != "CAN")


@pytest.mark.parametrize("text, donor", [
    (_FUND + "Portugal informed Allies that a contribution is being studied.", "PRT"),
    (_FUND + "Greece told partners on Friday that its contribution was under review.", "GRC"),
    (_FUND + "Spain has assured fellow members that a contribution is being considered.", "ESP"),
])
def test_a_contribution_weighed_and_told_to_a_group_is_considering(text, donor):
    assert states(text) == [(donor, "considering")]


@pytest.mark.parametrize("text, weigher", [
    (_FUND + "Portugal is weighing a contribution. Greece said its answer was no.", "PRT"),
    (_FUND + "Malta is still considering a contribution. Ireland ruled it out.", "MLT"),
    ("Rome is studying whether SAMP/T batteries could go. Athens said its answer was no.", "ITA"),
    ("Oslo is weighing whether its NASAMS launchers could go. Denmark said its answer was no.", "NOR"),
])
def test_another_donors_refusal_leaves_a_weighing_open(text, weigher):
    assert (weigher, "considering") in states(text)
