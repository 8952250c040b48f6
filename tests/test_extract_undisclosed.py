"""A donor that never said whether it gave something states no aid fact: "has never said whether it supplied
any" is no delivery (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Rome, whose air force also operates the missile, never said publicly whether it sent Storm Shadow.",
    "Greece has never said whether it sent any S-300 missiles to Ukraine.",
    "Officials would not say whether Norway delivered more NASAMS launchers.",
    "Madrid declined to confirm whether it had shipped the Aspide launchers.",
    "Lisbon has not disclosed whether it ever transferred M113 carriers.",
])
def test_an_undisclosed_past_delivery_gives_no_record(text):
    assert rows(text) == []


def test_the_facts_stated_beside_it_stay():
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(
        "Norway sent 20 trucks last week but did not say whether more would follow.")] == [
        ("NOR", "trucks", 20, "delivered")]
    # a decision still open is weighed, as before ("whether it would send")
    assert [(r[0], r[-1]) for r in rows("The minister did not say whether Spain would send more Leopard tanks.")] == [
        ("ESP", "considering")]
