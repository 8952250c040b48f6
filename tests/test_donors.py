import pytest

from aidledger.mentions.donors import find_donors


def codes(text):
    return [(m.text, m.code, m.kind) for m in find_donors(text)]


@pytest.mark.parametrize("text,expected", [
    ("Norway will send boats.", [("Norway", "NOR", "name")]),
    ("The Swedish government agreed.", [("Swedish", "SWE", "demonym")]),
    ("Berlin said no.", [("Berlin", "DEU", "capital")]),
    ("The Pentagon unveiled a package.", [("Pentagon", "USA", "institution")]),
    ("The European Union and NATO met.", [("European Union", "EU", "institution"), ("NATO", "NATO", "institution")]),
    ("Ukraine's Defence Ministry thanked Canada.", [("Ukraine", "UKR", "recipient"), ("Canada", "CAN", "name")]),
    ("Czechia and the Czech Republic are one.", [("Czechia", "CZE", "name"), ("Czech Republic", "CZE", "name")]),
])
def test_names_demonyms_capitals_institutions(text, expected):
    assert codes(text) == expected


def test_officials_full_name_and_surname():
    assert codes("Olaf Scholz spoke. Later Scholz added more.") == [
        ("Olaf Scholz", "DEU", "official"), ("Scholz", "DEU", "official")]


def test_officials_of_2023_to_2025_outside_the_first_lists():
    assert codes("Vance spoke, then Antti Häkkinen and Lula.") == [
        ("Vance", "USA", "official"), ("Antti Häkkinen", "FIN", "official"), ("Lula", "BRA", "official")]


def test_misspelt_official_is_matched_fuzzily():
    # a one-letter slip in a minister's surname still names his country
    assert ("Pistorios", "DEU", "official") in codes("Defence Minister Pistorios said the tanks would go.")


def test_a_first_name_close_to_a_surname_names_no_official():
    # "Martin" is one letter from "Marin", but a capitalised name goes on after it: a first name, not a slip
    assert codes("The Defence Secretary, Martin Keswick, set out the package.") == []
    assert codes("Ministry spokesman Martin B. Hale said so.") == []
    # a slip at the end of a name still counts
    assert ("Pistorios", "DEU", "official") in codes("Boris Pistorios said the tanks would go.")


def test_lowercase_words_are_not_countries():
    assert codes("us and them, turkey for dinner") == []


def test_accented_surname_folds():
    assert codes("Černochová said so.")[0][1] == "CZE"


def test_capitalised_words_pattern_is_unchanged():
    import random
    import re

    from aidledger.mentions.donors import _CAPITALISED
    plain = re.compile(r"(?<![\w-])([A-ZÀ-Ý][a-zà-ÿ]{4,}(?:-[A-Z][a-z]+)?)(?![\w-])")
    rnd = random.Random(0)
    for _ in range(3000):
        text = "".join(rnd.choice("AbcdeÉéxyZ-  _\nÀÿß1.") for _ in range(rnd.randrange(30)))
        assert [(m.span(), m.span(1)) for m in _CAPITALISED.finditer(text)] == \
            [(m.span(), m.span(1)) for m in plain.finditer(text)]


def test_officials_written_in_capitals_in_a_transcript():
    from aidledger.mentions.donors import find_donors

    found = [(d.text, d.code, d.kind) for d in find_donors("SECRETARY AUSTIN: We are sending 31 tanks. NATO agrees.")]
    assert ("AUSTIN", "USA", "official") in found and ("NATO", "NATO", "institution") in found


def test_fuzzy_words_in_one_batch_are_the_word_by_word_search():
    """The one-call comparison of a document's words with every surname only skips words no surname is
    near: on surnames with one or two letters changed (near the cutoff) and on other words it gives
    what the search word by word gives."""
    import random

    from aidledger.mentions.donors import _FUZZY_KNOWN, _fuzzy_surname, _fuzzy_words, _surname_keys

    rng = random.Random(7)
    keys, _ = _surname_keys()
    words = ["Government", "Washington", "Additional", "Brussels", "Ukrainian"]
    for key in rng.sample(keys, 120):
        w = list(key.capitalize())
        for _ in range(rng.choice([1, 2, 3])):
            w[rng.randrange(len(w))] = rng.choice("aeiourstnlk")
        words.append("".join(w).capitalize())
    _FUZZY_KNOWN.clear()
    found = _fuzzy_words(words)
    assert found == {w: _fuzzy_surname(w) for w in words}
    assert sum(v is not None for v in found.values()) > 20  # near the cutoff, both ways
    assert sum(v is None for v in found.values()) > 20


def test_fuzzy_countries_in_one_batch_are_the_word_by_word_search():
    """The one-call comparison of a document's words with every country name only skips words no name is
    within one edit of: on names with a letter changed, dropped, added or two swapped, and on other
    words, it gives what the search word by word gives."""
    import random

    from aidledger.mentions.donors import _COUNTRY_KNOWN, _country_keys, _fuzzy_countries, _fuzzy_country

    rng = random.Random(11)
    words = ["Government", "Washington", "Additional", "Brussels", "Ukrainian", "Pentagon", "Germans"]
    for key in rng.sample(sorted(_country_keys()), 40):
        for _ in range(3):
            w, i = list(key.capitalize()), rng.randrange(2, len(key))
            edit = rng.choice(["change", "drop", "add", "swap", "two"])
            if edit == "change":
                w[i] = rng.choice("aeiourstnl")
            elif edit == "drop":
                del w[i]
            elif edit == "add":
                w.insert(i, rng.choice("aeiourstnl"))
            elif edit == "swap" and i + 1 < len(w):
                w[i], w[i + 1] = w[i + 1], w[i]
            else:
                w[i] = w[i - 1] = "x"
            words.append("".join(w))
    _COUNTRY_KNOWN.clear()
    found = _fuzzy_countries(words)
    assert found == {w: _fuzzy_country(w) for w in words}
    assert sum(v is not None for v in found.values()) > 20  # close to a name, and not
    assert sum(v is None for v in found.values()) > 20
