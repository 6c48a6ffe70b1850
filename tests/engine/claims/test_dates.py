from datetime import date

from sourcetrace.contract import parse_iso_date
from sourcetrace.engine.claims.dates import find_dates

PUBLISHED = date(2022, 10, 3)


def values(text, published=PUBLISHED):
    return [(d.text, d.value, d.resolved) for d in find_dates(text, published)]


def test_month_day_takes_the_year_before_publication():
    assert values("who ordered the invasion of Ukraine on February 24") == [("February 24", "2022-02-24", True)]
    assert values("the vote on November 8") == [("November 8", "2021-11-08", True)]


def test_future_talk_looks_forward():
    assert values("they will vote in March") == [("March", "2023-03", True)]


def test_bare_month_and_relative_year():
    assert values("a report published in August") == [("August", "2022-08", True)]
    assert values("after the US withdrawal last year") == [("last year", "2021", True)]
    assert values("yesterday") == [("yesterday", "2022-10-02", True)]


def test_absolute_dates_need_no_publication_date():
    assert values("on May 5, 2021", None) == [("May 5, 2021", "2021-05-05", True)]
    assert values("in 2019 the", None) == [("2019", "2019", True)]


def test_unresolvable_without_publication_date():
    assert values("on February 24 and last year", None) == [("February 24", None, False), ("last year", None, False)]


def test_modal_may_is_not_a_month():
    assert values("it may rain") == []


def test_publication_date_parsing():
    assert parse_iso_date("2022-10-03T10:00:00+00:00") == PUBLISHED
    assert parse_iso_date("not a date") is None
    assert parse_iso_date(None) is None
