"""The system a whole piece is about (its title's, else the one it names most), as the referent of a word that
counts one whole battery far from the system's name: "Oslo later promised a third battery", "A third came from the
United States" (``extractor.topics``). Sentences of our own."""

from __future__ import annotations

import pytest
from test_extract_stages import rows

# sentences between the system's name and the word that stands for it, naming no item
_GAP = ("Russian strikes on the power grid have grown heavier since the autumn. Officials in Kyiv say the gaps "
        "remain wide. The defence ministers met again on Monday.")


def _found(text):
    return {(r[0], r[1], r[2], r[-1]) for r in rows(text)}


@pytest.mark.parametrize("title, sentence, expected", [
    ("How Kyiv's NASAMS batteries were gathered", "Oslo later promised a third battery.",
     {("NOR", "NASAMS", 1, "pledged")}),
    ("IRIS-T SLM deliveries: where things stand", "The Slovenian government has decided to donate one complete "
     "fire unit from its own stocks.", {("SVN", "IRIS-T SLM", 1, "pledged")}),
    ("ANALYSIS | Europe's Patriot gap", "Madrid has agreed to give the one it operates near Cartagena.",
     {("ESP", "Patriot", 1, "pledged")}),
    ("Live: the SAMP/T question at the summit", "Paris says it has committed another system for the winter.",
     {("FRA", "SAMP/T", 1, "pledged")}),
    ("Inside the hunt for more Patriot batteries", "Bucharest is still weighing whether to part with one of its "
     "own four batteries.", {("ROU", "Patriot", 1, "considering")}),
])
def test_a_word_for_one_battery_stands_for_the_topic_system(title, sentence, expected):
    assert _found(f"{title}\n\n{_GAP}\n\n{sentence}") == expected


def test_the_topic_may_be_the_system_named_most_when_there_is_no_title():
    text = ("Kyiv's NASAMS crews trained in Norway. The NASAMS radar is small. Each NASAMS launcher carries six "
            f"missiles. {_GAP} Ottawa has since bought a second battery for Kyiv.")
    assert _found(text) == {("CAN", "NASAMS", 1, "funded")}


@pytest.mark.parametrize("sentence, expected", [
    ("A third came from the United States in June.", {("USA", "NASAMS", 1, "delivered")}),
    ("A fourth will be paid for by Germany.", {("DEU", "NASAMS", 1, "funded")}),
    ("The next battery arrived from Norway in October.", {("NOR", "NASAMS", 1, "delivered")}),
    ("A second was delivered by the Netherlands last week.", {("NLD", "NASAMS", 1, "delivered")}),
    ("The fifth will come from Spain, according to the ministry.", {("ESP", "NASAMS", 1, "pledged")}),
])
def test_an_ordinal_subject_with_a_giver_counts_the_topic_system(sentence, expected):
    assert _found(f"Where Ukraine's NASAMS systems come from\n\n{_GAP}\n\n{sentence}") == expected


@pytest.mark.parametrize("sentence", [
    "A third of the money came from Germany.",
    "A second package came from Norway in May.",
    "For a second time, the United States sent a delegation.",
    "Lithuania promised a second battery of Gepard guns.",
    "Berlin has promised a second package of winter clothing.",
])
def test_no_topic_system_for_other_words(sentence):
    assert not any(r[1] == "NASAMS" for r in rows(f"Where Ukraine's NASAMS systems come from\n\n{_GAP}\n\n{sentence}"))


def test_no_topic_for_a_system_counted_by_unit():
    text = f"Why the Leopard 2 deliveries slowed\n\n{_GAP}\n\nSpain promised a second battery in May."
    assert not any(r[1].startswith("Leopard") for r in rows(text))


@pytest.mark.parametrize("sentence, expected", [
    ("Oslo then promised a fourth in its own right.", {("NOR", "NASAMS", 1, "pledged")}),
    ("Washington has committed a second to Kyiv.", {("USA", "NASAMS", 1, "pledged")}),
    ("Ottawa says it will pay for a third this year.", {("CAN", "NASAMS", 1, "funded")}),
    ("Madrid has since offered a fifth, officials said.", {("ESP", "NASAMS", 1, "pledged")}),
    ("Lithuania sent a second last month.", {("LTU", "NASAMS", 1, "delivered")}),
])
def test_a_bare_rank_as_the_object_of_giving_is_one_more_of_the_topic_system(sentence, expected):
    assert _found(f"Where Ukraine's NASAMS systems come from\n\n{_GAP}\n\n{sentence}") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The first battery was American.", {("USA", "NASAMS", 1, "delivered")}),
    ("The first was a gift from Norway.", {("NOR", "NASAMS", 1, "delivered")}),
    ("The second was Canadian, bought from the manufacturer.", {("CAN", "NASAMS", 1, "funded")}),
    ("The first came from Lithuania, in the spring.", {("LTU", "NASAMS", 1, "delivered")}),
    ("The next system was a donation of the Netherlands.", {("NLD", "NASAMS", 1, "delivered")}),
])
def test_an_ordinal_subject_far_from_the_name_counts_the_topic_system(sentence, expected):
    assert _found(f"Where Ukraine's NASAMS systems come from\n\n{_GAP}\n\n{sentence}") == expected


@pytest.mark.parametrize("sentence", [
    "The second was German-made.",
    "Berlin promised a third of the money for the drones.",
    "Norway gave for a second time, a ministry spokesman said.",
    "The first was Monday's topic.",
])
def test_no_topic_system_for_a_rank_that_counts_nothing_given(sentence):
    assert not any(r[1] == "NASAMS" for r in rows(f"Where Ukraine's NASAMS systems come from\n\n{_GAP}\n\n{sentence}"))


@pytest.mark.parametrize("text, expected", [
    ("NASAMS: the US and Lithuania have sent a few; Canada's, purchased by Ottawa, reached Kyiv in the spring.",
     {("CAN", "NASAMS", None, "delivered")}),
    ("Germany sent its IRIS-T SLM units in 2023. Slovenia's arrived a year later.",
     {("SVN", "IRIS-T SLM", None, "delivered")}),
    (f"Where Ukraine's NASAMS systems come from\n\n{_GAP}\n\nNorway's was handed over in May.",
     {("NOR", "NASAMS", None, "delivered")}),
    (f"Where Ukraine's NASAMS systems come from\n\n{_GAP}\n\nSpain's will follow in the autumn, the ministry says.",
     {("ESP", "NASAMS", None, "pledged")}),
    ("Italy and France sent a SAMP/T battery in 2023, while Sweden's is due next spring.",
     {("SWE", "SAMP/T", None, "pledged")}),
])
def test_a_donors_possessive_as_subject_stands_for_the_system(text, expected):
    assert {x for x in _found(text) if x[0] == next(iter(expected))[0]} == expected


@pytest.mark.parametrize("text", [
    "Germany sent its IRIS-T SLM units in 2023. Ukraine's arrived a year later.",
    "The Netherlands has delivered CV90 vehicles; Sweden's are still in service.",
    "Germany sent its IRIS-T SLM units in 2023. Russia's arrived too late.",
])
def test_no_possessive_referent_for_ukraine_russia_or_an_own_fleet(text):
    assert {r[0] for r in rows(text)} <= {"DEU", "NLD"}
