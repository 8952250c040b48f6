"""More of an item, weighed (``extractor/weighed_more.py``): after an item given, "is weighing whether a newer model
could go", "is examining whether more could be drawn", "is considering sending more", "whether it can add a third
hull" weigh more of that item (README rule 11, ``considering``): one for "a third ...", no count otherwise. A
weighing asked about is no weighing told. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from aidledger.extractor import extract


def weighed(text):
    return [(p.donor, p.system, p.quantity_value) for p in extract(text, published=dt.date(2024, 5, 10))
            if p.status == "considering"]


@pytest.mark.parametrize("text, expected", [
    ("Rome sent two SAMP/T batteries in 2023 and, a ministry official said, is studying whether a newer version "
     "could also be released.", ("ITA", "SAMP/T", None)),
    ("Madrid, which gave 10 Leopard 2A4 tanks last year, is now examining whether more could be drawn "
     "from its reserve.",
     ("ESP", "Leopard 2A4", None)),
    ("Oslo gave two NASAMS launchers in the spring and is considering sending more.", ("NOR", "NASAMS", None)),
    ("Lisbon has handed over Leopard 2A6 tanks and is now weighing whether others could follow.",
     ("PRT", "Leopard 2A6", None)),
    ("Athens delivered two M110 howitzers. Its army is examining whether it can add a third one from its depots.",
     ("GRC", "M110", 1)),
])
def test_more_of_an_item_given_weighed_is_considering(text, expected):
    assert weighed(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Norway gave 14 M109 howitzers and is examining whether more are available in its reserve.",
     ("NOR", "M109", None)),
    ("Italy delivered SAMP/T batteries last year; Rome is studying whether another is feasible.", ("ITA", "SAMP/T", 1)),
    ("Oslo has sent two NASAMS launchers and is looking at whether more is possible.", ("NOR", "NASAMS", None)),
])
def test_whether_more_is_possible_weighs_more_of_the_item(text, expected):
    assert weighed(text) == [expected]


@pytest.mark.parametrize("text", [
    "Oslo gave two NASAMS launchers and is weighing sending more. Is it also looking at giving more?",
    "Oslo gave two NASAMS launchers and is weighing sending more. Berlin sent IRIS-T systems and will send more.",
    "Oslo gave two NASAMS launchers and is weighing sending more. Rome sent SAMP/T; a newer version is in production.",
])
def test_more_asked_about_or_promised_is_not_weighed(text):
    assert weighed(text) == [("NOR", "NASAMS", None)]


@pytest.mark.parametrize("text, expected", [
    ("Bulgaria, which has 14 MiG-29s, is now debating whether to donate some of them.", ("BGR", "MiG-29")),
    ("Romania, which has 30 MiG-21s, is discussing whether to give any of them to Kyiv.", ("ROU", "MiG-21")),
    ("Greece, which operates 40 Mirage 2000 jets, is debating whether to hand over a few of them.",
     ("GRC", "Mirage 2000")),
    # a dissent told beside the weighing ("with the prime minister opposed") is no refusal of the donor's own
    ("Bulgaria, which has 14 MiG-29s, is now debating whether to donate some of them, with the prime minister "
     "opposed.", ("BGR", "MiG-29")),
])
def test_debating_whether_to_send_some_of_a_fleet_weighs_it_without_a_count(text, expected):
    assert weighed(text) == [(*expected, None)]
    assert all(p.status == "considering" for p in extract(text, published=dt.date(2024, 5, 10)))
