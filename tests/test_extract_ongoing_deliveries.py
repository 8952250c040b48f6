"""A donor that keeps sending or continues to supply, told in the third person or the past, is delivering
already (README rule 11: delivered); the same words after a modal are a promise. Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Ankara keeps sending Kirpi armoured vehicles to Ukraine.",
    "Warsaw continues to send Krab howitzers, the ministry said.",
    "Ottawa has kept supplying Senator armoured vehicles.",
    "Berlin continued delivering Gepard ammunition all winter.",
    "Rome continues to provide SAMP/T missiles.",
])
def test_keeps_sending_is_a_delivery_under_way(text):
    assert [r[5] for r in rows(text)] == ["delivered"]


@pytest.mark.parametrize("text", [
    "London will keep sending Storm Shadow missiles.",
    "Oslo promised it would continue to send NASAMS missiles.",
])
def test_a_modal_before_it_is_a_promise(text):
    assert [r[5] for r in rows(text)] == ["pledged"]
