"""Lines of an aid list that close with the count ("Marder vehicles incl. spare parts: 120"): what the line includes
with the item stands between the item and its count; the category of light anti-tank weapons, missiles as the
NLAW (README rule 14); and "a further pair of", a count of two (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from aidledger.model import Document
from aidledger.pledges import extract_document


def _items(text: str) -> list[tuple[str, str, int | None]]:
    recs, _ = extract_document(Document(id="t", text=text, published=dt.date(2024, 5, 6)))
    return sorted((d["donor"], d.get("system") or d.get("item_text"), d.get("quantity"))
                  for d in (r.to_dict() for r in recs) if d.get("amount") is None)


@pytest.mark.parametrize("line, name, count", [
    ("- Marder infantry fighting vehicles incl. spare parts: 120", "Marder", 120),
    ("- Gepard anti-aircraft tanks incl. approx. 4,000 rounds: 30", "Gepard", 30),
    ("- Patriot launchers including interceptors: 3", "Patriot", 3),
    ("- IRIS-T SLM fire units incl. about 300 missiles: 5", "IRIS-T SLM", 5),
    ("- Biber bridge-laying tanks inc. spare bridge sections: 16", "Biber", 16),
    ("- Dingo protected vehicles incl. weapon stations: about 60", "Dingo", 60),
])
def test_what_a_line_includes_stands_between_the_item_and_its_count(line, name, count):
    text = f"Germany has handed the following to Ukraine (as of 3 May 2024):\n{line}\n- Skynex systems: 2"
    assert ("DEU", name, count) in _items(text)


@pytest.mark.parametrize("text, donor, count", [
    ("Germany has handed the following to Ukraine:\n- Self-propelled howitzer 2000: 14", "DEU", 14),
    ("Italy will send six more self-propelled howitzers 2000 to Ukraine, the ministry said.", "ITA", 6),
    ("The Dutch army handed over its last Self-propelled Howitzer 2000 to Ukraine on Monday.", "NLD", None),
])
def test_the_translated_name_of_the_panzerhaubitze_is_the_system(text, donor, count):
    assert (donor, "PzH 2000", count) in _items(text)


@pytest.mark.parametrize("text", [
    "Norway will send Ukraine 2,000 M72 light anti-tank weapons from army stocks.",
    "Sweden has delivered 5,000 AT4 anti-tank launchers to Ukraine, the ministry said.",
    "Berlin will provide a further 1,000 Panzerfaust 3 launchers to Kyiv.",
    "Slovenia handed over 300 RGW 90 Matador weapons to Ukraine last week.",
    "Bulgaria will transfer 4,000 RPG-18 disposable launchers to Ukraine, the minister said.",
])
def test_light_anti_tank_weapons_are_missiles_as_the_nlaw(text):
    recs, _ = extract_document(Document(id="t", text=text, published=dt.date(2024, 5, 6)))
    assert [r.to_dict()["category"] for r in recs] == ["missile"]


@pytest.mark.parametrize("text, donor, name", [
    ("Germany will ship a further pair of Skynex systems to Ukraine before December.", "DEU", "Skynex"),
    ("Norway will send another pair of NASAMS launchers to Ukraine, the minister said.", "NOR", "NASAMS"),
    ("The Netherlands has delivered an additional pair of Patriot launchers to Ukraine.", "NLD", "Patriot"),
    ("Spain will send a second pair of Hawk launchers to Ukraine in the spring.", "ESP", "Hawk"),
    ("Sweden will give Ukraine another couple of CV90 vehicles.", "SWE", "CV90"),
])
def test_a_pair_after_a_word_of_more_counts_two(text, donor, name):
    assert _items(text) == [(donor, name, 2)]
