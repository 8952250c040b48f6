"""A speech or statement in the first person: "we" is the donor the speaker named as "we", not the donor
the sentence before spoke of; a Ukrainian "we" and an asking "we" give nothing. The texts are the
project's own."""

import datetime as dt

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def records(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {(r.donor, r.system) for r in extract_document(doc)[0]}


SPEECH = ("Let me be clear on what Portugal has done and will do. We delivered 3 Leopard 2 tanks last year. "
          "Spain told me it is adding 100 million euros.\n\n"
          "Finally, on aircraft: we are studying with Belgium and Sweden whether Rafale jets can be made available.")


def test_we_is_the_donor_the_speaker_named():
    found = records(SPEECH)
    assert ("PRT", "Rafale") in found and ("ESP", "Rafale") not in found


def test_a_ukrainian_we_names_no_donor():
    text = ("Ukraine is grateful for every shell. We received 3 Leopard 2 tanks from partners last week.\n\n"
            "Norway has promised more. We will get 20 more CV90 vehicles this year.")
    assert ("NOR", "CV90") in records(text)  # the donor of the sentence before, as without a "we"


def test_we_who_ask_are_not_the_giver():
    text = ("Japan sent 100 trucks in spring. We are grateful.\n\n"
            "Germany's chancellor spoke to us on Monday. We asked about Taurus missiles – the answer remains no.")
    assert {d for d, s in records(text) if s == "Taurus"} <= {"DEU"}
