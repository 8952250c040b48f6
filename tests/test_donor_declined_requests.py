"""A donor that declines or rejects requests is the one asked, not an asker: its verb stands between it and
"requests" ("Austria declined requests to supply ammunition"), unlike an asker's adjective ("Germany's formal
request") (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, donor", [
    ("Austria declined requests to supply ammunition.", "AUT"),
    ("Hungary declined requests to supply Stinger missiles.", "HUN"),
    ("Oslo rejected requests for NASAMS launchers.", "NOR"),
])
def test_the_donor_declining_requests_refuses(text, donor):
    assert [(p.donor, p.status) for p in extract(text, published="2025-03-01")] == [(donor, "refused")]


def test_an_askers_request_still_names_no_giver():
    assert extract("Germany's formal request to send the tanks was approved.", published="2025-03-01") == []
