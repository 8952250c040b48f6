"""The one vocabulary of buying (``data/purchase_verbs.csv``), read by the donor stage (the seller of what
is bought is no donor: "ordered 6 howitzers from France") and by the exclusions (a purchase not said to be
for Ukraine is no aid). Every example is the project's own."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from aidledger.extractor.donor_roles import seller_or_leader
from aidledger.extractor.index import Mentions
from aidledger.extractor.pipeline import extract_document
from aidledger.extractor.recipients import purchase_not_for_ukraine
from aidledger.extractor.vocabulary import purchase_words
from aidledger.model import Document
from aidledger.resources import data_path


def _rows() -> list[dict[str, str]]:
    with open(data_path("purchase_verbs.csv"), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["base"])
def test_each_example_is_a_purchase_from_a_seller(row):
    text = row["example"]
    m = Mentions(Document(id="t", text=text))
    assert purchase_not_for_ukraine(m, 0, len(text))
    seller = [d for d in m.donors if text[:d.start].rstrip().endswith(("from", "from the"))]
    assert seller and seller_or_leader(text, seller[0])


@pytest.mark.parametrize("text", ["Lithuania bought 3 counter-drone radars from Poland.",
                                  "Croatia ordered 6 howitzers from France."])
def test_a_purchase_for_the_buyer_itself_gives_no_record(text):
    assert extract_document(Document(id="t", text=text, published=dt.date(2024, 6, 1)))[0] == []


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["base"])
def test_every_form_of_a_row_is_a_word_of_buying(row):
    words = set(purchase_words("base", "past", "present", "ing", "nouns").split("|"))
    forms = {f for c in ("base", "past", "present", "ing", "nouns") for f in row[c].split("|") if f}
    assert forms <= words


def test_the_seller_is_not_the_donor_of_what_a_donor_buys_for_ukraine():
    text = "Norway will buy 5 radars from Sweden for Ukraine."
    found = extract_document(Document(id="t", text=text, published=dt.date(2024, 6, 1)))[0]
    assert {r.donor for r in found} == {"NOR"}


def test_the_origin_of_what_is_bought_is_no_donor_of_a_list_line():
    text = ("Ministry of Defence of Finland\n\nThe Government has decided to allocate EUR 300 million. It is "
            "divided as follows:\n- EUR 200 million for air defence, including purchases of American systems;\n"
            "- EUR 100 million for drones.")
    records, _ = extract_document(Document(id="t", text=text, published=dt.date(2025, 6, 1)))
    assert {r.donor for r in records} == {"FIN"}


@pytest.mark.parametrize("text, bought_for_oneself", [
    # told as the purpose, or made with a state's money or a named partner: aid bought
    ("Of this sum, EUR 200 million is earmarked for the joint procurement of 500,000 artillery rounds.", False),
    ("- about 90 000 rounds of 155mm ammunition (procured from industry with Italian funds)", False),
    ("3) DKK 500 million for artillery ammunition procured together with Finland.", False),
    ("Another 90 million kroner has been earmarked for drone purchases, the minister added.", False),
    ("Oslo set aside NOK 300 million for ammunition purchases this spring.", False),
    # given on: the giving is told before the purchase's participle and its source
    ("Vilnius will also send mortar bombs worth 8 million euros, bought from a Czech maker.", False),
    ("Tallinn would deliver 30 trucks, purchased from a Finnish firm, before winter.", False),
    # own or private money, and a partner that is no state: a purchase
    ("The Dutch army bought 46 Leopard 2A8 tanks with its own funds.", True),
    ("Poland bought 96 Apache helicopters together with new radars.", True),
    ("Drones bought with money collected from citizens have reached the front.", True),
    ("Warsaw will get 180 K2 tanks, bought from Korea, by 2026.", True),
    ("The Dutch army will buy 20 drones for ammunition resupply of its own units.", True),
])
def test_a_purchase_told_as_the_purpose_or_with_a_states_money_is_aid(text, bought_for_oneself):
    m = Mentions(Document(id="t", text=text))
    assert purchase_not_for_ukraine(m, 0, len(text)) is bought_for_oneself
