"""A past help told from Ukraine's side: "has assisted Ukraine with 14 Patria vehicles" is a giving done,
delivered; a future help stays a pledge (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Finland has assisted Ukraine with 14 armoured vehicles, the ministry said.",
    "Norway had already helped Kyiv with 30 armoured vehicles before the winter.",
])
def test_has_assisted_ukraine_with_is_delivered(text):
    assert [r[-1] for r in rows(text)] == ["delivered"]


def test_will_assist_ukraine_with_stays_a_pledge():
    assert [r[-1] for r in rows("Finland will assist Ukraine with 14 armoured vehicles.")] == ["pledged"]
