"""The entries of a list whose introduction names no donor ("The Minister announced a batch comprising:")
belong to the government that publishes the statement: a buyer named in one entry ("4 howitzers bought
by Norway") does not carry to the entries after it. The sentences are the project's own."""

import datetime as dt

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document

TEXT = """Statement of the Ministry of Defence

The Minister of Defence announced on Monday a new batch of equipment for Ukraine, comprising:
- 10 howitzers from army stocks;
- 4 howitzers bought by Norway from industry on behalf of Ukraine;
- 30 armoured personnel carriers;
- 200 anti-tank missiles."""


def by_count(text, outlet=None):
    doc = Document(id="t", text=text, outlet=outlet, published=dt.date(2024, 6, 1))
    return {r.quantity_value: r.donor for r in extract_document(doc)[0]}


def test_entries_after_a_buyer_are_the_publishers():
    found = by_count(TEXT, outlet="Finnish Ministry of Defence")
    assert found == {10.0: "FIN", 4.0: "NOR", 30.0: "FIN", 200.0: "FIN"}


def test_a_named_introduction_still_gives_its_donor():
    text = TEXT.replace("The Minister of Defence announced", "Sweden's defence minister announced")
    assert by_count(text, outlet="Finnish Ministry of Defence")[30.0] == "SWE"
