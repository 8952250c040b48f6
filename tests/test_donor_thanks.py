"""An item the sentence gives no donor for, followed in its paragraph by thanks to a donor ("The first
Leopard 2 tanks have arrived in Ukraine. Thank you, Canada!"), is the thanked donor's, not the donor an
earlier sentence spoke of. The sentences are the project's own."""

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def donors(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {r.donor for r in extract_document(doc)[0] if r.category != "money"}


@pytest.mark.parametrize(("text", "donor"), [
    ("The first Leopard 2 tanks have arrived in Ukraine. Thank you, Canada!", "CAN"),
    ('"The IRIS-T systems are already in Ukraine. I thank my friend Boris Pistorius," the minister wrote.', "DEU"),
    ("Ukraine's minister said on Tuesday that 6 F-16 jets had arrived. He thanked the Netherlands for the support.",
     "NLD"),
])
def test_the_thanked_donor_gave(text, donor):
    assert donors(text) == {donor}


def test_thanks_in_the_next_paragraph_name_no_donor():
    text = ("Sweden sent 10 Archer guns in May.\n\nThe first Leopard 2 tanks have arrived in Ukraine.\n\n"
            "Thank you, Canada!")
    assert "CAN" not in donors(text)
