"""Text that is not English gives AL150 naming the language; English text (with foreign names and
quotes, item lists, mixed passages) is not flagged and keeps its records."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidledger.errors import CODES
from aidledger.mentions import language
from aidledger.mentions.language import detect_language, not_english
from aidledger.model import Document
from aidledger.pledges import extract_document

# Sentences written for these tests (news-like, about aid to Ukraine), one text per language.
FOREIGN = {
    "German": "Die Bundesregierung hat der Ukraine weitere Flugabwehrsysteme zugesagt. Nach Angaben des "
              "Verteidigungsministeriums sollen die ersten Systeme noch in diesem Jahr geliefert werden, "
              "und auch Munition ist Teil des Pakets.",
    "French": "Le gouvernement a annoncé une nouvelle aide militaire pour l'Ukraine. Selon le ministère, "
              "les canons seront livrés dans les prochaines semaines et la France prépare aussi un envoi "
              "de munitions.",
    "Ukrainian": "Міністерство оборони повідомило, що партнери передали Україні нові системи протиповітряної "
                 "оборони. Також очікується, що до кінця року буде ще одна поставка техніки, яка вже "
                 "пройшла перевірку.",
    "Russian": "Министерство обороны сообщило, что партнёры уже передали Украине новые системы. Также "
               "ожидается, что до конца года будет ещё одна поставка техники, которая была одобрена "
               "правительством.",
    "Spanish": "El gobierno anunció que enviará a Ucrania más vehículos blindados. Según el ministerio, la "
               "entrega se hará en las próximas semanas y también incluye munición para los cañones.",
    "Italian": "Il governo ha approvato un nuovo pacchetto di aiuti militari per l'Ucraina. Secondo il "
               "ministero della difesa, le armi sono già state consegnate e altre forniture sono previste.",
    "Polish": "Rząd ogłosił, że przekaże Ukrainie kolejne czołgi. Według ministerstwa obrony sprzęt jest już "
              "gotowy i zostanie wysłany w ciągu kilku tygodni, jak zapowiedział minister.",
}

ENGLISH_WITH_FOREIGN_WORDS = [
    # German names and a German quote inside an English report
    'Germany will send 14 Leopard 2A6 tanks, Chancellor Olaf Scholz told the Bundestag on Wednesday. '
    '"Wir stehen fest an der Seite der Ukraine," he said, adding that the tanks would leave from Munster.',
    # French places and a short French quote
    "France will deliver 12 more Caesar howitzers, the Élysée said. The guns are made in Roanne and "
    "Bourges; President Macron called it « une aide décisive » for Kyiv's artillery.",
    # Ukrainian and Russian names, and a Cyrillic quote
    "Defence Minister Oleksii Reznikov said Norway has delivered 2 NASAMS systems. On Telegram he wrote "
    "«Дякую, Норвегія!» and said the launchers had already arrived near Kharkiv and Zaporizhzhia.",
]

ITEM_LIST = ("The package includes:\n- 1,000 Javelin missiles;\n- 50 Bradley IFVs;\n- 15,000 155mm rounds;\n"
             "- 4 HIMARS;\n- 20 Mi-17 helicopters;\n- 100 Humvees;\n- 2 NASAMS batteries;\n- 300 Switchblade drones")


def test_doctest():
    assert doctest.testmod(language).failed == 0


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_foreign_text_names_its_language(name):
    lang = detect_language(FOREIGN[name])
    assert lang is not None and lang.name == name


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_extraction_gives_al150_naming_the_language(name):
    records, problems = extract_document(Document("doc", FOREIGN[name]))
    codes = [p.code for p in problems]
    assert codes.count("AL150") == 1
    (problem,) = [p for p in problems if p.code == "AL150"]
    assert name in problem.message and problem.doc_id == "doc"
    assert "AL150" in CODES


def test_other_scripts_are_named_by_their_script():
    greek = ("Η κυβέρνηση ανακοίνωσε ότι θα στείλει στην Ουκρανία τεθωρακισμένα οχήματα μέσα στις επόμενες "
             "εβδομάδες, σύμφωνα με το υπουργείο άμυνας της χώρας.")
    lang = detect_language(greek)
    assert lang is not None and lang.code == "und" and "Greek" in lang.name


@pytest.mark.parametrize("text", ENGLISH_WITH_FOREIGN_WORDS)
def test_english_with_foreign_names_and_quotes_is_not_flagged(text):
    assert detect_language(text) is None
    records, problems = extract_document(Document("doc", text))
    assert records and "AL150" not in [p.code for p in problems]


def test_item_lists_and_short_texts_are_not_flagged():
    assert detect_language(ITEM_LIST) is None
    assert detect_language("Die Panzer") is None  # too short to say
    assert not_english(Document("d", "")) == []


def test_mixed_text_keeps_its_english_pledges():
    english = "Norway will send 8 Leopard 2 tanks to Ukraine, the defence ministry said on Monday."
    text = english + "\n\n" + FOREIGN["German"]
    alone, _ = extract_document(Document("a", english))
    mixed, problems = extract_document(Document("m", text))
    assert alone and [(p.donor, p.system, p.quantity_value, p.status) for p in mixed] == \
        [(p.donor, p.system, p.quantity_value, p.status) for p in alone]
    # mostly English: not flagged; mostly German: flagged, and the English pledge is still there
    assert "AL150" not in [p.code for p in problems]
    mostly_german = english + "\n\n" + " ".join(FOREIGN["German"] for _ in range(3))
    records, problems = extract_document(Document("g", mostly_german))
    assert [p.code for p in problems].count("AL150") == 1
    assert [(p.donor, p.system) for p in records] == [(p.donor, p.system) for p in alone]


def test_seed_is_english():
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt")):
        assert detect_language(path.read_text(encoding="utf-8")) is None


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_a_language_or_none(text):
    lang = detect_language(text)
    assert lang is None or (lang.name and lang.code != "en")
    assert len(not_english(Document("d", text))) <= 1


def test_cli_reports_the_language(tmp_path):
    from typer.testing import CliRunner

    from aidledger.cli import app

    path = tmp_path / "de.txt"
    path.write_text(FOREIGN["German"], encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0
    assert "AL150" in result.output + (result.stderr if result.stderr_bytes is not None else "")
