"""The two guards the denial-by-meaning rules share: a question asks, a modal hedges."""
import pytest

from sourcetrace.engine.extract.syntax import in_question, is_hedged
from sourcetrace.engine.parse import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("text, verb, asks", [
    ("Was the audit fabricated by the board?", "fabricated", True),
    ('"Was the audit fabricated?"\n', "fabricated", True),
    ("The audit was fabricated by the board.", "fabricated", False)])
def test_a_sentence_that_asks_closing_quote_marks_and_line_ends_aside(nlp, text, verb, asks):
    doc = nlp(text)
    assert in_question(next(t for t in doc if t.text == verb)) is asks


@pytest.mark.parametrize("text, verb, hedged", [
    ("The figures could be invented.", "invented", True),
    ("The figures may not reflect the count.", "reflect", True),
    ("The figures were invented.", "invented", False)])
def test_a_modal_on_the_verb_hedges_it(nlp, text, verb, hedged):
    doc = nlp(text)
    assert is_hedged(next(t for t in doc if t.text == verb)) is hedged
