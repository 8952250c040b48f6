"""A capital as donor: the government seated there, and a capital that is also an institution's seat
("Brussels": the EU, or Belgium where the text speaks of Belgium). The sentences are the project's own."""

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.mentions.donors import find_donors
from aidledger.model import Document


def donors(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {r.donor for r in extract_document(doc)[0]}


def brussels(text):
    return [d.code for d in find_donors(text) if d.text == "Brussels"]


@pytest.mark.parametrize("text", [
    "Belgium's prime minister said the first F-16s would arrive soon. Brussels has promised 30 of the jets.",
    "The Belgian defence minister spoke on Monday; Brussels will send 20 more Piranha vehicles.",
    "Prime Minister Alexander De Croo was in Kyiv. Brussels will deliver 12 Leopard 1 tanks this year.",
])
def test_brussels_after_belgium_is_belgium(text):
    assert brussels(text) == ["BEL"]
    assert donors(text) == {"BEL"}


@pytest.mark.parametrize("text", [
    "Brussels will provide 5 billion euros for ammunition to Ukraine.",
    "The European Commission proposed a new fund. Brussels will provide 5 billion euros for Ukraine.",
    "Belgian officials were cautious. The EU said Brussels would provide 2 billion euros for Ukraine.",
])
def test_brussels_alone_or_after_the_eu_is_the_eu(text):
    assert brussels(text) == ["EU"]


def test_belgium_named_long_before_does_not_make_brussels_belgium():
    text = "Belgium sent 10 trucks in March. " + "The war went on through the summer. " * 14 + \
        "Brussels agreed a new package."
    assert brussels(text) == ["EU"]


@pytest.mark.parametrize("text,code", [
    ("Ottawa will send 50 armoured vehicles to Ukraine.", "CAN"),
    ("Canberra said it would supply 49 Abrams tanks to Ukraine.", "AUS"),
    ("Seoul has refused to send 155mm shells to Ukraine directly.", "KOR"),
])
def test_a_capital_is_its_government(text, code):
    assert donors(text) == {code}
