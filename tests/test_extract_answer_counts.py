"""A transcript's answer that counts the one system the question just before asked about, with the
count as the subject that opens the answer ("A: All 40 have been delivered."). Every sentence here is
the project's own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, expected", [
    ("Q: Have the Bradleys from the US arrived in Ukraine?\nA: All 40 have been delivered.",
     ("USA", "Bradley", 40, "delivered")),
    ("Q: Has Norway delivered the IRIS-T systems?\nMS. BERG: Two have been delivered.",
     ("NOR", "IRIS-T", 2, "delivered")),
    ("Q: Has Australia handed over the Abrams tanks?\nA: Yes, all 49 have arrived.",
     ("AUS", "M1 Abrams", 49, "delivered")),
])
def test_a_count_opening_the_answer_counts_the_system_asked_about(text, expected):
    assert [(r[0], r[1], r[2], r[-1]) for r in rows(text)] == [expected]

