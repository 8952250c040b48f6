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
