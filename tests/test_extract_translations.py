"""Constructions of Ukrainian outlets and machine translations, and of state media (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, count", [
    ("Finland will give to Ukraine around 30 thousands rounds of 155 mm calibre.", 30_000),
    ("Poland agreed to transfer about 2 millions cartridges for small arms to Ukraine.", 2_000_000),
    ("Denmark will hand over 3 thousands of mortar shells to Ukraine.", 3_000),
    ("Latvia handed over to Ukraine 12 thousands rounds of ammunition.", 12_000),
])
def test_a_plural_scale_word_before_a_count_noun_scales_the_count(text, count):
    assert [r[2] for r in rows(text)] == [count]

