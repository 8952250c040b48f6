"""Jerusalem, used as the seat of the Israeli government ("Jerusalem rejected a request to send ..."),
names Israel. The sentences are the project's own."""

import datetime as dt

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def donors(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {(r.donor, r.status) for r in extract_document(doc)[0]}


def test_jerusalem_speaks_for_israel():
    assert donors("Jerusalem has again refused to send Iron Dome batteries to Ukraine.") == {("ISR", "refused")}


def test_a_visit_to_jerusalem_names_no_donor():
    text = "During a visit to Jerusalem, Germany's chancellor said 4 more IRIS-T systems would go to Ukraine."
    assert donors(text) == {("DEU", "pledged")}
