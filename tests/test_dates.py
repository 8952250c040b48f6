import datetime as dt

import pytest

from aidledger.mentions.dates import find_dates, resolve_weekday

FRIDAY = dt.date(2022, 6, 24)


@pytest.mark.parametrize("text,expected", [
    ("announced on Thursday", dt.date(2022, 6, 23)),
    ("said on Friday", dt.date(2022, 6, 24)),
    ("said on Saturday", dt.date(2022, 6, 18)),
    ("today", FRIDAY),
    ("yesterday", dt.date(2022, 6, 23)),
    ("on 3 March 2021", dt.date(2021, 3, 3)),
    ("on March 3, 2021", dt.date(2021, 3, 3)),
    ("on 2021-03-03", dt.date(2021, 3, 3)),
    ("on June 12", dt.date(2022, 6, 12)),
    ("on Oct. 11", dt.date(2021, 10, 11)),
])
def test_resolved_against_publication(text, expected):
    (m,) = find_dates(text, published=FRIDAY)
    assert m.date == expected
    assert text[m.start:m.end] == m.text


def test_without_publication_relative_dates_stay_open():
    (m,) = find_dates("on Thursday", published=None)
    assert m.date is None
    (m,) = find_dates("on June 12", published=None)
    assert m.date is None


def test_month_only_is_not_a_date():
    assert find_dates("In May the ministry said", published=FRIDAY) == []
    assert find_dates("In May 2024 the ministry said", published=FRIDAY) == []


def test_weekday_on_publication_day_is_that_day():
    assert resolve_weekday("Tuesday", dt.date(2023, 1, 31)) == dt.date(2023, 1, 31)


def test_many_dates_in_a_long_text():
    # 40,000 dates: linear time keeps this well under a second (it took minutes when quadratic)
    text = "said on Monday, March 3. " * 20000
    found = find_dates(text, published=FRIDAY)
    assert len(found) == 40000
    assert found[-1].date == dt.date(2022, 3, 3) and found[-2].date == dt.date(2022, 6, 20)
