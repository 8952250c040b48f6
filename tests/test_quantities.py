"""Tests for aidledger.mentions.quantities (find_quantities, conversion_agrees)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidledger.mentions.quantities import conversion_agrees, find_quantities
from aidledger.units import Q_

FORMS = [
    ("155 mm", Q_(155, "mm"), "length"),
    ("155mm", Q_(155, "mm"), "length"),
    ("155-mm", Q_(155, "mm"), "length"),
    ("155-millimetre", Q_(155, "mm"), "length"),
    ("40 km", Q_(40, "km"), "length"),
    ("40-kilometer", Q_(40, "km"), "length"),
    ("80 kilometers", Q_(80, "km"), "length"),
    ("24 kilometres", Q_(24, "km"), "length"),
    ("50 miles", Q_(50, "mile"), "length"),
    ("500 kilometres", Q_(500, "km"), "length"),
    ("1,000 tonnes", Q_(1000, "metric_ton"), "mass"),
    ("2,5 tons", Q_(2.5, "metric_ton"), "mass"),
    ("300,000 rounds", Q_(300000, "round"), "count"),
    ("50,000 shells", Q_(50000, "round"), "count"),
    ("50,000 artillery shells", Q_(50000, "round"), "count"),
    ("70,000 pieces of ammunition", Q_(70000, "round"), "count"),
    ("100 litres", Q_(100, "liter"), "volume"),
    ("35mm", Q_(35, "mm"), "length"),
    ("120-mm", Q_(120, "mm"), "length"),
    ("7.62 mm", Q_(7.62, "mm"), "length"),
    ("5.56mm", Q_(5.56, "mm"), "length"),
    ("12.7 mm", Q_(12.7, "mm"), "length"),
    ("7.62×39mm", Q_(7.62, "mm"), "length"),
    ("12 units", Q_(12, "unit"), "count"),
    ("3 batteries", Q_(3, "battery"), "count"),
    ("200 km/h", Q_(200, "km/h"), "speed"),
    ("two weeks", Q_(2, "week"), "time"),
    ("500 kg", Q_(500, "kg"), "mass"),
    ("a 2,000-pound bomb", Q_(2000, "pound"), "mass"),
    ("1.5 million rounds", Q_(1500000, "round"), "count"),
]


@pytest.mark.parametrize("expr,quantity,kind", FORMS)
def test_forms(expr, quantity, kind):
    text = f"Officials said {expr} were delivered."
    (q,) = find_quantities(text)
    assert text[q.start : q.end] == q.text
    assert q.text in expr
    assert q.quantity.units == quantity.units
    assert q.quantity.magnitude == pytest.approx(quantity.magnitude)
    assert q.kind == kind


@pytest.mark.parametrize(
    "text,outer,inner,agrees",
    [
        ("about 5 kilometers (3 miles) north", "5 kilometers", "3 miles", True),
        ("about 9 kilometres (6 miles) south", "9 kilometres", "6 miles", True),
        ("1,500,000 kilometres (930,000 mi)", "1,500,000 kilometres", "930,000 mi", True),
        ("a range of 40 km (25 miles)", "40 km", "25 miles", True),
        ("a range of 40 km (about 25 miles)", "40 km", "25 miles", True),
        ("a range of 40 km (15 miles)", "40 km", "15 miles", False),
        ("weighs 10 tonnes (22,000 pounds)", "10 tonnes", "22,000 pounds", True),
    ],
)
def test_conversions(text, outer, inner, agrees):
    (q,) = find_quantities(text)
    assert q.text == outer and q.conversion is not None and q.conversion.text == inner
    assert conversion_agrees(q) is agrees


def test_no_conversion():
    (q,) = find_quantities("40 km away")
    assert conversion_agrees(q) is None


def test_different_dimension_is_not_a_conversion():
    qs = find_quantities("300 rounds (12 tonnes)")
    assert [q.text for q in qs] == ["300 rounds", "12 tonnes"]


@pytest.mark.parametrize(
    "text",
    [
        "12,400 new rounds",
        "$40m",
        "£5 bn",
        "F-16 jets",
        "Leopard 2A4",
        "4km^2",
        "4 km squared",
        "5% more",
        "2 in the morning",
        "two and a half billion pounds",
    ],
)
def test_not_quantities(text):
    assert find_quantities(text) == []


@settings(max_examples=300)
@given(st.text())
def test_never_raises_and_spans_valid(text):
    last = -1
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.start >= last
        last = q.end


@settings(max_examples=200)
@given(st.text(alphabet="0123456789 ,.-()kmgtlx×roundsilef", max_size=50))
def test_never_raises_on_quantity_like_text(text):
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        conversion_agrees(q)


@given(st.integers(min_value=1, max_value=10**9))
def test_rounds_round_trip(n):
    (q,) = find_quantities(f"It sent {n:,} rounds.")
    assert q.quantity.magnitude == n and str(q.quantity.units) == "round"


def test_a_unit_symbol_before_a_hyphen_and_digit_is_a_designation() -> None:
    # "4 L-39" counts jets (no 4 litres); "20 L of fuel", "a 40-km range" stay quantities
    assert [q.text for q in find_quantities("4 L-39 jets and 6 L-119 guns")] == []
    assert [q.text for q in find_quantities("20 L of fuel and a 40-km range")] == ["20 L", "40-km"]
