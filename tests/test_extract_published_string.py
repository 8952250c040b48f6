"""``extract(published=...)`` takes a date or an ISO date string; a weekday resolves the same either way, and a
string that is no date is a clear error, not a silent empty result."""

from __future__ import annotations

import datetime as dt

import pytest

from aidledger.extractor import extract

TEXT = "Oslo said on Monday it would send 12 more NASAMS launchers jointly with Stockholm."


def test_an_iso_string_is_read_as_the_date():
    by_string = [(p.donor, p.date) for p in extract(TEXT, published="2025-03-05")]
    by_date = [(p.donor, p.date) for p in extract(TEXT, published=dt.date(2025, 3, 5))]
    assert by_string == by_date and len(by_string) == 2


def test_a_string_that_is_no_date_raises():
    with pytest.raises(ValueError):
        extract(TEXT, published="last Monday")
