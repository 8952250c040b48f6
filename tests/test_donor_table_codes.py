"""A country code in the first cell of a table row is the row's donor ("SWE | Archer howitzers | 8 |
delivered"), an ISO alpha-3 code or a sports code newsrooms use (GER, NED); nowhere else is such a code a donor
(tables and sentences of our own)."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

from aidledger.mentions.donors import find_donors

_TABLE = ("Donor | System | Number | State\n"
          "SWE | Archer howitzers | 8 | delivered\n"
          "NOR | NASAMS launchers | 2 | pledged\n"
          "GER | IRIS-T SLM | 4 | delivered\n"
          "NED | F-16 jets | 18 | delivered\n"
          "GRE | M110A2 howitzers | - | refused\n")


@pytest.mark.parametrize("expected", [
    ("SWE", "Archer", 8, "delivered"),
    ("NOR", "NASAMS", 2, "pledged"),
    ("DEU", "IRIS-T SLM", 4, "delivered"),
    ("NLD", "F-16", 18, "delivered"),
])
def test_the_code_that_opens_a_table_row_is_its_donor(expected):
    assert expected in [(r[0], r[1], r[2], r[-1]) for r in rows(_TABLE)]


@pytest.mark.parametrize("text, code", [
    ("| POL | Krab howitzers | 12 |", "POL"),
    ("DNK\tCaesar howitzers\t19", "DNK"),
    ("Country | Item\nPOR | Leopard 2A6 tanks", "PRT"),
])
def test_a_first_cell_code_is_a_donor_mention(text, code):
    assert code in [d.code for d in find_donors(text)]


def _ioc_rows():
    import csv

    from aidledger.resources import data_path

    with open(data_path("ioc_codes.csv"), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _ioc_rows(), ids=lambda r: r["ioc"])
def test_each_sports_code_row_reads_its_example_as_its_country(row):
    from aidledger.mentions.table_codes import table_codes

    found = table_codes(row["example"] + "\n", lambda code: "name")
    assert [(code, row["example"][a:b]) for a, b, code, _ in found] == [(row["alpha3"], row["ioc"])]
