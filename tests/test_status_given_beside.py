"""A count already given, told beside the sentence's new act ("is weighing more trucks, beyond the 60 trucks
already handed to Ukraine"), is a delivery whatever the main verb says of the rest (sentences of our own)."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


def found(text):
    return [(p.donor, p.quantity_value, p.status) for p in extract(text)]


@pytest.mark.parametrize("text, expected", [
    ("The Czech government is weighing a request for more trucks, beyond the 60 trucks already handed to Ukraine.",
     ("CZE", 60, "delivered")),
    ("Japan is considering sending more vehicles, in addition to the 100 trucks it has already delivered.",
     ("JPN", 100, "delivered")),
    ("Norway will send 20 more M113s, on top of the 40 M113s Oslo has already given.", ("NOR", 40, "delivered")),
])
def test_the_count_already_given_beside_the_new_act_is_delivered(text, expected):
    assert expected in found(text)


def test_a_count_promised_before_stays_a_promise():
    got = found("Spain will send 10 more tanks in addition to the 20 tanks it promised in May.")
    assert ("ESP", 20, "pledged") in got and ("ESP", 20, "delivered") not in got


@pytest.mark.parametrize("text, expected", [
    ("Norway will add two NASAMS launchers to the three it has already delivered.",
     [("NOR", "NASAMS", 2, "pledged"), ("NOR", "NASAMS", 3, "delivered")]),
    ("Denmark is adding six Caesar howitzers to the 19 it handed over last year.",
     [("DNK", "Caesar", 6, "pledged"), ("DNK", "Caesar", 19, "delivered")]),
])
def test_the_verb_of_the_count_an_item_is_added_to_tells_that_count_only(text, expected):
    assert sorted((p.donor, p.system, p.quantity_value, p.status) for p in extract(text)) == expected
