"""A name in quotes right before a generic class names the unnumbered item (README rule 8 records named systems,
even beside counted items of other types); a scare-quoted word or an origin in quotes names nothing. A name of its
own before the class keeps it beside a catalog system joined to it ("Dingo and Keiler vehicles"). Sentences of
our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows


@pytest.mark.parametrize("text, name", [
    ('Riga will send 400 anti-tank mines and a batch of "Vesper" loitering munitions made at home.',
     "Vesper loitering munitions"),
    ("Vilnius will deliver «Granit» armed drones and 30 M113 carriers in May.", "Granit drones"),
    ("Oslo sent 12 M109 howitzers and “Boreal” reconnaissance drones last week.", "Boreal reconnaissance drones"),
    ('Tallinn will hand over 50 trucks, 2,000 mines and "Stormfront" counter-drone systems.',
     "Stormfront counter-drone systems"),
    ('Prague has delivered 20 T-72 tanks and a number of "Sokol" armoured vehicles.', "Sokol armoured vehicles"),
])
def test_a_quoted_name_before_its_class_names_the_item(text, name):
    assert any(r[1].lower() == name.lower() and r[2] is None for r in rows(text))


@pytest.mark.parametrize("text", [
    '"Donation" of old vehicles: Canberra will send 20 Bushmasters to Kyiv.',
    'Rome has sent "Western" armoured vehicles and 10 M113 carriers.',
])
def test_scare_quotes_and_origins_name_nothing(text):
    assert all(not r[1].lower().startswith(("donation", "western")) for r in rows(text))


@pytest.mark.parametrize("text, named", [
    ("Berlin has sent Dingo and Zetros vehicles in small numbers.", "Zetros vehicles"),  # (Keiler is catalogued)
    ("Canberra sent Bushmaster and Tiberio vehicles last year.", "Tiberio vehicles"),
    ("Ankara sent Kirpi and Vuran armoured vehicles.", "Vuran armoured vehicles"),
    ("Oslo handed over M109 and Vidar artillery systems.", "Vidar artillery systems"),
    ("Madrid gave Hawk and Tarlac air defence systems.", "Tarlac air defence systems"),
])
def test_a_name_of_its_own_before_a_class_is_no_system_named_beside_it(text, named):
    assert named.lower() in [r[1].lower() for r in rows(text)]


@pytest.mark.parametrize("text, named, count", [
    ("Britain paid for Brimstone missiles. The first 40 Sting interceptors reached Ukrainian units on Monday.",
     "Sting interceptors", 40),
    ("Denmark has sent Caesar howitzers. It will also deliver 12 Kalyna howitzers built in Ukraine.",
     "Kalyna howitzers", 12),
    ("LIVE: Germany handed over more Marder fighting vehicles; 25 Borsuk infantry fighting vehicles are to follow.",
     "Borsuk infantry fighting vehicles", 25),
    ("Sweden delivered Archer guns last year. Now Stockholm promises 18 Tridon anti-aircraft guns.",
     "Tridon anti-aircraft guns", 18),
    ("According to the minister, Latvia has sent Stinger missiles and will supply 300 Mosquito interceptor drones.",
     "Mosquito interceptor drones", 300),
])
def test_a_counted_class_after_a_name_of_its_own_is_that_name_not_a_system_told_before(text, named, count):
    assert (named.lower(), count) in [(r[1].lower(), r[2]) for r in rows(text)]
