"""Paying for what others supply, only weighed ("is considering financing two radars"), is considering, not funded
(README rule 11: funded is money put in or items paid for; a hedge keeps it open). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, donor", [
    ("Vienna is considering financing the production of Ukrainian drones.", "AUT"),
    ("Oslo is weighing funding three more NASAMS launchers for Kyiv.", "NOR"),
    ("Ottawa is mulling paying for a second Patriot battery for Kyiv.", "CAN"),
    ("The Hague is exploring buying 14 Leopard tanks from industry for Ukraine.", "NLD"),
    ("Stockholm is contemplating purchasing 8 Archer howitzers for Ukraine.", "SWE"),
    ("Copenhagen is studying financing 12 Bohdana howitzers for Kyiv.", "DNK"),
    ("Madrid is thinking about funding air defence missiles for Kyiv.", "ESP"),
    ("Rome is discussing financing 2 SAMP/T launchers for Ukraine.", "ITA"),
])
def test_paying_for_items_only_weighed_is_considering(text, donor):
    assert [(r[0], r[-1]) for r in rows(text)] == [(donor, "considering")]


def test_paying_for_items_decided_stays_funded():
    assert [(r[0], r[-1]) for r in rows("Oslo will fund three more NASAMS launchers for Kyiv.")] == [("NOR", "funded")]
