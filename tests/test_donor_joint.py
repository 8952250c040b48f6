"""Joint pledges and their partners: the names a relative clause follows ("Britain and France, which have
sent ..."), a partner named after one item ("in cooperation with Norway"), which gives that item and not
the items after it. Every sentence here is the project's own."""

from __future__ import annotations

import datetime as dt

import pytest

from aidledger.extractor import extract
from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def _by_item(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in extract_document(Document(id="t", text=text, published=dt.date(2024, 6, 1)))[0]:
        out.setdefault(r.system, set()).add(r.donor)
    return out


def test_a_relative_clause_after_two_names_is_both_of_theirs():
    text = "The plan differs from Spain and Portugal, which have delivered Leopard 2 tanks between them."
    assert _by_item(text) == {"Leopard 2": {"ESP", "PRT"}}


def test_a_partner_after_a_later_item_gives_not_the_earlier_one():
    text = "Spain has sent Ukraine 10 tanks, and 4 radars together with Portugal."
    assert _by_item(text)["tanks"] == {"ESP"}


def test_a_subject_working_with_a_partner_to_give_is_a_joint_pledge():
    # README rule 9: one record per donor, the joint count stays in the quote
    text = "Belgium is working with Luxembourg to deliver 6 Piranha vehicles to Ukraine."
    found = extract_document(Document(id="t", text=text, published=dt.date(2024, 6, 1)))[0]
    assert {(r.donor, r.quantity) for r in found} == {("BEL", None), ("LUX", None)}


def test_a_subject_working_with_a_partner_set_off_by_commas_is_a_joint_pledge():
    assert _by_item("Austria, working closely with Slovenia, will deliver 10 trucks to Ukraine.") == {
        "trucks": {"AUT", "SVN"}}


def test_a_partner_after_a_later_verb_and_item_is_not_an_earlier_items():
    text = ("The Netherlands, which had already given Ukraine 196 armoured vehicles, said on Monday it would send "
            "another 14 Leopard 2A4 tanks jointly with Denmark.")
    got = sorted((p.donor, p.system, p.status) for p in extract(text, published="2025-03-01"))
    assert got == [("DNK", "Leopard 2A4", "pledged"), ("NLD", "Leopard 2A4", "pledged"),
                   ("NLD", "armoured vehicles", "delivered")]


def test_a_list_closed_by_and_ends_before_a_comma_and_new_subject():
    # "A and B, and C has ...": the list "A and B" is closed; C opens a clause of its own and gives alone
    text = ("Poland has pledged PLN 400 million through the radar coalition it runs with Latvia and Estonia, "
            "and Finland has given EUR 30 million to the same coalition.")
    money = sorted((p.donor, p.amount and int(p.amount)) for p in extract(text) if p.category == "money")
    assert ("FIN", 30_000_000) in money and ("EST", None) not in money
    text = "Tanks came from Spain and Portugal, and Greece has sent 10 howitzers."
    assert _by_item(text)["howitzers"] == {"GRC"}


def test_a_list_with_a_serial_comma_stays_one_list():
    text = "Denmark, Norway, and Sweden will send 12 howitzers."
    assert _by_item(text)["howitzers"] == {"DNK", "NOR", "SWE"}



@pytest.mark.parametrize("text, donor, count", [
    ("Pilots trained in Arizona and Denmark, and Norway will give 6 F-16s.", "NOR", 6),
    ("Drills were held in Bavaria and Poland, and Germany sent 5 Leopard 2A6 tanks.", "DEU", 5),
    ("Crews studied in Wales and the Netherlands, and London promised 20 more landing craft.", "GBR", 20),
    ("The guns were repaired in Texas and Slovakia, and Canada has sent 8 howitzers.", "CAN", 8),
    ("Soldiers practised in Lapland and Estonia, and Sweden will hand over 10 tanks.", "SWE", 10),
])
def test_a_list_closed_by_and_with_a_place_first_ends_before_a_comma_and_new_subject(text, donor, count):
    # "in Scotland and the Netherlands, and London promised": the list of places is closed; London gives alone
    assert [(p.donor, p.quantity_value) for p in extract(text)] == [(donor, count)]


def test_donors_each_paying_for_a_count_each_have_the_count():
    for text in ("Denmark and Norway are each paying for 20 Leopard 1A5 tanks refurbished by the German firm FFG.",
                 "Sweden and Finland are each paying for 12 CV90 vehicles for Ukraine.",
                 "Canada and Belgium are each paying for 30 M113 carriers upgraded by a Belgian company."):
        got = {(p.donor, p.quantity_value, p.status) for p in extract(text, published="2025-03-01")}
        assert len(got) == 2 and all(q is not None and s == "funded" for _, q, s in got), (text, got)


def test_a_joint_deal_worth_a_sum_gives_each_payer_its_item_record_only():
    text = ("Sweden, Finland and Poland will jointly pay for 12 howitzers to be built in Slovakia for Ukraine, in a "
            "deal worth about 90 million euros.")
    got = {(p.donor, p.category) for p in extract(text, published="2025-03-01")}
    assert got == {("SWE", "artillery"), ("FIN", "artillery"), ("POL", "artillery")}


@pytest.mark.parametrize("text", [
    "Austria and Ireland agreed to split the cost of overhauling 30 Pandur carriers for Ukraine.",
    "Chile and Peru will share the costs of two radar stations bound for Kyiv.",
    "Malta and Cyprus have each shouldered part of the cost of one extra Skyguard battery for Ukraine.",
    "Portugal and Greece shouldered a large share of the cost of 12 howitzers ordered for Kyiv.",
    "Under the deal, Iceland and Estonia meet half the cost of 40 trucks built for the Ukrainian army.",
])
def test_donors_sharing_the_cost_of_items_fund_them_without_the_count(text):
    # README rule 11 (items a donor pays for but does not supply are funded) and rule 9 (the shared
    # count stays in the quote): every payer has a funded record, none counts the items
    found = extract_document(Document(id="t", text=text, published=dt.date(2024, 6, 1)))[0]
    assert len({r.donor for r in found}) == 2
    assert {(r.status, r.quantity) for r in found} == {("funded", None)}


def test_a_single_payer_of_part_of_the_cost_does_not_count_the_items():
    text = "Sweden will cover part of the cost of four CV90 vehicles for Ukraine."
    found = extract_document(Document(id="t", text=text, published=dt.date(2024, 6, 1)))[0]
    assert [(r.donor, r.status, r.quantity) for r in found] == [("SWE", "funded", None)]
