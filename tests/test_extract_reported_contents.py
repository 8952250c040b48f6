"""The unnumbered contents of a money package, told in the next sentence through a report's frame ("Officials said
it includes ...", "According to the ministry, it contains ..."), get no record (README rule 2). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

_PACKAGE = "Lisbon announced a €50 million package on Friday. "


@pytest.mark.parametrize("contents", [
    "Officials said it includes Leopard 2A6 spare parts, M113 carriers and Stinger missiles.",
    "According to the ministry, it contains M113 carriers and Stinger missiles.",
    "The minister told reporters that it includes M113 carriers and Stinger missiles.",
])
def test_reported_unnumbered_contents_of_a_package_get_no_record(contents):
    assert [(r[0], r[1], r[3]) for r in rows(_PACKAGE + contents)] == [("PRT", "military aid package", 50_000_000)]


def test_a_counted_item_of_reported_contents_keeps_its_record():
    found = rows(_PACKAGE + "Officials said it includes 20 M113 carriers and Stinger missiles.")
    assert ("PRT", "M113", 20, None, None, "pledged") in found
