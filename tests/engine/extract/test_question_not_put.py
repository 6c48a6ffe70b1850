"""A negated asking ("he never once asked the players what we thought", "did not ask whether …")
reports a question nobody put: no statement. An asking that happened stays a question."""
import pytest


def _questions(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement and a.stance == "question"]


@pytest.mark.parametrize("text", [
    '"He never once asked the players what we thought," the captain, Rosa Delacourt, said.',
    "The inspector, Amos Whitlock, did not ask whether the gate had been locked.",
])
def test_a_question_never_asked_is_no_statement(engine, text):
    assert _questions(engine, text) == []


def test_a_question_asked_is_one(engine):
    assert _questions(engine, "The inspector, Amos Whitlock, asked whether the gate had been locked.") \
        == ["whether the gate had been locked"]
