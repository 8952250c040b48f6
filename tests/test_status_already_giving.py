"""Giving that is already under way ("is already providing", "has already been supplying") tells items
already sent: delivered (README rule 11, "already supplied"); giving without "already" stays a promise.
Every sentence here is the project's own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Lisbon is already providing patrol boats to Ukraine.",
    "Lisbon has already been supplying patrol boats to Ukraine.",
])
def test_giving_already_under_way_is_delivered(text):
    assert [(r[0], r[-1]) for r in rows(text)] == [("PRT", "delivered")]


def test_giving_without_already_stays_pledged():
    assert [(r[0], r[-1]) for r in rows("Lisbon is providing patrol boats to Ukraine.")] == [("PRT", "pledged")]
