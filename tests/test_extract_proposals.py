"""A proposal that opens its sentence, then tells what it would do (a swap, an idea, an exchange): what it
would give is weighed, not decided (README rule 11: a swap described only as an option). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

_BEFORE = "Madrid has refused to send its Leopards. "


@pytest.mark.parametrize("text", [
    _BEFORE + "A swap, raised by several MPs, would have Spain send Leopard 2A4 tanks to Portugal, with Lisbon "
              "passing more M113s to Kyiv.",
    _BEFORE + "One proposal would see Spain hand Leopard 2A4 tanks to Portugal, which would then pass its M113s "
              "on to Ukraine.",
    _BEFORE + "One idea discussed in Lisbon is a triangle deal: Spain gives tanks to Portugal, which sends more "
              "M113s to Kyiv.",
    _BEFORE + "The proposal would see Portugal send 20 M113s to Kyiv instead.",
])
def test_what_a_proposal_would_give_is_weighed(text):
    assert [(r[0], r[-1]) for r in rows(text) if r[1] == "M113"] == [("PRT", "considering")]


@pytest.mark.parametrize("text", [
    _BEFORE + "Portugal would send 20 M113s to Kyiv instead, its minister said.",  # reported speech, no proposal
    _BEFORE + "The plan will see Portugal send 20 M113s to Kyiv in May.",  # a plan decided, told in the future
    _BEFORE + "After a swap with Spain, Portugal sent 20 M113s to Kyiv.",  # the swap done: a delivery
])
def test_no_proposal_opens_the_sentence(text):
    assert [r[-1] for r in rows(text) if r[1] == "M113"] not in ([], ["considering"])
