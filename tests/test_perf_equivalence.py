"""The faster forms of the recognisers find exactly what their straightforward forms find.

Each rewritten scanner or pattern is compared with the plain one (a ``finditer`` of the original
pattern, the original regex) on random strings of its own vocabulary: names, words, separators,
case variants and characters that match letters case-insensitively (``K``, ``ſ``, ``İ``, ``ı``).
"""

from __future__ import annotations

import csv
import doctest
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from aidledger.catalog import _DOT, _NON_WORD_ALIKE, _SEP, _unit_regex, _word_only, load_catalog
from aidledger.mentions import cues, dates, donors, money, numbers, quantities, words
from aidledger.resources import data_path

_ODD = ["K", "ſ", "İ", "ı", "\u00a0", "\u2009", "–", "—", "-", "/", ".", "'", "’", "_", "ﬁ", "×", "\u0345", "é"]
_SEPARATORS = [" ", " ", "  ", "\n", "-", "", ",", ".", "\u00a0", "'", "’", "_", "ſ", "(", ")", "s", "es", "'s"]
_CASES = st.sampled_from(["lower", "upper", "title", "same", "swapcase"])


def _texts(vocabulary: list[str], max_size: int = 14):
    def join(parts):
        return "".join((w if case == "same" else getattr(w, case)()) + sep for w, sep, case in parts)

    return st.lists(st.tuples(st.sampled_from(vocabulary), st.sampled_from(_SEPARATORS), _CASES),
                    max_size=max_size).map(join)


def _pieces(names: list[str]) -> list[str]:
    """Names, their words and the first few characters of each."""
    out = set(names)
    for n in names:
        for w in re.split(r"[\s\-/]+", n):
            out.update({w, w[:1], w[:2], w[:3]})
    return sorted(x for x in out if x) + _ODD


# ---- words.FirstWords ----------------------------------------------------------------------------

def test_words_doctest():
    assert doctest.testmod(words).failed == 0


@settings(deadline=None)
@given(st.text())
def test_word_starts_are_the_word_starts(text):
    found, starts = words.word_starts(text)
    assert starts == [m.start() for m in re.finditer(r"(?<!\w)\w", text)]
    assert found == re.findall(r"\w+", text)


@settings(deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=4))
def test_the_word_table_numbers_each_distinct_word_once(texts):
    for text in texts:
        t = words.table(text)
        assert (t.words, t.starts) == words.word_starts(text)
        assert [t.vocabulary.words[i] for i in t.ids] == t.words
        assert len(set(t.ids)) == len(set(t.words))


def test_first_words_forgets_beyond_its_limit(monkeypatch):
    monkeypatch.setattr(words, "LIMIT", 6)
    # an empty vocabulary of its own: the words earlier tests brought ("one", "ten") must not be known
    monkeypatch.setattr(words, "_vocabulary", words._Vocabulary())
    words._kept.cache_clear()
    asked = []
    fw = words.FirstWords(lambda w: asked.append(w) or w.startswith("t"))
    assert fw.starts("one two three four five") == [4, 8]
    before = words.table("one two three four five").vocabulary
    assert fw.starts("ten eleven twelve thirteen") == [0, 11, 18]  # more than 6 words: a new vocabulary
    assert words.table("ten eleven twelve thirteen").vocabulary is not before
    assert fw.starts("two ten") == [0, 4]
    assert asked.count("ten") == 1 and asked.count("two") == 2  # "two" was forgotten with the old vocabulary
    words._kept.cache_clear()


def test_a_recogniser_made_late_answers_the_words_seen_before_it():
    words.FirstWords(lambda w: True).starts("alpha beta gamma")
    late = words.FirstWords(lambda w: w.startswith("g"))
    assert late.starts("alpha beta gamma") == [11]


@settings(deadline=None)
@given(st.lists(st.text(alphabet="abgt xy-", max_size=40), min_size=1, max_size=12))
def test_a_recogniser_made_late_to_a_large_vocabulary_asks_words_as_it_reads_them(texts):
    from unittest import mock

    with mock.patch.object(words, "EAGER", 2):  # every vocabulary is "large"
        for text in texts:
            words.table(text)  # the vocabulary knows these words before the recogniser exists
        asked = []
        late = words.FirstWords(lambda w: asked.append(w) or w.startswith("g"))
        for text in texts + texts[::-1]:
            assert late.starts(text) == [m.start() for m in re.finditer(r"\b(?=g)\w", text)]
        assert len(asked) == len(set(asked))  # each word asked once


# ---- the catalog's matchers -----------------------------------------------------------------------

def _plain_finditer(matcher, text):
    """``_Matcher.finditer`` as it was: ``pattern.search`` from the last match on."""
    pattern, n, pos = matcher.pattern, len(text), 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return
        start, hit = m.start(), matcher._accept(m)
        endpos = m.end() - 1
        while hit is None and endpos > start:
            m = pattern.match(text, start, endpos)
            if m is None:
                break
            if m.end() < n and (text[m.end()].isalnum() or text[m.end()] == "_"):
                endpos = m.end() - 1
                continue
            hit = matcher._accept(m)
            endpos = m.end() - 1
        if hit is None:
            pos = start + 1
            continue
        end, value = hit
        if value is not False:
            yield start, end, text[start:end], value
        pos = end


_CAT = load_catalog()
_SYSTEM_WORDS = _pieces([n for s in _CAT.systems for n in s.all_names][::3] + ["Patriot Act", "Excalibur Army"])
_GENERIC_WORDS = _pieces([n for g in _CAT.generics for n in g.all_names])


@settings(max_examples=400, deadline=None)
@given(_texts(_SYSTEM_WORDS))
def test_catalog_finds_what_the_search_finds(text):
    _CAT.find("")
    assert list(_CAT._matcher.finditer(text)) == list(_plain_finditer(_CAT._matcher, text))


@settings(max_examples=300, deadline=None)
@given(_texts(_GENERIC_WORDS))
def test_generic_items_found_as_by_the_search(text):
    _CAT.find_generic("")
    assert list(_CAT._generic_matcher.finditer(text)) == list(_plain_finditer(_CAT._generic_matcher, text))


def test_word_only_units_match_no_other_character():
    """``_word_only``: a unit of a word character matches no non-word character case-insensitively,
    except those in ``_NON_WORD_ALIKE`` (checked against every code point)."""
    import array

    every = (array.array("I", range(0xD800)).tobytes().decode("utf-32-le")
             + array.array("I", range(0xE000, 0x110000)).tobytes().decode("utf-32-le"))
    non_word = re.sub(r"\w", "", every)
    _CAT.find("")
    _CAT.find_generic("")
    units = {u if u in (_SEP, _DOT) else ("i", u[1].casefold())
             for m in (_CAT._matcher, _CAT._generic_matcher) for checks in m.checks.values()
             for units in checks for u in units}
    word_only = [u for u in units if u not in (_SEP, _DOT) and _word_only(u)]
    assert word_only
    found = re.findall("|".join(_unit_regex(u) for u in word_only), non_word, re.IGNORECASE)
    assert found == []
    # and the exceptions are real: "x" matches "\u00d7", an iota matches U+0345
    assert not _word_only(("i", "x")) and not _word_only(("i", "\u03b9"))
    assert all(re.fullmatch(r"\w", ch) is None for ch in _NON_WORD_ALIKE)


# ---- numbers: the word runs ---------------------------------------------------------------------

_NUMBER_WORDS = sorted(numbers.W.lookup) + ["a", "an", "A", "half", "and", "of", "&", ",", "hundreds", "tenths",
                                            "an-", "one-", "twenty-five", "x", "8", "ten2"] + _ODD


@settings(max_examples=500, deadline=None)
@given(_texts(_NUMBER_WORDS))
def test_word_runs_are_the_pattern_matches(text):
    assert [m.span() for m in numbers._word_runs(text)] == [m.span() for m in numbers._WORD_RUN_RE.finditer(text)]


# ---- the verbs of giving of the cue patterns (a prefix tree) -----------------------------------

def _forms(name: str) -> set[str]:
    """The forms of the verbs of giving that the macro ``name`` stands for (``give_verbs.csv``)."""
    cols = {"GIVE": ("base", "past", "present", "ing"), "GIVEN": ("past",), "GIVES": ("present",),
            "GIVING": ("ing",)}[name]
    with open(data_path("give_verbs.csv"), encoding="utf-8") as f:
        return {w for row in csv.DictReader(f) for c in cols for w in row[c].split("|")}


def _forms_alternation(name: str) -> str:
    """The plain form of ``cues._give_forms()[name]``: the alternation of the forms, longest first."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                            for w in sorted(_forms(name), key=len, reverse=True)) + r")\b"


_GIVE_WORDS = _pieces(sorted(_forms("GIVE"))) + ["over", "on", "more", "tanks", "handed over", "hand over"]


@settings(max_examples=300, deadline=None)
@given(_texts(_GIVE_WORDS))
def test_give_macros_match_what_the_alternation_of_the_forms_matches(text):
    for name, tree in cues._give_forms().items():
        plain = _forms_alternation(name)
        # alone, then before more pattern (a match that must give back characters: "handed" of "handed over")
        for tail in ("", r"\s*(?:over\s+)?(\w+)"):
            a, b = re.compile(tree + tail, re.I), re.compile(plain + tail, re.I)
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
            assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]


_ORIGINAL_APPROX = re.compile(
    r"(?:(?<![\w])(?:" + numbers._alt([a for a in numbers.W.approx if a[0].isalpha()]) + r")[\s\u00a0]+"
    r"|(?:" + numbers._alt([a for a in numbers.W.approx if not a[0].isalpha()]) + r")[\s\u00a0]*)\Z",
    re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(_texts(_pieces(sorted(numbers.W.approx)) + ["12", "tanks"]), st.integers(0, 60))
def test_approximation_before_a_number_is_the_original_pattern_s(text, at):
    at = min(at, len(text))
    original = at > 0 and _ORIGINAL_APPROX.search(text, max(0, at - 24), at) is not None
    assert numbers.approx_before(text, at) == original


# ---- donors -----------------------------------------------------------------------------------

_DONOR_WORDS = _pieces(list(donors._lexicon()[0])[::4] + ["the", "The", "U.S.", "St. Kitts"])


@settings(max_examples=400, deadline=None)
@given(_texts(_DONOR_WORDS))
def test_donor_matches_are_the_pattern_matches(text):
    assert [m.span(1) for m in donors._matches(text)] == [m.span(1) for m in donors._pattern().finditer(text)]


_SURNAMES = [n for n in donors._lexicon()[0] if donors._lexicon()[0][n][1] == "official"][::3]


@settings(max_examples=300, deadline=None)
@given(_texts(_pieces(_SURNAMES + list(donors._lexicon()[0])[::9] + ["SECRETARY", "MR.", "O'BRIEN", "ABC-DEF"])))
def test_donor_matches_in_the_title_cased_shadow_are_the_pattern_matches(text):
    # the speakers' names in capitals, title-cased: the words of the shadow are read from the text's table
    changed = [w.span() for w in donors._CAPS_WORD.finditer(text)]
    shadow = donors._CAPS_WORD.sub(lambda w: w.group(0).title(), text)
    assert [m.span() for m in donors._matches(text, shadow, changed)] == \
        [m.span() for m in donors._pattern().finditer(shadow)]


_ORIGINAL_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'’-]{3,}\b")


@settings(max_examples=300, deadline=None)
@given(_texts(["NATO", "SECRETARY", "MR.", "O'BRIEN", "ABC-DEF", "aBCDE", "Kyiv", "x", "É", "_", "9", "UK"]))
def test_words_in_capitals_are_the_original_pattern_s(text):
    assert [m.span() for m in donors._CAPS_WORD.finditer(text)] == \
        [m.span() for m in _ORIGINAL_CAPS_WORD.finditer(text)]



_ORIGINAL_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]{5,}(?![\w-])")


@settings(max_examples=300, deadline=None)
@given(_texts(["Abrahms", "Bradly", "abrams", "PATRIOT", "Striker", "x", "É", "_", "9", "-", "Kyiv", "Javelinn"]))
def test_catalog_capitalised_words_are_the_original_pattern_s(text):
    from aidledger.catalog import _CAPITALISED_WORD

    assert [m.span() for m in _CAPITALISED_WORD.finditer(text)] == \
        [m.span() for m in _ORIGINAL_CAPITALISED_WORD.finditer(text)]


@settings(deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=st.characters(max_codepoint=127))))
def test_fold_is_the_walk_over_the_decomposed_text(text):
    import unicodedata

    walk = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    assert donors.fold(text) == walk.translate(donors._LETTERS)

# ---- money ------------------------------------------------------------------------------------

_ORIGINAL_SUFFIX = re.compile(
    r"(?:[\s\u00a0]*[\-‐‑]?[\s\u00a0]*)(?P<cur>" + money._alternation(money._SUFFIX_FORMS) + r")(?![A-Za-z])")
_MONEY_WORDS = sorted({f.form for f in money._FORMS} | {w for f in money._FORMS for w in f.form.split()}) + [
    "12", "1.5", "bn", "million", "m", "tanks", "$", "€", "A", "Z", "k"] + _ODD


@settings(max_examples=500, deadline=None)
@given(_texts(_MONEY_WORDS), st.integers(0, 60))
def test_suffix_pattern_is_the_original(text, at):
    at = min(at, len(text))
    new, old = money._SUFFIX_RE.match(text, at), _ORIGINAL_SUFFIX.match(text, at)
    assert (new and (new.span(), new.group("cur"))) == (old and (old.span(), old.group("cur")))


_ORIGINAL_PREFIX = re.compile(r"(?:" + money._alternation(money._PREFIX_FORMS) + r")[\s\u00a0]?\Z")


@settings(max_examples=500, deadline=None)
@given(_texts(_MONEY_WORDS), st.integers(0, 60))
def test_prefix_pattern_is_the_original(text, at):
    at = min(at, len(text))
    new, old = money._PREFIX_RE.search(text, max(0, at - 8), at), _ORIGINAL_PREFIX.search(text, max(0, at - 8), at)
    assert (new and (new.span(), new.group())) == (old and (old.span(), old.group()))


@settings(max_examples=500, deadline=None)
@given(_texts(_MONEY_WORDS), st.integers(1, 60))
def test_prefix_check_lets_every_prefix_through(text, at):
    text += "5"
    at = min(at, len(text) - 1)
    if money._PREFIX_RE.search(text, max(0, at - 8), at):
        assert money._prefix_possible(text, at)


# ---- quantities -------------------------------------------------------------------------------

_ORIGINAL_CALIBRE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:\.\d+)?)[\s\u00a0]?[x×][\s\u00a0]?\d{1,3}(?:\.\d+)?[\s\u00a0]?mm\b")
_ORIGINAL_DECIMAL_COMMA = re.compile(r"(?<![\w.,])(\d{1,3}),(\d{1,2})(?![\d,.])")
_DIGIT_TEXT = st.text(alphabet="0123456789.,x× \u00a0mma_-", max_size=40)


@settings(max_examples=1000, deadline=None)
@given(_DIGIT_TEXT)
def test_calibre_and_decimal_comma_patterns_are_the_originals(text):
    for new, old in ((quantities._CALIBRE_RE, _ORIGINAL_CALIBRE),
                     (quantities._DECIMAL_COMMA_RE, _ORIGINAL_DECIMAL_COMMA)):
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
            [(m.span(), m.groups()) for m in old.finditer(text)]


# ---- dates: one scanner over the date patterns --------------------------------------------------

_DATE_WORDS = sorted(set(dates.MONTHS) | {m.capitalize() for m in dates.MONTHS} | {"Monday", "Friday", "Mondays",
                                                                                "today", "12", "2023", "3rd",
                                                                                "of", "on", "2023-01-31", "may",
                                                                                "MAY", "Sept.", "Jan.", "June",
                                                                                "This", "morning", "Yesterday"}) + _ODD


@settings(max_examples=400, deadline=None)
@given(_texts(_DATE_WORDS))
def test_date_scanner_finds_what_the_patterns_find(text):
    scanner = dates._scanner()
    assert [[m.span() for m in ms] for ms in scanner.finditer(text)] == \
        [[m.span() for m in p.finditer(text)] for p in scanner.patterns]


# ---- the assembler: a sentence without items reads only its first donor candidates ---------------

_SENTENCE_WORDS = ["Germany", "German", "France", "the", "UK", ":", "•", "in", "made", "from", "said", "Kyiv",
                   "Ukraine", "will", "send", "tanks", "Berlin", "Paris", "news", "agency", "Danish", "Leopard"]


@settings(max_examples=300, deadline=None)
@given(_texts(_SENTENCE_WORDS, max_size=20))
def test_leading_donor_candidates_are_what_is_read(text):
    from aidledger.extractor.donor_mentions import DonorFinder
    from aidledger.extractor.index import Mentions
    from aidledger.model import Document

    m = Mentions(Document("d", text))
    for s, e in m.sentences:
        full = [d for d in m.inside(m.donors, s, e) if DonorFinder(m).is_candidate(d, s, e)]
        lead = DonorFinder(m).leading(s, e)
        assert lead == full[:len(lead)]
        assert (not full or lead) and all(d in lead for d in full if d.start - s <= 5)


# ---- the institutions a document speaks of ("the government", "the bloc") ---------------------------

_REFERENCE_WORDS = ["the", "The", "its", "Its", "their", "Their", "THE", "tHe", "government", "cabinet", "federal",
                    "defence", "ministry", "Ministry", "department", "of", "state", "MoD", "in", "Germany", "27-nation",
                    "European", "bloc", "transatlantic", "alliance", "military", "North", "Atlantic", "other"]


@settings(max_examples=400, deadline=None)
@given(_texts(_REFERENCE_WORDS))
def test_references_tried_at_their_words_are_the_pattern_s_matches(text):
    from aidledger.extractor import donor_mentions

    for pattern in (donor_mentions._REFERENCE, donor_mentions._BLOC):
        assert [m.span() for m in donor_mentions._REFERENCE_WORDS.matches(pattern, text)] == [
            m.span() for m in pattern.finditer(text)]


# ---- a line after an entry of a list ---------------------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([";", ",", " ", "\t", "\n", "\r", "x", ".", "\u00a0", "\n\n"]),
                max_size=16).map("".join), st.integers(0, 40))
def test_a_line_after_a_list_entry_is_found_as_by_the_search_from_the_start(text, s):
    from aidledger.extractor import context

    s = min(s, len(text))
    assert context.after_list_entry(text, s) == (context._AFTER_LIST_ENTRY.search(text, 0, s) is not None)
