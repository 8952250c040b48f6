"""A refused permission to give: the one who refuses it is the donor of the refusal, not the one refused
(README rule 11: Switzerland blocking a re-export is a Swiss refusal). The sentences are the project's own."""

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def records(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {(r.donor, r.status) for r in extract_document(doc)[0]}


@pytest.mark.parametrize("text", [
    "Switzerland said no to letting Germany re-export Swiss-made Gepard shells.",
    "Bern said no to allowing Denmark to re-export Piranha vehicles to Ukraine.",
    "Switzerland will not permit Spain to pass on its Swiss-made Piranha vehicles to Ukraine.",
])
def test_the_one_refusing_the_permission_is_the_donor(text):
    # (the status is the status stage's: "will not permit ... to pass on" is still read as a pledge there)
    assert {d for d, _ in records(text)} == {"CHE"}


def test_a_refused_re_export_is_a_swiss_refusal():
    assert records("Switzerland said no to letting Germany re-export Swiss-made Gepard shells.") == {("CHE", "refused")}


def test_a_permission_granted_leaves_the_giver():
    # no refusal: the one allowed gives
    assert records("The US allowed Germany to send 3 Patriot systems to Ukraine.") == {("DEU", "pledged")}


def test_the_one_asked_alone_is_still_the_donor():
    # no other donor before the permission word: nothing to hand the record to
    assert {d for d, _ in records("Officials said they would not let Germany send Taurus missiles to Ukraine.")} \
        <= {"DEU"}


@pytest.mark.parametrize("text", [
    "Switzerland again blocked Germany from re-exporting Gepard ammunition to Ukraine.",
    "Bern has barred Madrid from passing on its 35 mm anti-aircraft guns to Kyiv.",
    "Seoul stopped Warsaw from sending its K9 howitzers to Ukraine, officials said.",
])
def test_stopping_another_donor_from_passing_arms_on_is_a_refusal_of_the_one_who_stops_it(text):
    assert records(text) == {({"Swi": "CHE", "Ber": "CHE", "Seo": "KOR"}[text[:3]], "refused")}
