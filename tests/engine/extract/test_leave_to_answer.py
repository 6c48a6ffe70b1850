"""A source saying it has no leave to answer ("said he was not authorised to speak to the press", "is
not permitted to comment") or nothing left to say ("had nothing to add beyond its published
response") gives a non-response; a refusal to estimate is one too. Not a source described as
lacking leave who then speaks, nor leave refused for something other than answering, nor "nothing to
hide"."""
import pytest


def _stances(engine, text):
    return [(a.stance, a.content.text) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "A ministry official, reached by phone on Tuesday, said he was not authorised to speak to the press.",
    "The spokesman said he was not authorized to comment on the investigation.",
    "A spokeswoman said she had nothing further to add.",
    "Jane Roe, a ministry spokeswoman, said the ministry had nothing to add beyond its published response.",
])
def test_no_leave_or_nothing_left_to_say_is_a_non_response(engine, text):
    assert [stance for stance, _ in _stances(engine, text)] == ["no_response"]


def test_a_refusal_to_estimate_is_a_non_response(engine):
    text = "A spokesman said officials were still assessing damage but declined to estimate the cost of repairs."
    assert ("no_response", "the cost of repairs") in _stances(engine, text)


@pytest.mark.parametrize("text", [
    "The deal was agreed, according to a person familiar with the talks who was not authorized to discuss them.",
    "An official, who spoke on condition of anonymity because he was not authorised to speak to the press, "
    "said the plan had failed.",
    "Women were not allowed to speak at the meeting, she said.",
    "\"We have nothing to hide,\" the minister said.",
    "The plan was not authorised by the council.",
])
def test_no_non_response_where_no_answer_is_withheld(engine, text):
    assert "no_response" not in [stance for stance, _ in _stances(engine, text)]
