"""The scanner finds exactly what ``re.finditer`` finds, trying its patterns only where they may start."""

from __future__ import annotations

import doctest
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidledger.mentions import scan
from aidledger.mentions.scan import Scanner

_PATTERNS = [r"will\s+(?:\w+\s+){0,2}send", r"\bsent\b", r"'ll\s+\w+", r"\$\s*\d+", r"\b\d{1,2}(?:st|nd)?\s+May",
             r"(?-i:May)\s+\d+", r"to\b", r"tons?(?=\s)", r"a\w*e\b", r"(?:re-?)?exports?", r"K\w"]
_WORDS = ["will", "send", "sent", "'ll", "$", "12", "1st", "May", "may", "to", "ton", "tons", "ate", "able", "a",
          "export", "re-export", "reexports", "K", "k", "\u212a", "ſ", "İ", "ı", "é", "x",
          "\u00bc", "2\u00b2", "e\u0301"]
_SEPARATORS = [" ", "  ", "\n", "-", "", ",", ".", "'", "’", "$", "_", "\u00a0", "\x1c"]


def _texts():
    def join(parts):
        return "".join((w if case == "same" else getattr(w, case)()) + sep for w, sep, case in parts)

    return st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS),
                              st.sampled_from(["lower", "upper", "title", "same"])), max_size=14).map(join)


def test_doctest():
    assert doctest.testmod(scan).failed == 0


@pytest.mark.parametrize("flags", [0, re.I])
@settings(max_examples=400, deadline=None)
@given(text=_texts())
def test_finditer_is_re_finditer(flags, text):
    scanner = Scanner(_PATTERNS, flags)
    assert [[m.span() for m in ms] for ms in scanner.finditer(text)] == \
        [[m.span() for m in p.finditer(text)] for p in scanner.patterns]


@pytest.mark.parametrize("flags", [0, re.I])
@settings(max_examples=400, deadline=None)
@given(text=_texts())
def test_first_is_the_alternation(flags, text):
    scanner = Scanner(_PATTERNS, flags, not_after=r"\w-")
    alternation = re.compile("|".join(f"(?P<p{i}>{p.pattern})" for i, p in enumerate(scanner.patterns)), flags)
    assert [(i, m.span()) for i, m in scanner.first(text)] == \
        [(int(m.lastgroup[1:]), m.span()) for m in alternation.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_on_any_text(text):
    scanner = Scanner(_PATTERNS, re.I)
    assert [[m.span() for m in ms] for ms in scanner.finditer(text)] == \
        [[m.span() for m in p.finditer(text)] for p in scanner.patterns]


def test_a_match_starting_with_a_non_word_character():
    scanner = Scanner([r"'ll\s+send", r"\$\d+"])
    found = [(i, m.group()) for i, m in scanner.first("they 'll send $40 and $ 5")]
    assert found == [(0, "'ll send"), (1, "$40")]


def test_never_inside_a_word():
    assert [m.group() for m in Scanner(["send"]).finditer("resend send")[0]] == ["send"]


def test_keys_are_remembered():
    scanner = Scanner([r"will\s+send"], re.I)
    assert scanner.may_start("wil") == (0,) and scanner.may_start("Wil") == (0,)
    assert scanner.may_start("won") == ()
    assert scanner.may_start("w") == (0,)  # a short word may begin "will send"


def test_a_pattern_matching_nothing_is_refused():
    with pytest.raises(ValueError, match="empty string"):
        Scanner([r"\w*"])


def test_a_pattern_regex_cannot_compile_is_tried_everywhere():
    from unittest import mock

    import regex

    real = regex.compile

    def refuse(pattern, flags=0):
        if "send" in pattern:
            raise regex.error("refused")
        return real(pattern, flags)

    with mock.patch.object(regex, "compile", refuse):
        scanner = Scanner([r"will\s+send", r"\bsent\b"], re.I)
    text = "Oslo sent 2 and WILL SEND more, sent"
    assert [(i, m.span()) for i, m in scanner.first(text)] == [(1, (5, 9)), (0, (16, 25)), (1, (32, 36))]


def test_where_re_and_regex_disagree_the_pattern_is_tried():
    # "¼" and "²" are word characters to re, not to regex (which asks where a pattern may start);
    # "\x1c" is white space to re only: there the pattern is tried anyway
    for pattern, text in ((r"K\w", "K\u00bc"), (r"\d\w", "2\u00b2"), (r"go\s+on", "go\x1con")):
        scanner = Scanner([pattern], re.I)
        assert [m.span() for m in scanner.finditer(text)[0]] == [m.span() for m in re.finditer(pattern, text, re.I)]
        assert scanner.finditer(text)[0]


def test_keys_in_capitals_are_asked_once_unless_a_pattern_keeps_its_case():
    scanner = Scanner([r"will\s+send", r"(?-i:May)\s+\d+", r"may\s+send"], re.I)
    assert scanner.may_start("Wil") == scanner.may_start("wil") == (0,)
    assert scanner.may_start("May") == (1, 2) and scanner.may_start("may") == (2,)
    assert scanner.may_start("MAY") == (2,)


# ---- several lists in one scanner (``Scanner.joint``) ----------------------------------------------

_LISTS = [(_PATTERNS[:6], re.I, r"\w-"), (_PATTERNS[6:], re.I, r"\w"),
          ([r"\b\d{1,2}\s+May\b", r"(?i:today)"], 0, r"\w")]


def _joint():
    return Scanner.joint(*_LISTS)


@settings(max_examples=400, deadline=None)
@given(text=_texts())
def test_each_part_of_a_joint_scanner_finds_what_its_patterns_find(text):
    for part, (patterns, flags, not_after) in zip(_joint(), _LISTS, strict=True):
        alone = [re.compile(f"(?<![{not_after}])(?:{p})", flags) for p in patterns]
        assert [p.pattern for p in part.patterns] == [p.pattern for p in alone]
        assert [[m.span() for m in ms] for ms in part.finditer(text)] == \
            [[m.span() for m in p.finditer(text)] for p in alone]
        alternation = re.compile("|".join(f"(?P<p{i}>{p.pattern})" for i, p in enumerate(alone)), flags)
        assert [(i, m.span()) for i, m in part.first(text)] == \
            [(int(m.lastgroup[1:]), m.span()) for m in alternation.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(text=st.text())
def test_the_joint_pass_finds_every_place_a_pattern_matches(text):
    # the one pass over the words gives each list every place where one of its patterns matches
    parts = _joint()
    for k, (patterns, flags, not_after) in enumerate(_LISTS):
        places = {at: set(which) for at, which in parts[k].scanner.candidates_of(text, k)}
        lo = parts[k].scanner._ranges[k][0]
        for i, p in enumerate(patterns):
            compiled = re.compile(f"(?<![{not_after}])(?:{p})", flags)
            for at in range(len(text) + 1):
                if compiled.match(text, at):
                    assert lo + i in places.get(at, ()), (p, at)


def test_a_joint_scanner_reads_a_text_once_for_all_its_lists():
    status, context, dates = _joint()
    text = "They will send 12 tanks to Kyiv on 3 May; more today"
    first = status.scanner.candidates_of(text, 0)
    assert status.scanner.candidates_of(text, 0) is first  # the pass is not made again for the same text
    assert [m.group() for m in dates.finditer(text)[0]] == ["3 May"]
    assert [m.group() for m in context.finditer(text)[0]] == ["to"]
    assert [(i, m.group()) for i, m in status.first(text)] == [(0, "will send"), (4, "3 May")]


# ---- a list that reads some characters as others (``reads_as``) --------------------------------------

_AS_SPACES = str.maketrans({q: " " for q in "\"“”«"})
_READ_LISTS = [([r"will\s+send", r"\bsay\s+no\b", r"(?:\bthe|\b\w+'s)\s+answer", r"\s+yes", r"\bno\s"], re.I, r"\w-",
                _AS_SPACES),
               ([r"\"\w+\"", r"will\s+send", r"\bno\b"], re.I, r"\w"),
               ([r"\b\d{1,2}\s+May\b"], 0, r"\w")]
_READ_WORDS = ["will", "send", "say", "no", "the", "answer", "Kyiv's", "yes", "12", "May", "x", "é"]
_READ_SEPARATORS = [" ", "\"", "“", "”", "«", " \"", "\" ", ",\"", "\n", "'", ""]


def _quoted_texts():
    return st.lists(st.tuples(st.sampled_from(_READ_WORDS), st.sampled_from(_READ_SEPARATORS)), max_size=14).map(
        lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(_quoted_texts(), st.text()))
def test_a_list_that_reads_quotes_as_spaces_finds_what_its_patterns_find_in_that_reading(text):
    parts = Scanner.joint(*_READ_LISTS)
    for part, (patterns, flags, not_after, *reads) in zip(parts, _READ_LISTS, strict=True):
        read = text.translate(reads[0]) if reads else text
        alone = [re.compile(f"(?<![{not_after}])(?:{p})", flags) for p in patterns]
        assert [[m.span() for m in ms] for ms in part.finditer(text)] == \
            [[m.span() for m in p.finditer(read)] for p in alone]
        alternation = re.compile("|".join(f"(?P<p{i}>{p.pattern})" for i, p in enumerate(alone)), flags)
        assert [(i, m.span()) for i, m in part.first(text)] == \
            [(int(m.lastgroup[1:]), m.span()) for m in alternation.finditer(read)]


def test_the_places_of_a_reading_are_found_in_the_one_pass_over_the_text():
    status, context, _ = Scanner.joint(*_READ_LISTS)
    text = 'Kyiv\'s" answer: they "will" send; Rome\'s answer, "no" more'
    places = status.scanner.candidates_of(text, 0)
    assert status.scanner.candidates_of(text, 1) is status.scanner._last[1][1]  # one pass for both lists
    assert [m.group() for m in status.finditer(text)[0]] == ["will  send"]  # matched in the reading
    assert text.index("will") in dict(places)
    assert [m.group() for m in context.finditer(text)[0]] == ['"will"', '"no"']


def test_a_reading_may_only_change_non_word_characters():
    with pytest.raises(ValueError):
        Scanner(["send"], reads_as=str.maketrans({"a": " "}))
    with pytest.raises(ValueError):
        Scanner(["send"], reads_as=str.maketrans({"\"": "  "}))


def test_a_word_is_asked_about_with_the_character_after_it_only_when_seen_again():
    scanner = Scanner([r"will\s+send", r"\w+'s\s+answer"], re.I)
    once = "They will send it"
    assert [m.group() for m in scanner.finditer(once)[0]] == ["will send"]
    assert "will " not in scanner._refined and "They " not in scanner._refined  # tried there, not asked
    assert (0, (1,)) in scanner.candidates(once)  # "They" may begin "They's answer": tried
    again = "They said so. They will send more"
    assert [m.group() for m in scanner.finditer(again)[0]] == ["will send"]
    assert scanner._refined["They "] == () and scanner._refined["will "] == (0,)  # asked the second time
    assert all(at != again.index("They", 1) for at, _ in scanner.candidates(again))
