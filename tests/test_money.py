"""Tests for aidledger.mentions.money (find_money, resolve_currency)."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidledger.mentions.money import find_money, resolve_currency
from aidledger.mentions.numbers import find_numbers

D = Decimal
M = 10**6
B = 10**9

# (expression, amount, currency, explicit, symbol); each is tested alone and inside a sentence
FORMS = [
    ("€200 million", 200 * M, "EUR", True, "€"),
    ("€5 billion", 5 * B, "EUR", True, "€"),
    ("€118 million", 118 * M, "EUR", True, "€"),
    ("EUR 200 million", 200 * M, "EUR", True, "EUR"),
    ("200 million euros", 200 * M, "EUR", True, "euros"),
    ("450 million dollars", 450 * M, "USD", False, "dollars"),
    ("$2.5bn", D("2.5") * B, "USD", False, "$"),
    ("$2.5 billion", D("2.5") * B, "USD", False, "$"),
    ("$500m", 500 * M, "USD", False, "$"),
    ("US$7 billion", 7 * B, "USD", True, "US$"),
    ("U.S. $31 million", 31 * M, "USD", True, "U.S. $"),
    ("USD 300 million", 300 * M, "USD", True, "USD"),
    ("£2.3 billion", D("2.3") * B, "GBP", True, "£"),
    ("two and a half billion pounds", D("2.5") * B, "GBP", False, "pounds"),
    ("CAN$90 million", 90 * M, "CAD", True, "CAN$"),
    ("C$500 million", 500 * M, "CAD", True, "C$"),
    ("$CAN406 million", 406 * M, "CAD", True, "$CAN"),
    ("CAD 50 million", 50 * M, "CAD", True, "CAD"),
    ("A$100 million", 100 * M, "AUD", True, "A$"),
    ("AUD 110 million", 110 * M, "AUD", True, "AUD"),
    ("SEK 4.3 billion", D("4.3") * B, "SEK", True, "SEK"),
    ("4.3 billion Swedish kronor", D("4.3") * B, "SEK", True, "Swedish kronor"),
    ("2.3 billion kroner", D("2.3") * B, None, False, "kroner"),
    ("NOK 7.5 billion", D("7.5") * B, "NOK", True, "NOK"),
    ("DKK 1.7 billion", D("1.7") * B, "DKK", True, "DKK"),
    ("CHF100 million", 100 * M, "CHF", True, "CHF"),
    ("100 million Swiss francs", 100 * M, "CHF", True, "Swiss francs"),
    ("3 billion zloty", 3 * B, "PLN", True, "zloty"),
    ("PLN 3 billion", 3 * B, "PLN", True, "PLN"),
    ("¥10 billion", 10 * B, "JPY", False, "¥"),
    ("10 billion yen", 10 * B, "JPY", True, "yen"),
    ("KRW 1 trillion", 10**12, "KRW", True, "KRW"),
    ("CZK 2 billion", 2 * B, "CZK", True, "CZK"),
    ("1 billion Czech crowns", 1 * B, "CZK", True, "Czech crowns"),
    ("€2.6bn", D("2.6") * B, "EUR", True, "€"),
    ("$1 billion", 1 * B, "USD", False, "$"),
    ("$35.1 billion", D("35.1") * B, "USD", False, "$"),
    ("€17 billion", 17 * B, "EUR", True, "€"),
    ("€1.5m", D("1.5") * M, "EUR", True, "€"),
    ("a billion dollars", 1 * B, "USD", False, "dollars"),
    ("$100,000", 100000, "USD", False, "$"),
    ("HUF 20 billion", 20 * B, "HUF", True, "HUF"),
    ("RON 500 million", 500 * M, "RON", True, "RON"),
    ("BGN 100 million", 100 * M, "BGN", True, "BGN"),
    ("2 billion Turkish lira", 2 * B, "TRY", True, "Turkish lira"),
    ("ISK 300 million", 300 * M, "ISK", True, "ISK"),
    ("5 billion hryvnias", 5 * B, "UAH", True, "hryvnias"),
    ("NZ$5 million", 5 * M, "NZD", True, "NZ$"),
    ("NZD 4 million", 4 * M, "NZD", True, "NZD"),
    ("1 trillion won", 10**12, "KRW", True, "won"),
    ("200 million USD", 200 * M, "USD", True, "USD"),
    ("15 €", 15, "EUR", True, "€"),
    ("EUR 1,5 mld", D("1.5") * B, "EUR", True, "EUR"),
    ("2 mlrd euro", 2 * B, "EUR", True, "euro"),
    ("PLN 4,2 mld", D("4.2") * B, "PLN", True, "PLN"),
    ("Rs 500 crore", 5 * B, "INR", True, "Rs"),
    ("$US1 billion", 1 * B, "USD", True, "$US"),
    ("$NZ5 million", 5 * M, "NZD", True, "$NZ"),
    ("$AU20m", 20 * M, "AUD", True, "$AU"),
    ("CDN$50 million", 50 * M, "CAD", True, "CDN$"),
    ("₹2 lakh", 200000, "INR", True, "₹"),
]


@pytest.mark.parametrize("expr,amount,currency,explicit,symbol", FORMS)
def test_forms(expr, amount, currency, explicit, symbol):
    for prefix, suffix in (("", ""), ("The minister announced ", " in military aid on Friday.")):
        text = prefix + expr + suffix
        (m,) = find_money(text)
        assert m.text == expr
        assert text[m.start : m.end] == m.text
        assert m.amount == amount
        assert m.currency == currency
        assert m.explicit is explicit
        assert m.symbol == symbol
        assert m.conversion is None


@pytest.mark.parametrize(
    "text,outer,inner",
    [
        ("Berlin pledged €200 million ($217 million) on Friday.", "€200 million", "$217 million"),
        ("Oslo gives 2.3 billion kroner (308 million euros).", "2.3 billion kroner", "308 million euros"),
        ("London: $2.5 billion (£2 billion) for drones.", "$2.5 billion", "£2 billion"),
        ("Bern: CHF 100 million (US$ 105 million).", "CHF 100 million", "US$ 105 million"),
        ("Rome: €1 billion (about $1.1 billion).", "€1 billion", "$1.1 billion"),
        ("Paris: €200 million — or $217 million — for shells.", "€200 million", "$217 million"),
        ("Oslo: 5 billion crowns, or about $480 million, for Kyiv.", "5 billion crowns", "$480 million"),
        ("Copenhagen: DKK 1.3 billion, equivalent to $190 million, for shells.", "DKK 1.3 billion", "$190 million"),
        ("The Hague: €100 million — roughly $108 million — for drones.", "€100 million", "$108 million"),
        ("Tokyo: ¥15 billion, some $100 million, for missiles.", "¥15 billion", "$100 million"),
    ],
)
def test_conversions(text, outer, inner):
    (m,) = find_money(text)
    assert m.text == outer and m.conversion is not None and m.conversion.text == inner
    c = m.conversion
    assert text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    "text,approx",
    [
        ("about $5bn", True),
        ("almost €2 billion", True),
        ("up to 2 billion kroner", True),
        ("nearly £1bn", True),
        ("more than $3 billion", True),
        ("over €500 million", True),
        ("$5bn", False),
    ],
)
def test_approximate(text, approx):
    (m,) = find_money(text)
    assert m.approximate is approx


@pytest.mark.parametrize(
    "text",
    ["a $ sign", "Su-25 jets", "a 500 pounds bomb", "they won 3 medals", "F-16 and 155mm", "USD", "€", "5%"],
)
def test_not_money(text):
    assert find_money(text) == []


@pytest.mark.parametrize(
    "expr,donor,expected",
    [
        ("$500 million", "CAN", "CAD"),
        ("$500 million", "AUS", "AUD"),
        ("$500 million", "NZL", "NZD"),
        ("$500 million", "USA", "USD"),
        ("$500 million", "DEU", "USD"),
        ("$500 million", None, "USD"),
        ("450 million dollars", "CAN", "CAD"),
        ("2.3 billion kroner", "DNK", "DKK"),
        ("2.3 billion kroner", "NOR", "NOK"),
        ("2.3 billion kronor", "SWE", "SEK"),
        ("1 billion crowns", "CZE", "CZK"),
        ("500 million kronur", "ISL", "ISK"),
        ("2.3 billion kroner", "FRA", None),
        ("2.3 billion kroner", None, None),
        ("US$7 billion", "CAN", "USD"),
        ("€200 million", "USA", "EUR"),
        ("SEK 4.3 billion", "NOR", "SEK"),
        ("two billion pounds", "GBR", "GBP"),
        ("two billion pounds", "DEU", "GBP"),
        ("10 billion yen", "JPN", "JPY"),
        ("1 trillion won", "KOR", "KRW"),
    ],
)
def test_resolve_currency(expr, donor, expected):
    (m,) = find_money(expr)
    assert resolve_currency(m, donor) == expected


@settings(max_examples=300)
@given(st.text())
def test_never_raises_and_spans_valid(text):
    last = -1
    for m in find_money(text):
        assert text[m.start : m.end] == m.text
        assert m.start >= last
        last = m.end
        if m.conversion is not None:
            assert text[m.conversion.start : m.conversion.end] == m.conversion.text


@settings(max_examples=200)
@given(st.text(alphabet="0123456789 ,.$€£¥()kmbnMBUSDEURCHF-", max_size=50))
def test_never_raises_on_money_like_text(text):
    for m in find_money(text):
        assert text[m.start : m.end] == m.text


@given(st.integers(min_value=0, max_value=10**9))
def test_euro_million_round_trip(n):
    (m,) = find_money(f"It pledged €{n:,} million.")
    assert m.amount == n * 10**6 and m.currency == "EUR" and m.text == f"€{n:,} million"


@given(st.integers(min_value=1, max_value=10**12))
def test_dollar_plain_round_trip(n):
    (m,) = find_money(f"a grant of ${n:,} for training")
    assert m.amount == n and m.currency == "USD"


@given(st.text(alphabet="kKrRsdolaeuDOLLAR€$zł č ABC1\n-"))
def test_quick_check_is_the_alternation(text):
    from aidledger.mentions.money import _QUICK, _quick
    assert _quick(text) == (_QUICK.search(text) is not None)


def test_a_scale_written_once_after_a_range_scales_its_lower_bound():
    assert [(m.text, m.amount, m.currency) for m in find_money("Britain will give £100-150 million for drones.")] == [
        ("£100-150 million", Decimal("100000000"), "GBP")]
    assert [m.amount for m in find_money("€2 to 3 billion")] == [Decimal("2000000000")]


def test_a_second_amount_after_a_comma_is_a_conversion_only_in_another_currency_with_about():
    assert [m.text for m in find_money("Berlin gave €100 million, about €50 million of it for shells.")] == [
        "€100 million", "€50 million"]
    assert [m.text for m in find_money("Madrid gave €20 million, $30 million came from Rome.")] == [
        "€20 million", "$30 million"]


@pytest.mark.parametrize("text, amount", [
    ("Berlin will give €1.5 billon in aid.", 1_500_000_000),
    ("Oslo will give 500 milion kroner.", 500_000_000),
])
def test_a_misspelt_scale_word_still_scales(text, amount):
    (m,) = find_money(text)
    assert m.amount == amount


@pytest.mark.parametrize("text, amount", [
    ("Stockholm will give SEK 7,1 billion.", 7_100_000_000),
    ("Rome: €2,5 billion for drones.", 2_500_000_000),
    ("Tallinn: EUR 1,25 bn in aid.", 1_250_000_000),
])
def test_a_decimal_comma_before_a_scale_word(text, amount):
    (m,) = find_money(text)
    assert m.amount == amount


def test_an_amount_whose_currency_is_left_out_before_its_conversion_takes_the_currency_before_it():
    text = ("Ottawa will give 5 million Canadian dollars ($3.6 million) for radars and about 20 million ($14.6 million)"
            " for shells.")
    found = [(m.text, m.amount, m.currency, m.conversion and m.conversion.currency) for m in find_money(text)]
    assert found == [("5 million Canadian dollars", 5 * M, "CAD", "USD"), ("20 million", 20 * M, "CAD", "USD")]
    # no amount before it, or a bracket in the same currency: no amount is made up
    assert [m.text for m in find_money("They will train 20 million ($14.6 million) people.")] == ["$14.6 million"]
    assert [m.text for m in find_money("Rome gave €10 million and 20 million (€20 million) more.")] == [
        "€10 million", "€20 million"]
    # another paragraph is another story
    text = "Oslo gave NOK 1 billion.\nAbout 3 million ($2 million) of it went on fuel."
    assert [m.text for m in find_money(text)] == ["NOK 1 billion", "$2 million"]


def test_rs_is_a_currency_only_as_a_word_of_its_own():
    assert find_money("Mrs 500 of the guests") == []


def test_a_comma_group_of_three_digits_stays_thousands():
    assert [n.value for n in find_numbers("They sent 1,500 tanks and 3,000 shells.")] == [1500, 3000]


# ---- money records: the extractor on amounts of money, by class of construction ----------------------

def _money_rows(text):
    from aidledger.extractor import extract
    return sorted((p.donor, p.amount and int(p.amount), p.currency, p.status)
                  for p in extract(text) if p.category == "money")


@pytest.mark.parametrize("text", [
    "With the new package, Britain's military aid to Ukraine rises to £12 billion.",
    "The package brings total German military support to 28 billion euros.",
    "Madrid plans to double its military support for Kyiv, to €2 billion.",
    "Oslo has provided NOK 9 billion in military aid since 2014.",
    "The White House said it had committed $4 billion in security aid since the administration took office.",
    "Germany will increase its military aid to Ukraine by €1bn next year.",
])
def test_a_new_total_or_an_increase_is_no_pledge(text):
    assert _money_rows(text) == []


def test_an_amount_before_a_running_total_is_the_new_pledge():
    text = "Washington announced $800 million in new aid for Ukraine, bringing total US aid to $3.2 billion."
    assert _money_rows(text) == [("USA", 800 * M, "USD", "pledged")]


def test_the_figure_before_up_from_is_the_new_one():
    text = "Berlin said it would provide about 7 billion euros in military aid in 2025, up from 4 billion euros."
    assert _money_rows(text) == [("DEU", 7 * B, "EUR", "pledged")]


@pytest.mark.parametrize("text, donor", [
    ("Vilnius has transferred €10 million to the Czech-led ammunition initiative.", "LTU"),
    ("The drone coalition has received €20 million from Latvia.", "LVA"),
    ("France's air-defence initiative had earlier received 150 million euros from the Netherlands.", "NLD"),
])
def test_money_paid_into_a_pool_for_ukraine_is_funded_whatever_the_tense(text, donor):
    assert [(r[0], r[3]) for r in _money_rows(text)] == [(donor, "funded")]


def test_money_a_country_receives_for_itself_is_not_aid():
    assert _money_rows("Poland received €100 million from the EU fund for its own army.") == []


def test_an_amount_told_again_rounded_or_in_its_converted_currency_is_one_record():
    text = ("Oslo to give over €330 million for air defence\n"
            "Norway's government has approved a package worth NOK 3.9 billion (EUR 334.6 million) for Ukraine.")
    assert _money_rows(text) == [("NOR", 3_900_000_000, "NOK", "pledged")]
    text = "Canada unveiled a C$2 billion (US$1.47 billion) package for Kyiv. The roughly US$1.5 billion buys drones."
    assert _money_rows(text) == [("CAN", 2 * B, "CAD", "pledged")]
    text = "London to give £500m more\nBritain announced a further £505 million in military aid for Ukraine on Monday."
    assert _money_rows(text) == [("GBR", 505 * M, "GBP", "pledged")]


def test_amounts_further_apart_than_a_rounding_stay_two_records():
    text = "Canada unveiled a C$2 billion (US$1.47 billion) package for Kyiv. A further US$1.2 billion goes to drones."
    assert len(_money_rows(text)) == 2


@pytest.mark.parametrize("text", [
    "Each month's requirement comes to about $1 billion, paid in two $500 million tranches.",
    "Washington still has $4 billion left under the drawdown authority for Kyiv.",
    "Close to €300 million has now been raised to buy drones for Ukraine.",
    "Ukraine's funding gap for next year is $12 billion, the minister said.",
])
def test_needs_unspent_authority_and_collected_totals_are_no_pledges(text):
    assert _money_rows(text) == []


def test_money_given_to_meet_a_requirement_is_a_pledge():
    assert _money_rows("The US will provide $500 million to meet Ukraine's requirements for air defence.") == [
        ("USA", 500 * M, "USD", "pledged")]


@pytest.mark.parametrize("text, kept", [
    ("Seoul will give $100 million in humanitarian aid and $30 million in military equipment.", 30 * M),
    ("Tokyo will lend Kyiv $3 billion and give $37 million for defence equipment.", 37 * M),
    ("Oslo will provide NOK 2 billion in military aid and NOK 1 billion for reconstruction.", 2 * B),
])
def test_not_aid_words_of_another_amount_leave_the_military_amount(text, kept):
    assert [r[1] for r in _money_rows(text)] == [kept]


def test_a_not_aid_word_after_a_list_of_amounts_speaks_of_what_follows_them():
    text = "The fund holds Norway's €40 million, Finland's €15 million and income from frozen Russian assets."
    # (the last amount, joined to the not-aid phrase by "and", is a member of its own: dev a111 records the last
    # donor's amount before "and interest on frozen Russian assets")
    assert sorted(r[:2] for r in _money_rows(text)) == [("FIN", 15 * M), ("NOR", 40 * M)]
    # an amount inside the not-aid phrase of the amount before it is no list
    assert _money_rows("Tokyo will give Kyiv $3 billion under the G7's $50 billion loan.") == []


@pytest.mark.parametrize("text, amount", [
    ("This is Sweden's 16th package since the start of the war, worth SEK 5 billion.", 5 * B),
    ("Germany unveiled a €900 million package, its biggest since the invasion began.", 900 * M),
])
def test_an_ordinal_or_a_superlative_before_since_is_a_comparison_not_a_total(text, amount):
    assert [r[1] for r in _money_rows(text)] == [amount]


def test_money_a_donor_has_given_in_total_is_a_total():
    text = "Finland's 25th package is worth €100 million. In total, Finland has given €2.6 billion."
    assert [r[1] for r in _money_rows(text)] == [100 * M]


def test_an_amount_the_recipient_thanks_a_donor_for_is_that_donors_pledge():
    assert _money_rows("Zelensky thanked Denmark for the new DKK 1.2 billion package.") == [
        ("DNK", 1_200_000_000, "DKK", "pledged")]
    assert _money_rows("Zelensky said Ukraine spent $300 million on drones.") == []


def test_money_for_a_pool_named_after_an_alliance_is_for_ukraine():
    assert _money_rows("Canberra will give A$50 million to the NATO Comprehensive Assistance Package trust fund.") == [
        ("AUS", 50 * M, "AUD", "funded")]
    assert _money_rows("Germany sent €50 million to Poland.") == []


def test_the_name_of_the_pool_money_goes_to_is_no_donor():
    text = "Canberra's new package includes:\n- $50 million for drones\n- $10 million for the NATO trust fund"
    assert _money_rows(text) == [("AUS", 10 * M, "AUD", "funded"), ("AUS", 50 * M, "AUD", "pledged")]
    # money paid out of an institution's own instrument is the institution's
    assert [r[0] for r in _money_rows("Kyiv will get €500 million from the European Peace Facility.")] == ["EU"]


def test_money_to_buy_goods_made_by_a_donors_firms_is_aid_money_for_its_own_industry_is_not():
    text = "Ottawa is giving CAD 30 million for armoured cars, plus CAD 5 million to buy radios made by local firms."
    assert [r[1] for r in _money_rows(text)] == [5 * M, 30 * M]
    assert _money_rows("Canada will spend $50 million to expand production at its own ammunition plants.") == []


def test_a_ranking_of_donors_gives_totals_not_pledges():
    assert _money_rows("The largest contributors were the US ($50bn), Germany (€17bn) and the UK (£9bn).") == []


def test_what_a_donors_aid_now_totals_is_a_total():
    assert _money_rows("Canberra's support to Kyiv now totals over A$1.5 billion, A$1.3 billion of it arms.") == []


def test_a_budget_that_earmarks_money_down_from_last_year_is_a_pledge():
    text = "Germany's 2025 budget earmarks €4 billion for military aid to Ukraine, down from €7.5 billion this year."
    assert _money_rows(text) == [("DEU", 4 * B, "EUR", "funded")]


@pytest.mark.parametrize("text, row", [
    ("Rome is considering a further €300 million in military aid for Ukraine.", ("ITA", 300 * M, "EUR", "considering")),
    ("Tokyo is weighing a contribution of $100 million to the NATO fund.", ("JPN", 100 * M, "USD", "considering")),
    ("Hungary blocked the €500 million tranche for Ukraine.", ("HUN", 500 * M, "EUR", "refused")),
    ("Budapest vetoed a new €2 billion aid package for Kyiv.", ("HUN", 2 * B, "EUR", "refused")),
])
def test_an_amount_weighed_or_blocked(text, row):
    assert _money_rows(text) == [row]


def test_a_further_amount_without_its_currency_takes_the_currency_before_it():
    text = "Oslo gave NOK 2 billion in May.\nIn June it set aside another billion for drones and a further 1.5 billion."
    assert [(m.text, m.amount, m.currency) for m in find_money(text)] == [
        ("NOK 2 billion", 2 * B, "NOK"), ("billion", 1 * B, "NOK"), ("1.5 billion", D("1.5") * B, "NOK")]
    # a count of things is no amount; with no amount before it there is no currency to take
    assert [m.text for m in find_money("Rome gave €5m and another million shells.")] == ["€5m"]
    assert find_money("They pledged another billion for drones.") == []


def test_a_combined_or_each_amount_of_several_donors():
    # a combined figure is joint (no donor's share told); "each" gives every donor the amount
    assert _money_rows("Japan, South Korea and Australia pledged a combined $1 billion for Ukraine.") == [
        ("AUS", None, None, "pledged"), ("JPN", None, None, "pledged"), ("KOR", None, None, "pledged")]
    assert _money_rows("Canada and Norway will each contribute $10 million to the trust fund.") == [
        ("CAN", 10 * M, "CAD", "funded"), ("NOR", 10 * M, "USD", "funded")]
    assert _money_rows("Canada and Australia will give $10 million each to the trust fund.") == [
        ("AUS", 10 * M, "AUD", "funded"), ("CAN", 10 * M, "CAD", "funded")]


@pytest.mark.parametrize("text", [
    "The European Commission has proposed €5 billion for the Ukraine Assistance Fund.",
    "Madrid suggested a new €300 million fund for drones for Ukraine.",
])
def test_an_amount_proposed_is_weighed_not_decided(text):
    assert [r[3] for r in _money_rows(text)] == ["considering"]


def test_a_sum_whose_breakdown_is_all_humanitarian_or_financial_is_not_military_aid():
    text = ("Oslo set aside €300 million in aid for Ukraine. Of this, €200 million is for humanitarian needs, "
            "and a further €100 million will support the budget.")
    assert _money_rows(text) == []
    text = ("Copenhagen approved a donation package worth DKK 5 billion. Of this amount, DKK 3 billion will go "
            "to F-16 support.")
    assert [r[1] for r in _money_rows(text)] == [3 * B, 5 * B]


@pytest.mark.parametrize("text, amount", [
    ("the cabinet has took decision to give DKK 3 billions for the air defence of Ukraine", 3 * B),
    ("Australia allocates AUD 25 millions for repairing of equipment", 25 * M),
    ("a grant of €12 millions is confirmed today", 12 * M),
    ("The ministry sends $1.5 billions in new military assistance", D("1.5") * B),
])
def test_a_translations_plural_scale_after_a_currency_is_the_amounts_scale(text, amount):
    (m,) = find_money(text)
    assert m.amount == amount


@pytest.mark.parametrize("text, parts", [
    ("The Dutch government has set aside EUR 2 billion for Ukraine in 2025. Of that, we will spend 400 million on "
     "artillery shells.", [(2 * B, "EUR"), (400 * M, "EUR")]),
    ("Germany's 2026 budget holds EUR 9 billion for Ukraine. The breakdown puts 3 billion of it into air-defence "
     "procurement and 1.5 billion into drones made in Ukraine.", [(9 * B, "EUR"), (3 * B, "EUR"), (1500 * M, "EUR")]),
])
def test_a_part_told_in_the_sentence_after_its_whole_takes_its_currency(text, parts):
    assert [(x.amount, x.currency) for x in find_money(text)] == parts
    # a number in the next sentence with no lead of a breakdown is no part
    other = "Norway gives NOK 2 billion. Some 400 million people watched the summit."
    assert [x.amount for x in find_money(other)] == [2 * B]
