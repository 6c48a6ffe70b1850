"""Inputs that crashed or hung the engine, each at the mechanism that failed."""
from datetime import date

import pytest

from sourcetrace import analyze
from sourcetrace.contract import Meta
from sourcetrace.contract import parse_iso_date
from sourcetrace.engine.claims.dates import find_dates
from sourcetrace.engine.claims.quantities import find_quantities
from sourcetrace.engine.resolve import _voice_of
from sourcetrace.lab.fuzz import problems
from sourcetrace.lab.wrap import wrap_text

STORY = ("Dock workers at the port of Kelmouth stopped work on Tuesday after talks over pay broke down, "
         "two union officials told the Coastal Herald.\n\n"
         "“We have been patient for eighteen months,” said one of the officials, Marta Quill, adding that "
         "most members had not had a raise since 2021. “Nobody wants a strike. But nobody can live on "
         "promises either.”\n\n"
         "Quill said the union would keep the picket lines peaceful.\n")


def _checked(text: str, meta: Meta | None = None):
    analysis = analyze(text, meta=meta)
    assert problems(analysis, text) == []
    return analysis


def test_voiced_by_chains_with_cycles_end():
    assert _voice_of(0, {0: 1, 1: 2, 2: 1}) in (1, 2)
    assert _voice_of(0, {0: 1, 1: 0}) == 1
    assert _voice_of(3, {3: 4, 4: 5}) == 5
    assert _voice_of(7, {}) == 7


def test_first_person_reports_nested_in_each_other_resolve():
    text = ("“I said ‘we told them “I know,” we said,’ I said,” the statement said.\n\n"
            "“We think ‘I was right,’ we say,” I said.")
    _checked(text)


@pytest.mark.parametrize("text", [
    "“Nobody wants a strike, \nsaid Quill. ",      # an unclosed quote that ends in whitespace
    "He said: “we will go on \n\nThe port is shut. ",
    "“We have been patient for eighteen months,” said one of the officials. ",
])
def test_unclosed_quotes_ending_in_whitespace(text):
    _checked(text)


def test_soft_wrapped_story_keeps_its_attributions():
    plain = _checked(STORY)
    soft = _checked(wrap_text(STORY, width=40, soft=True))
    assert len(soft.attributions) == len(plain.attributions) > 0


def test_a_quote_of_punctuation_alone_is_no_attribution():
    analysis = _checked("“—,” she said. He said, “.”")
    assert not any(a.content.start < 4 for a in analysis.attributions)  # nothing from the first quote


@pytest.mark.parametrize("number", ["③", "²", "٣", "10²"])
def test_digits_that_int_refuses_in_counts(number):
    _checked(f"{number} officials said the talks had collapsed.")


def test_numbers_past_the_int_digit_limit():
    _checked(f"Officials said {'9' * 5000} workers had joined, and {'9' * 400} dollars were lost.")
    assert find_quantities("it cost $" + "9" * 400) == []
    assert find_quantities("on May " + "1" * 5000) is not None


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-30", "9999-12-31"])
def test_dates_at_the_ends_of_the_calendar(published):
    text = ("The union said last year that talks would resume next month, yesterday, on Monday "
            "and in March, 12 years ago, and on February 29.")
    analysis = _checked(text, Meta(date=published))
    assert analysis.claims
    found = find_dates(text, parse_iso_date(published))
    assert any(d.value is None for d in found)  # the ones the calendar has no room for
    assert all(d.value is None or 1 <= int(d.value[:4]) <= 9999 for d in found)


def test_dates_still_resolve_inside_the_calendar():
    found = find_dates("last year and yesterday", date(2021, 3, 4))
    assert [d.value for d in found] == ["2020", "2021-03-03"]


def test_lone_surrogates_survive_and_spans_index_the_input():
    text = "He said \ud800 hello. “We are \udfff patient,” said Marta Quill."
    analysis = _checked(text)
    assert analysis.text == text
    assert analysis.attributions


def test_crlf_and_hard_wraps():
    _checked(wrap_text(STORY, width=50, soft=False, crlf=True))
