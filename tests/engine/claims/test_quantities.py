import pytest

from sourcetrace.engine.claims.quantities import find_quantities


def one(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_money_with_period_nearby():
    q = one("offering them monthly stipends of $1,500, housing for them")
    assert (q.value, q.unit, q.per, q.approximate) == (1500, "USD", "month", False)


def test_money_words_and_scales():
    assert one("a budget of $3bn a year").value == 3e9
    assert one("fined 5 euros").unit == "EUR"
    assert one("£2.5 million").value == 2_500_000


@pytest.mark.parametrize("text,low,high", [("thousands of commandos", 2000, 9999), ("dozens of people", 24, 99),
                                           ("tens of thousands of people", 20000, 99999)])
def test_vague_quantifiers_are_approximate_ranges(text, low, high):
    q = one(text)
    assert (q.value, q.low, q.high, q.approximate) == (None, low, high, True)


def test_almost_is_a_little_under():
    q = one("forcing almost 200,000 Russians to flee")
    assert q.approximate and q.high == 200000 and q.low == 180000 and q.value is None


def test_about_and_more_than():
    about = one("about 30% of voters")
    assert (about.value, about.unit, about.low, about.high) == (30, "percent", 27, 33)
    more = one("more than 2.5 million people")
    assert (more.low, more.high) == (2_500_000, None)


def test_number_words_count():
    assert one("three former generals told reporters").value == 3


def test_dates_and_pronoun_one_are_not_quantities():
    assert find_quantities("on February 24 2022, one of the generals said") == []
