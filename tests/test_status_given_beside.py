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


def _rule_money(text):
    import datetime as dt

    from aidledger.extractor.pipeline import finish, rule_stage_records
    from aidledger.model import Document

    m, found_, not_aid = rule_stage_records(Document(id="t", text=text, published=dt.date(2025, 6, 6)))
    return [(p.donor, int(p.amount), p.status) for p in finish(m, found_, not_aid, None) if p.amount is not None]


@pytest.mark.parametrize("text, expected", [
    # what the money comes on top of, told as given before
    ("Latvia is adding another EUR 40 million on top of what it had already sent.", ("LVA", 40_000_000, "pledged")),
    ("Oslo's fresh package of NOK 900 million comes on top of the Hawk launchers Norway has previously supplied.",
     ("NOR", 900_000_000, "pledged")),
    # a noun's own relative clause, told as given before
    ("Spain will pay EUR 70 million for repairs of the tanks it has already handed over.",
     ("ESP", 70_000_000, "pledged")),
])
def test_the_verb_of_what_money_is_added_to_does_not_make_the_money_delivered(text, expected):
    assert _rule_money(text) == [expected]


def test_money_for_items_previously_delivered_is_not_delivered_money():
    assert _rule_money("Belgium will pay EUR 30 million for spare parts of the M109 guns previously delivered.") == [
        ("BEL", 30_000_000, "pledged")]
