"""Saying one is unable to answer is a non-response: "unable to comment", "not able to discuss", "not in
a position to comment"; an inability that withholds no answer ("unable to walk") is none."""
import pytest


def _stances(engine, text):
    return [(a.stance, a.content.text) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "The transport authority said it was not in a position to comment on an industrial dispute.",
    "The ministry said it was unable to comment on the case.",
    "The ministry was not able to discuss the figures.",
])
def test_an_inability_to_answer_is_a_non_response(engine, text):
    assert [stance for stance, _ in _stances(engine, text)] == ["no_response"]


@pytest.mark.parametrize("text", [
    "The bridge was not in a position to carry lorries.",
    "The councillor said she was unable to walk after the fall.",
])
def test_an_inability_that_withholds_no_answer_is_none(engine, text):
    assert "no_response" not in [stance for stance, _ in _stances(engine, text)]
