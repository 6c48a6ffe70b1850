"""Silences in other words: information refused ("declined to give details"), and the British
"would not be drawn on"; the same verbs about things, or about giving something else, are not."""
import pytest

from sourcetrace import analyze


def _stances(text):
    return [(a.stance, a.statement) for a in analyze(text).attributions]


@pytest.mark.parametrize("text", [
    "The hotel group declined to give details of the sale.",
    "A spokesman refused to put a figure on the losses.",
    "The airline offered no explanation for the cancellations.",
    "Police declined to release the names of the two men.",
    "The minister would not be drawn on whether she would stand again.",
    "Mr Ostrow declined to be drawn on the size of the bonus.",
    "The coach refused to be drawn into a row with the referee.",
])
def test_refused_information_is_a_silence(text):
    assert ("no_response", True) in _stances(text)


@pytest.mark.parametrize("text", [
    "He refused to give up his seat on the bus.",
    "The bank declined to give a loan to the bakery.",
    "The border would not be drawn on the old map.",
    "The sketch was not drawn on canvas.",
])
def test_other_refusals_and_drawings_are_not(text):
    assert all(stance != "no_response" for stance, _ in _stances(text))
