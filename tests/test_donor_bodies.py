"""An institution qualified as another's body is not the donor its name names alone: "Spain's Congress",
"Japan's House of Representatives", "the National People's Congress", "the Congress of Deputies"; "US
Congress", "the German Bundestag", "Trump's Pentagon" stay. The sentences are the project's own."""

import datetime as dt

import pytest

from aidledger.extractor.pipeline import extract_document
from aidledger.model import Document


def donors(text):
    doc = Document(id="t", text=text, published=dt.date(2024, 6, 1))
    return {r.donor for r in extract_document(doc)[0]}


@pytest.mark.parametrize(("text", "donor"), [
    ("Spain's Congress approved EUR 1 billion in military aid for Ukraine.", "ESP"),
    ("Speech of the Minister of Defence before the Congress of Deputies\n\n"
     "Spain will send 20 more armoured vehicles to Ukraine this year.", "ESP"),
    ("US Congress approved $61 billion for Ukraine.", "USA"),
    ("On Saturday Congress approved $61 billion for Ukraine.", "USA"),
    ("The German Bundestag approved 8 more IRIS-T systems for Ukraine.", "DEU"),
    ("Trump's Pentagon will send 20 Bradleys to Ukraine.", "USA"),
    ("Australia's House of Representatives approved A$100 million in military aid for Ukraine.", "AUS"),
    ("The Japanese House of Representatives approved 100 trucks for Ukraine.", "JPN"),
    ("The House of Representatives passed $61 billion for Ukraine.", "USA"),
    ("The US Department of Defense will send 20 Bradleys to Ukraine.", "USA"),
])
def test_the_body_belongs_to_whom_it_is_said_to(text, donor):
    assert donors(text) == {donor}


def test_a_body_of_no_donor_gives_nothing():
    assert donors("The Congress of Deputies debated a law on 20 armoured vehicles for Ukraine.") == set()


def outlet_donors(text, outlet):
    doc = Document(id="t", text=text, outlet=outlet, published=dt.date(2024, 6, 1))
    return {r.donor for r in extract_document(doc)[0]}


@pytest.mark.parametrize("text", [
    "To the Speaker of the House of Representatives of the Commonwealth\n\n"
    "The government has set aside EUR 200 million for the procurement of radars for Ukraine.",
    "Letter to parliament on support to Ukraine - English summary\n\n"
    "The government has set aside EUR 200 million for the procurement of radars for Ukraine.",
])
def test_a_house_of_another_and_the_language_of_a_summary_give_no_donor(text):
    # the government is then the publisher's
    assert outlet_donors(text, "Ministry of Defence of Finland") == {"FIN"}
    assert donors("The House of Representatives of Japan approved the budget. The government will give 10 trucks "
                  "to Ukraine.") == {"JPN"}
