"""A group's commitment: "Allies" acting where the text speaks of NATO is the alliance (class 7 of issue
12), not the country of a speaker or no one; other groups and "other allies" stay no single donor.
The sentences are the project's own."""

import datetime as dt

import pytest
from test_extract_stages import rows

from aidledger.extractor.pipeline import extract_document
from aidledger.mentions.donors import find_donors
from aidledger.model import Document


def donors(text, **meta):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1), **meta)
    return {r.donor for r in extract_document(doc)[0]}


@pytest.mark.parametrize("text", [
    "Nato summit, day two\nAllies pledged a minimum of 40bn euro in military aid for next year.",
    "Leaders met in Washington.\nAt the NATO summit, Allies agreed to provide 500 million euros for air defence.",
])
def test_allies_where_the_text_speaks_of_nato_are_nato(text):
    assert donors(text) == {"NATO"}


def test_allies_in_a_nato_statement_are_nato():
    text = "Allies agreed that a further package could total about USD 500 million."
    assert donors(text, outlet="NATO press release") == {"NATO"}


@pytest.mark.parametrize("text", [
    "Ramstein meeting\nAllies pledged 500 more air defence missiles.",
    "NATO summit, day two\nOther allies are expected to ship 300 more air defence missiles.",
    "NATO summit, day two\nEuropean allies will provide 200 million euros for ammunition.",
])
def test_allies_elsewhere_or_some_of_them_are_no_single_donor(text):
    assert donors(text) == set()


def test_nato_as_the_british_press_writes_it():
    assert [(d.text, d.code) for d in find_donors("The Nato summit opened.")] == [("Nato", "NATO")]


def test_they_opening_a_sentence_stands_for_the_group_named_just_before():
    text = ("Several neutral countries have helped, such as Finland and Sweden. "
            "They have sent 5,000 anti-tank weapons to Ukraine.")
    assert donors(text) == {"FIN", "SWE"}


def test_they_after_a_single_donor_is_no_group():
    # one donor named before: "They" may be its soldiers, its officials ...; no record for a guess
    assert donors("Finland sent 10 trucks. They will also provide 20 howitzers.") == {"FIN"}


@pytest.mark.parametrize("text,expected", [
    ("Latvian Defence Minister Janis Kalnins said the alliance would send 100 more air defence missiles.", {"NATO"}),
    ("NATO Secretary General Jens Stoltenberg said the allies had agreed to deliver 40 billion euros in aid.",
     {"NATO"}),
    ("Germany's chancellor said partners would provide 300 more air defence missiles.", set()),
    ("Germany's chancellor said partners such as Norway would provide 300 more air defence missiles.", {"NOR"}),
    ("Germany's chancellor said Germany would provide 300 more air defence missiles.", {"DEU"}),
])
def test_a_group_a_speaker_reports_is_not_the_speakers_country(text, expected):
    assert donors(text) == expected


@pytest.mark.parametrize("text", [
    "Romania is still studying the transfer of its Patriot battery. Since the invasion Ukraine has received "
    "over 2 million shells from partners, the minister added.",
    "Norway will send two more NASAMS launchers. Ukraine has received 500 armoured vehicles from allies this year.",
])
def test_what_ukraine_received_from_partners_has_no_single_donor(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    assert [r.status for r in extract_document(doc)[0]] in (["considering"], ["pledged"])  # the first sentence's


def test_an_item_others_gave_has_no_donor_of_the_clause():
    text = ("Oslo said it was not yet ready to decide on NASAMS, noting that Ukraine first has to absorb the Patriot "
            "systems promised by other countries.")
    assert [(r[0], r[1], r[-1]) for r in rows(text)] == [("NOR", "NASAMS", "considering")]
    # the buyers of what a donor reroutes are no givers
    text = "Washington said it would reroute Patriot interceptors ordered by other countries to Ukraine."
    assert [r[0] for r in rows(text)] == ["USA"]


@pytest.mark.parametrize("text, kept", [
    # a refusal voiced by the opposition or by critics is no refusal of the government the text speaks of
    ("Ireland will give 10 million euros to the NATO fund. Opposition parties said they opposed any money for "
     "weapons.", ("IRL", "funded")),
    ("Austria will send 20 trucks. Critics rejected sending weapons of any kind.", ("AUT", "pledged")),
    ("Australia will gift 15 Bushmaster vehicles. The opposition leader said he was against sending more arms.",
     ("AUS", "pledged")),
    ("Japan will send 100 trucks. Some lawmakers oppose any transfer of lethal weapons.", ("JPN", "pledged")),
])
def test_the_opposition_and_critics_refuse_for_no_government(text, kept):
    found = [(r[0], r[-1]) for r in rows(text)]
    assert found == [kept], found
