"""Partners of talks: "studying with Belgium and Sweden whether ..." — the partners a subject talks with
give nothing themselves, unless they have the system and the subject has not (then they are the ones
asked). The sentences are the project's own."""

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def donors(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {r.donor for r in extract_document(doc)[0]}


@pytest.mark.parametrize("text,expected", [
    ("France is discussing with Belgium and the Netherlands whether to send 12 more Caesar howitzers.", {"FRA"}),
    ("Germany is in talks with Spain about sending 50 trucks to Ukraine.", {"DEU"}),
    ("Spain is in discussions with the US about transferring Hawk launchers to Kyiv.", {"ESP"}),
    ("Greece is in negotiations with Germany on the delivery of Leopard 2A4 tanks.", {"GRC"}),
    ('"We are studying with Belgium and Sweden whether Mirage 2000 jets can be made available," '
     "the French minister said.", {"FRA"}),
])
def test_the_subject_of_talks_is_the_donor(text, expected):
    assert donors(text) == expected


def test_a_partner_that_has_the_system_is_the_one_asked():
    # Greece has S-300s, the United States has none
    assert donors("Washington has been talking with Greece about handing over S-300 batteries.") == {"GRC"}


def test_talks_without_a_subject_leave_the_partner():
    assert donors("Talks with Spain about sending 20 Leopard 2 tanks to Ukraine go on.") == {"ESP"}


def test_a_group_after_the_item_does_not_take_the_first_person_subject():
    # "by partners" tells who donated the tanks, not who buys the spare parts: "we" do, for the UK
    text = ("The United Kingdom is donating Storm Shadow missiles to Ukraine.\n"
            "We are also procuring, through the International Fund for Ukraine, £25 million of spare parts "
            "for tanks donated by partners.")
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    assert {(r.donor, r.amount) for r in extract_document(doc)[0] if r.category == "money"} == {("GBR", 25000000)}


def test_a_group_after_the_item_still_gives_no_single_donor():
    assert donors("Latvia sent 6 howitzers. 500 more trucks were donated by partners.") == {"LVA"}


def test_we_together_with_a_partner_are_the_speaking_office_and_the_partner():
    from aidledger.extractor import extract

    text = "Together with Finland we will pay for 8 Archer guns for Ukraine, the Swedish defence minister said."
    assert sorted((p.donor, p.status) for p in extract(text)) == [("FIN", "funded"), ("SWE", "funded")]


def amounts(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {(r.donor, float(r.amount)) for r in extract_document(doc)[0] if r.amount is not None}


@pytest.mark.parametrize("text,expected", [
    ("Norway will strengthen Ukraine's air defence. The package has two parts:\n"
     "1. NOK 1 billion for the purchase of IRIS-T missiles from Diehl for Ukraine, in cooperation with Germany.\n"
     "2. NOK 200 million for spare parts for the NASAMS units Ukraine already has.", {("NOR", 1e9), ("NOR", 2e8)}),
    ("The Danish government set out its new package for Ukraine today.\n"
     "- DKK 400 million to the drone fund for Ukraine, managed by the United Kingdom.\n"
     "- DKK 300 million for artillery shells.", {("DNK", 4e8), ("DNK", 3e8)}),
])
def test_the_partner_or_manager_named_after_a_sum_does_not_give_it(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Latvia announced that it will head a counter-mine coalition with Norway, and it has promised 4 million euros "
     "for demining kits for Ukraine.", {("LVA", 4e6)}),
    ("Finland set up a demining coalition with Sweden last year, and it will give 5 million euros for mine-clearing "
     "vehicles for Ukraine.", {("FIN", 5e6)}),
    ("Estonia is creating a drone coalition with Latvia, and Estonia will put 10 million euros into a fund for drones "
     "for Ukraine.", {("EST", 10e6)}),
    ("We are creating an artillery coalition with Italy, and Spain will put 50 million euros into a fund so that "
     "Ukraine can buy shells.", {("ESP", 50e6)}),
])
def test_the_partner_of_a_clause_before_does_not_give_the_sum_of_the_next(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Spain sends trucks, which is why Madrid counts them as aid. Latvia said it would lead a drone coalition with "
     "Britain, and it has pledged 20 million euros for drones for Ukraine.", {("LVA", 20e6)}),
    ("Rome paid for the radars, which surprised nobody. Estonia said in May it would head a demining coalition with "
     "Norway, and it has promised 3 million euros for mine detectors for Ukraine.", {("EST", 3e6)}),
])
def test_a_relative_clause_of_the_sentence_before_does_not_set_off_the_subject(text, expected):
    # "..., which ... aid." closes its sentence: the next sentence's subject is no name inside a relative aside
    assert amounts(text) == expected
