"""Official overviews split into sections: who issues the list gives its lines' donor, and a section's
heading ("DELIVERED", "In preparation:", "✅ ARRIVED") gives the status of the lines under it. The
documents are the project's own."""

import datetime as dt

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document

DAY = dt.date(2025, 4, 9)


def records(text, outlet=None, url=None):
    doc = Document(id="t", text=text, outlet=outlet, url=url, published=DAY)
    return {(p.donor, p.system or p.item_text, p.quantity_value, p.status) for p in extract_document(doc)[0]}


def test_the_language_of_an_outlet_is_no_donor():
    text = ("Weapons handed over to Ukraine (as of 8 April 2025)\n\n"
            "The list below is updated every month.\n\n"
            "Delivered:\n- 14 Marder 1A3 infantry fighting vehicles\n- 5 Gepard anti-aircraft guns\n")
    for outlet in ("Federal Government (English version of the page)", "Ministry of Defence, in English",
                   "Federal Government - English edition"):
        got = records(text, outlet=outlet, url="https://www.bundesregierung.example.de/en/aid")
        assert {d for d, *_ in got} == {"DEU"}, outlet
