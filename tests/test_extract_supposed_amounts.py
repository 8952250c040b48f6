"""An amount a share or a plan only would come to, with no verb of giving ("Italy's share would be roughly €4bn",
"could total €3bn"), is weighed (README rule 11: "could total about N"); told in reported speech it is a pledge.
Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, donor, amount", [
    ("Under the plan, Italy's share would be roughly €4bn.", "ITA", 4_000_000_000),
    ("Spain's share could be €3bn.", "ESP", 3_000_000_000),
    ("If the scheme is agreed, Austria's part might total about €200 million.", "AUT", 200_000_000),
])
def test_an_amount_that_only_would_be_is_weighed(text, donor, amount):
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [(donor, amount, "considering")]


def test_an_amount_that_would_be_in_reported_speech_is_a_pledge():
    text = "The minister said on Monday that Italy's support would total about €4bn next year."
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [("ITA", 4_000_000_000, "pledged")]


@pytest.mark.parametrize("text, donor, amount", [
    # only foreseen
    ("Portugal's share is expected to be in the region of EUR 90 million, according to diplomats.", "PRT", 90_000_000),
    ("Dublin's contribution is likely to total about EUR 25 million.", "IRL", 25_000_000),
    # a figure talked about
    ("A figure of around EUR 60 million is being discussed for the Greek contribution.", "GRC", 60_000_000),
    ("A sum of some NOK 800 million has been floated for the Norwegian share.", "NOR", 800_000_000),
    # a further sum looked at
    ("Ottawa is looking at a further C$70 million for the drone coalition.", "CAN", 70_000_000),
])
def test_an_amount_only_foreseen_or_talked_about_is_weighed(text, donor, amount):
    assert [(r[0], r[3], r[-1]) for r in rows(text)] == [(donor, amount, "considering")]
