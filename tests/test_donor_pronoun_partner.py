"""A pronoun subject after a partner group ("..., and together with Denmark it is paying for 12 more")
stands for the donor named before: the partner and that donor give (one record each), and the text goes
on speaking of the subject, not of the partner. The sentences are the project's own."""

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def records(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return extract_document(doc)[0]


@pytest.mark.parametrize(("text", "system", "expected"), [
    ("Sweden has already sent 10 Archer guns, and together with Denmark it is paying for 12 more.",
     "Archer", {"SWE", "DNK"}),
    ("Norway has sent 8 howitzers; jointly with Finland it will fund 20 more.", "howitzers", {"NOR", "FIN"}),
])
def test_the_pronoun_and_its_partner_give(text, system, expected):
    assert {r.donor for r in records(text) if r.system == system and r.status == "funded"} == expected


def test_the_next_sentence_speaks_of_the_subject():
    text = ("Sweden has already sent 10 Archer guns, and together with Denmark it is paying for 12 more. "
            "The government has not yet decided on Gripen jets.")
    assert {r.donor for r in records(text) if r.system == "Gripen"} == {"SWE"}


@pytest.mark.parametrize(("text", "subject"), [
    ("Norway, along with Denmark, will donate 6 F-16s to Ukraine. "
     "The government said 4 NASAMS launchers would follow.", "NOR"),
    ("Germany is working with the Netherlands to deliver 3 Patriot systems. "
     "The ministry said 2 more IRIS-T systems would follow.", "DEU"),
    ("Finland, together with Estonia, will send 20 howitzers to Ukraine. The ministry also promised 10 trucks.", "FIN"),
])
def test_after_a_partner_the_text_speaks_of_the_subject(text, subject):
    found = records(text)
    assert len({r.donor for r in found}) == 2
    assert {r.donor for r in found if r.quantity_value is not None} == {subject}


def test_after_we_and_partners_the_text_speaks_of_the_speaker():
    text = ("Statement by the Government of Sweden\n\nTogether with Germany and Romania, we will provide 2 Patriot "
            "systems to Ukraine. The government will also send 10 more Archer guns.")
    doc = Document(id="t", text=text, outlet="Government Offices of Sweden", published=dt.date(2024, 6, 1))
    found = extract_document(doc)[0]
    assert {r.donor for r in found if r.system == "Patriot"} == {"SWE", "DEU", "ROU"}
    assert {r.donor for r in found if r.system == "Archer"} == {"SWE"}


@pytest.mark.parametrize(("text", "donors"), [
    ("Finland and Sweden, along with Estonia, will send 30 howitzers to Ukraine.", {"FIN", "SWE", "EST"}),
    ("Latvia, Lithuania and Poland, together with Canada, pledged $300 million for drones.",
     {"LVA", "LTU", "POL", "CAN"}),
])
def test_every_donor_of_a_group_before_a_partner_gives(text, donors):
    # the subject is a group of donors: each of them gives with the partner (one record each, README rule 9)
    assert {p.donor for p in records(text)} == donors


@pytest.mark.parametrize(("text", "donors", "status"), [
    ("Croatia joined Slovenia and Austria in sending Mi-8 helicopters to Ukraine.", {"HRV", "SVN", "AUT"}, "pledged"),
    ("Iceland has joined Norway in financing 2 radars for Kyiv.", {"ISL", "NOR"}, "pledged"),
])
def test_a_donor_that_joins_others_in_giving_gives_with_them(text, donors, status):
    # (joining a donor is no arrival: "joined Norway" tells no delivery of the radars)
    found = records(text)
    assert {p.donor for p in found} == donors and {p.status for p in found} <= {status, "funded"}


def test_what_a_donor_joins_is_no_subject():
    found = records("Finland joined NATO in April and pledged 12 howitzers to Ukraine.")
    assert [(p.donor, p.quantity_value) for p in found] == [("FIN", 12)]
