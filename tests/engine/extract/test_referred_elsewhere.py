""""Ask somebody else", "Talk to my lawyer": a quote that sends the question on to someone else answers
none of it; "Ask anyone on that crew" calls a witness and "Ask me again in 2031" puts it off."""
import pytest


def _stances(engine, text):
    return [a.stance for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "\"He's my brother. Ask someone else,\" the deputy said.",
    "\"Talk to my lawyer,\" the developer said as he left the courthouse.",
    "\"You'll have to ask somebody else,\" the striker said.",
])
def test_a_question_sent_on_is_a_non_response(engine, text):
    assert _stances(engine, text) == ["no_response"]


@pytest.mark.parametrize("text", [
    "\"I stand by every word. Ask anyone on that crew,\" the captain said.",
    "\"Ask me again in 2031,\" the minister said.",
    "\"Call my office and we will talk,\" the senator said.",
])
def test_a_witness_called_or_a_question_put_off_is_said(engine, text):
    assert _stances(engine, text) == ["assert"]
