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
