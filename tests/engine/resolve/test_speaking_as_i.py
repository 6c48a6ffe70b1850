"""A name the tagger may take for a body's is a person's when its quote speaks as "I" or a "she"
or "he" takes it up next; a body that says "we" and is "it" stays a body. Sentences written for
the test."""
import pytest

from sourcetrace import analyze


def _first_source(text: str):
    analysis = analyze(text)
    return analysis.source(analysis.attributions[0].source_id)


@pytest.mark.parametrize("text", [
    '"I think the plan is dead," Grace Mills said on Monday.',
    '"My mother kept every letter," Kimberly Hart said.',
    '"They told me nothing," Rosa Field said after the hearing.',
])
def test_a_name_whose_quote_says_i_is_a_person(text):
    assert _first_source(text).kind == "person"


def test_a_name_taken_up_by_she_is_a_person():
    assert _first_source('"The plan is dead," Kimberly Hart said. She said the vote would come in May.').kind == "person"


@pytest.mark.parametrize("text", [
    '"We will restore power by Friday," Georgia Power said.',
    "Georgia Power said it would restore service by Friday. It said crews were on the way.",
])
def test_a_body_that_says_we_stays_a_body(text):
    assert _first_source(text).kind == "organization"
