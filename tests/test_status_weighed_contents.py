"""A named system a package only may contain, told as undecided, is weighed (sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text", [
    "Oslo's next package may include NASAMS launchers, but the government has not confirmed it.",
    "Norway is studying whether NASAMS launchers can be included in its next package.",
    "The Norwegian package might also contain NASAMS launchers; no decision has been taken.",
])
def test_a_system_a_package_may_hold_is_weighed(text):
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("NOR", "NASAMS", "considering")]


@pytest.mark.parametrize("text", [
    "Oslo's new package includes NASAMS launchers and trucks.",  # contents told: no record (rule 2)
    "Oslo's next package may include NASAMS launchers, radars and IRIS-T systems, officials said.",
])
def test_the_unnumbered_contents_of_a_package_get_no_record(text):
    assert [r for r in rows(text) if r[1] in ("NASAMS", "IRIS-T")] == []
