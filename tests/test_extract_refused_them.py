"""A refusal to pass on or hand over "them" is a refusal of the item named before: in its own sentence
("Israel, which retired its old Patriot batteries, has declined to pass them on"), or the counted item of the
sentence before ("Lisbon keeps 28 F-16s in service. It has refused to hand them over."). Sentences of our own."""

from __future__ import annotations

import pytest

from aidledger.extractor import extract


@pytest.mark.parametrize("text, expected", [
    ("Kyiv has asked for more air defence. Israel, which retired its older Patriot batteries last year, has declined "
     "to pass them on.", ("ISR", "Patriot")),
    ("Athens, which keeps its Leopard 2A4 tanks on the Turkish border, declined to pass them on.",
     ("GRC", "Leopard 2A4")),
    ("Spain bought 12 NASAMS launchers in 2019. Madrid has declined to pass them on, officials say.",
     ("ESP", "NASAMS")),
    ("Norway retired 32 F-16 jets in 2022. Oslo refused to hand them over despite requests from Kyiv.",
     ("NOR", "F-16")),
])
def test_a_refusal_to_hand_them_over_refuses_the_item_before(text, expected):
    assert (*expected, "refused") in {(p.donor, p.system, p.status) for p in extract(text)}


@pytest.mark.parametrize("text, expected", [
    ("Kyiv has asked for Gripen jets. Stockholm says none will be sent this year.", ("SWE", "Gripen")),
    ("Ukraine requested more Caesar howitzers. Paris replied that none could be spared.", ("FRA", "Caesar")),
    ("Kyiv asked Oslo for NASAMS launchers. The Norwegian minister said none would go before 2026.",
     ("NOR", "NASAMS")),
])
def test_none_will_go_is_a_refusal(text, expected):
    assert (*expected, "refused") in {(p.donor, p.system, p.status) for p in extract(text)}


@pytest.mark.parametrize("text, expected", [
    ("Kyiv asked Sweden for Gripen fighter jets. Sweden has rejected it.", ("SWE", "Gripen")),
    ("Ukraine requested Taurus missiles from Berlin. Germany has so far refused them.", ("DEU", "Taurus")),
    ("Kyiv asked Oslo for more NASAMS launchers. Norway declined it for now.", ("NOR", "NASAMS")),
])
def test_rejecting_it_after_a_request_refuses_the_item_asked_for(text, expected):
    assert (*expected, "refused") in {(p.donor, p.system, p.status) for p in extract(text)}

