"""Tests for aidledger.mentions.numbers (find_numbers, parse_number)."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidledger.mentions.numbers import find_numbers, parse_number

D = Decimal

# (sentence, [(text, value, approximate, kind), ...])
CASES = [
    ("Canada sent 12 howitzers.", [("12", D(12), False, "digits")]),
    ("It will deliver 1,500 rounds.", [("1,500", D(1500), False, "digits")]),
    ("Some 1\u00a0500 soldiers were trained.", [("1\u00a0500", D(1500), True, "digits")]),
    ("Exactly 1\u2009500 helmets.", [("1\u2009500", D(1500), False, "digits")]),
    ("A total of 1 500 000 rounds.", [("1 500 000", D(1500000), False, "digits")]),
    (
        "In 2022 300 tanks were promised.",
        [("2022", D(2022), False, "digits"), ("300", D(300), False, "digits")],
    ),
    ("Poland sent 50.000 rounds.", [("50.000", D(50000), False, "digits")]),
    ("Poland sent 1.500.000 rounds.", [("1.500.000", D(1500000), False, "digits")]),
    ("A ratio of 1.500 was cited.", [("1.500", D("1.5"), False, "digits")]),
    # the continental "1.100 million" is 1,100 million; "1.5 million" stays 1.5 million
    ("Madrid will send 1.100 million euros.", [("1.100 million", D(1_100_000_000), False, "mixed")]),
    ("Madrid will send 1.5 million euros.", [("1.5 million", D(1_500_000), False, "mixed")]),
    # a translation's abbreviated thousand
    ("shells 155 mm - 40 thous.", [("155", D(155), False, "digits"), ("40 thous", D(40_000), False, "mixed")]),
    ("The package is 2.5 times larger.", [("2.5", D("2.5"), False, "digits")]),
    ("They sent a dozen drones.", [("a dozen", D(12), False, "words")]),
    ("They sent two dozen drones.", [("two dozen", D(24), False, "words")]),
    ("They sent dozens of drones.", []),
    ("Hundreds of soldiers and thousands of shells.", []),
    ("Nine tanks arrived.", [("Nine", D(9), False, "words")]),
    ("twenty-five armoured vehicles", [("twenty-five", D(25), False, "words")]),
    ("one hundred and twenty shells", [("one hundred and twenty", D(120), False, "words")]),
    ("a hundred trucks", [("a hundred", D(100), False, "words")]),
    ("two and a half billion pounds", [("two and a half billion", D(2500000000), False, "words")]),
    ("about 1.5 million rounds", [("1.5 million", D(1500000), True, "mixed")]),
    ("a package worth $2.5bn", [("2.5bn", D(2500000000), False, "mixed")]),
    ("the €500m facility", [("500m", D(500000000), False, "mixed")]),
    ("the 500m bridge", [("500", D(500), False, "digits")]),
    ("300k shells", [("300k", D(300000), False, "mixed")]),
    ("a couple of 1000s of rounds", [("a couple of 1000s", D(2000), True, "mixed")]),
    ("a couple of thousand rounds", [("a couple of thousand", D(2000), True, "words")]),
    ("a couple of tanks", [("a couple of", D(2), True, "words")]),
    ("a pair of radars", [("a pair of", D(2), False, "words")]),
    # after a word of more, the count is the words from "pair" (the word of more stays outside the mention)
    ("a further pair of launchers", [("pair of", D(2), False, "words")]),
    ("another pair of radars", [("pair of", D(2), False, "words")]),
    ("an additional pair of trucks", [("pair of", D(2), False, "words")]),
    ("a second pair of boats", [("pair of", D(2), False, "words")]),
    ("another couple of tanks", [("couple of", D(2), True, "words")]),
    ("31x M113\n12x Leopard", [("31x", D(31), False, "mixed"), ("12x", D(12), False, "mixed")]),
    ("the first four Abrams", [("four", D(4), False, "words")]),
    ("half a million shells", [("half a million", D(500000), False, "words")]),
    ("a million rounds", [("a million", D(1000000), False, "words")]),
    ("the 25th package", []),
    ("the first tranche and the second", []),
    ("F-16, MiG-29, Leopard 2A4, M777, T-72, 2S19", []),
    ("155mm shells", [("155", D(155), False, "digits")]),
    ("155-mm shells", [("155", D(155), False, "digits")]),
    ("at 10:30 on Monday", []),
    ("a 5% rise and 5 per cent more, five percent", []),
    ("one of them", [("one", D(1), False, "words")]),
    ("a tank and an aircraft", []),
    ("the twenty-first package", []),
    ("a third tranche", []),
    ("a third of the tanks", [("a third", D(1) / D(3), False, "words")]),
    ("two thirds of the aid", [("two thirds", D(2) / D(3), False, "words")]),
    ("a quarter of a million rounds", [("a quarter of a million", D(250000), False, "words")]),
    ("up to 40 drones", [("40", D(40), True, "digits")]),
    (
        "nearly 90, almost 100, more than 200, at least 7, over 3, ~8",
        [
            ("90", D(90), True, "digits"),
            ("100", D(100), True, "digits"),
            ("200", D(200), True, "digits"),
            ("7", D(7), True, "digits"),
            ("3", D(3), True, "digits"),
            ("8", D(8), True, "digits"),
        ],
    ),
    (
        "three million, two hundred & forty",
        [("three million, two hundred & forty", D(3000240), False, "words")],
    ),
    ("the 1990s", []),
    ("at 2pm and 3 a.m.", []),
    ("a 4x4 truck", []),
    ("007 and 0.5", [("0.5", D("0.5"), False, "digits")]),
    ("CHF100 million", [("100 million", D(100000000), False, "mixed")]),
    (
        "one, two, three",
        [("one", D(1), False, "words"), ("two", D(2), False, "words"), ("three", D(3), False, "words")],
    ),
    ("ONE HUNDRED TANKS", [("ONE HUNDRED", D(100), False, "words")]),
    ("Someone gave none", []),
    ("2 dozen and 3 thousand", [("2 dozen", D(24), False, "mixed"), ("3 thousand", D(3000), False, "mixed")]),
    (
        "£2.3 bn and 10 mn",
        [("2.3 bn", D(2300000000), False, "mixed"), ("10 mn", D(10000000), False, "mixed")],
    ),
    ("dated 24/02/2022", []),
    ("10 000 euros", [("10 000", D(10000), False, "digits")]),
    # a number word in a compound adjective is no count; "-odd" keeps its number
    ("a further 300 one-way attack drones", [("300", D(300), False, "digits")]),
    ("six two-seat trainers", [("six", D(6), False, "words")]),
    ("fifty-odd tanks", [("fifty", D(50), False, "words")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_find_numbers(text, expected):
    got = find_numbers(text)
    assert [(m.text, m.value, m.approximate, m.kind) for m in got] == expected
    for m in got:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "s,value",
    [
        ("12", D(12)),
        ("1,500", D(1500)),
        ("a dozen", D(12)),
        ("twenty-five", D(25)),
        ("2.5bn", D(2500000000)),
        ("-7", D(-7)),
        ("  42 ", D(42)),
        ("dozens", None),
        ("12 tanks", None),
        ("", None),
        ("about 5", None),
        ("F-16", None),
        ("half a million", D(500000)),
    ],
)
def test_parse_number(s, value):
    assert parse_number(s) == value


@settings(max_examples=300)
@given(st.text())
def test_never_raises_and_spans_valid(text):
    got = find_numbers(text)
    last = -1
    for m in got:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last
        last = m.end


@settings(max_examples=200)
@given(st.text(alphabet="0123456789 ,.abcdefghijklmnotuvwxyz-$€%:/\u00a0", max_size=60))
def test_never_raises_on_number_like_text(text):
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.text


@given(st.integers())
def test_int_round_trip(n):
    assert parse_number(str(n)) == n


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_comma_format_round_trip(n):
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=10**9))
def test_number_in_sentence(n):
    text = f"Officials said {n:,} rounds were sent."
    (m,) = find_numbers(text)
    assert m.value == n and m.text == f"{n:,}"


def test_a_count_written_with_a_plus_sign_in_a_post_is_a_number_and_a_sign_glued_to_a_word_is_not():
    from aidledger.mentions.numbers import find_numbers
    assert [int(n.value) for n in find_numbers("Netherlands: +18 F-16s for Ukraine")] == [18]
    assert [int(n.value) for n in find_numbers("(+4 launchers)")] == [4]
    assert find_numbers("C+4 trucks") == []


@pytest.mark.parametrize("text, expected", [
    # one space group at the end of a list line or of a sentence: thousands (how lists in many languages write them)
    ("- 152 mm shells: about 14 000\n- radars: 2", [152, 14000, 2]),
    ("Hand grenades – 7 500;", [7500]),
    ("Rifle cartridges: 2 300.", [2300]),
    # before other words a single space group stays two numbers ("12 155 mm guns")
    ("Slovakia sent 16 152 mm guns.", [16, 152]),
])
def test_a_single_space_group_at_the_end_of_a_line_is_thousands(text, expected):
    assert [int(n.value) for n in find_numbers(text)] == expected
