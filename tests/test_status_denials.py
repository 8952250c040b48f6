"""A denied report of giving and a general policy of not arming countries at war state no giving (and no
refusal for Ukraine), a denied report of a giving to come is a refusal; a giving the donor never confirmed is
weighed (README rule 11). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


def test_a_denied_report_of_giving_gives_no_record():
    assert rows("Colombia denied reports that it had supplied artillery shells to Ukraine.") == []
    assert [r[-1] for r in rows("Colombia supplied artillery shells to Ukraine.")] == ["delivered"]


def test_a_policy_of_not_arming_countries_at_war_is_no_pledge():
    assert rows("Colombia has stuck to its policy of not supplying lethal weapons to countries at war.") == []


def test_a_giving_never_confirmed_is_weighed():
    text = "Colombia has never confirmed sending Bayraktar drones to Ukraine."
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("COL", "Bayraktar TB2", "considering")]


@pytest.mark.parametrize("text, donor, system", [
    ("Rome denied reports that it would send SAMP/T batteries.", "ITA", "SAMP/T"),
    ("Madrid denies press reports that the government is preparing to hand over Leopard 2A4 tanks.", "ESP",
     "Leopard 2A4"),
    ("Oslo denied rumours that it plans to send F-16 jets to Kyiv.", "NOR", "F-16"),
])
def test_a_denied_report_of_a_giving_to_come_is_a_refusal(text, donor, system):
    assert rows(text) == [(donor, system, None, None, None, "refused")]
    # (a denied past giving is still no fact: "denied reports that it had supplied ...", above)
