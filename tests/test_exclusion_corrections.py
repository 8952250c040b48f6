"""A correction retracts what an earlier entry or version said: that figure is no fact (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, kept", [
    ("10:15 - Correction: an earlier entry said Spain would send 12 Leopard tanks. Spain has pledged 10.",
     [("ESP", 10, "pledged")]),
    ("An earlier version of this story incorrectly stated that Norway had delivered 8 NASAMS launchers. "
     "Norway has delivered two.", [("NOR", 2, "delivered")]),
    ("CORRECTION: A previous update wrongly said Canada gave 40 Senator vehicles.", []),
])
def test_the_retracted_figure_gives_no_record(text, kept):
    assert [(r[0], r[2], r[-1]) for r in rows(text)] == kept


def test_an_earlier_package_is_no_correction():
    assert [(r[0], r[2]) for r in rows("The earlier package included 20 Bradleys, the Pentagon said.")] == [("USA", 20)]
