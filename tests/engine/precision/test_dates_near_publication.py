"""Dates near publication: the nearest sensible year, and a weekday named on that very day."""
from datetime import date

from sourcetrace.engine.claims.dates import find_dates

DEC_30_2019 = date(2019, 12, 30)  # a Monday
FRI_27_DEC_2019 = date(2019, 12, 27)


def value(text, published):
    return [d.value for d in find_dates(text, published)]


def test_a_day_just_before_publication_stays_in_that_year_in_a_claim_that_looks_ahead():
    assert value("the talks, which began on Dec. 19, will resume next week", DEC_30_2019) == ["2019-12-19"]
    assert value("the council met on Dec. 19", DEC_30_2019) == ["2019-12-19"]
    # far from publication, the tense still decides
    assert value("the council will meet on March 3", DEC_30_2019) == ["2020-03-03"]
    assert value("the council met on March 3", DEC_30_2019) == ["2019-03-03"]


def test_a_month_just_after_publication_is_the_coming_one_even_in_the_past_tense():
    assert value("the vote was moved to January", DEC_30_2019) == []  # no preposition before a bare month
    assert value("the vote was moved to early January", DEC_30_2019) == ["2020-01"]


def test_on_friday_in_a_friday_paper_is_that_day_in_the_past_tense_and_a_week_on_in_the_future():
    assert value("The council voted on Friday.", FRI_27_DEC_2019) == ["2019-12-27"]
    assert value("The mayor will speak on Friday.", FRI_27_DEC_2019) == ["2020-01-03"]
    assert value("The council voted last Friday.", FRI_27_DEC_2019) == ["2019-12-20"]
    assert value("The council voted on Tuesday.", FRI_27_DEC_2019) == ["2019-12-24"]


def test_would_in_reported_speech_looks_ahead_but_would_have_looks_back():
    assert value("the board would meet again in March", DEC_30_2019) == ["2020-03"]
    assert value("he would have turned 80 in March", DEC_30_2019) == ["2019-03"]
