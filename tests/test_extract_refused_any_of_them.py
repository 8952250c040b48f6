"""A donor that keeps a fleet and refuses to release any of it to Ukraine ("Switzerland, which has 96 Leopard 2
tanks stored, will not release any of them") refuses that system (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Switzerland, which keeps 90 Leopard 2 tanks in reserve, has refused to send any of them to Kyiv.",
     ("CHE", "Leopard 2", "refused")),
    ("Bern, which has 40 Piranha vehicles in reserve, declined to release any of them to Kyiv.",
     ("CHE", "Piranha", "refused")),
    ("Vienna, which stores 50 Leopard 2A4 tanks, has refused to release any directly.",
     ("AUT", "Leopard 2A4", "refused")),
])
def test_refusing_to_release_any_of_a_stored_fleet_is_a_refusal(text, expected):
    assert expected in [(r[0], r[1], r[-1]) for r in rows(text)]
