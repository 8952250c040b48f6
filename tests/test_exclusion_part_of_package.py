""""Part of a package worth X" names one package, not a running total (sentences of our own)."""

from __future__ import annotations

from aidledger.extractor import extract


def found(text):
    return sorted((p.donor, p.category, p.quantity_value or 0, int(p.amount or 0), p.status) for p in extract(text))


def test_part_of_a_package_keeps_the_package_and_its_counted_contents():
    text = ("The Netherlands will send eight more howitzers. The new guns are part of a package worth 300 million "
            "euros that also covers 20,000 rounds of 155mm ammunition.")
    assert found(text) == [("NLD", "ammunition", 20000, 0, "pledged"), ("NLD", "artillery", 8, 0, "pledged"),
                           ("NLD", "money", 0, 300_000_000, "pledged")]


def test_part_of_a_total_is_still_no_pledge():
    assert extract("Aid to Ukraine is part of the 5 billion euros Germany has spent since 2022.") == []
    assert extract("The howitzers are part of a total of 2 billion euros Berlin has given so far.") == []
