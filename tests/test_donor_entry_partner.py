"""A list entry whose item a partner phrase qualifies ("- 20 CV90 vehicles, in cooperation with Denmark",
"- Leopard 1A5 tanks (together with Denmark): 60") is given by the partner and by the donor the list
speaks for (one record each, no count: rule 9), not by the partner alone. The sentences are the
project's own."""

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def records(text, outlet=None):
    doc = Document(id="t", text=text, outlet=outlet, published=dt.date(2024, 6, 1))
    return extract_document(doc)[0]


@pytest.mark.parametrize(("text", "system", "subject"), [
    ("Sweden's 16th support package. Its contents:\n- 20 CV90 vehicles, in cooperation with Denmark\n"
     "- 5,000 artillery rounds\n", "CV90", "SWE"),
    ("Equipment delivered by Germany so far:\n- Gepard anti-aircraft guns: 52\n"
     "- Leopard 1A5 tanks (together with Denmark): 60\n- Dingo vehicles: 30\n", "Leopard 1A5", "DEU"),
])
def test_the_lists_donor_and_the_partner_give(text, system, subject):
    found = [r for r in records(text) if r.system == system]
    assert {r.donor for r in found} == {subject, "DNK"}
    assert all(r.quantity_value is None for r in found)


def test_the_next_entry_stays_the_lists():
    text = "Sweden's 16th support package. Its contents:\n- 20 CV90 vehicles, in cooperation with Denmark\n" \
           "- 5,000 artillery rounds\n"
    assert {r.donor for r in records(text) if r.quantity_value == 5000} == {"SWE"}
