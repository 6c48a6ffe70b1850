""""I'm not going to stand here and guess about …": the speech verb joined to the refused one is
refused with it; "the lab could not yet say whether …" says the answer is not known yet, an
assertion, where "could not say whether …" withholds it."""
import pytest


def _stances(engine, text):
    return [(a.stance, a.content.text) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "\"I am not going to stand here and guess about budgets that haven't been set,\" the mayor said.",
    "\"We're not going to sit here and speculate about who leaked it,\" the coach said.",
])
def test_a_refusal_joined_to_a_verb_of_going_is_a_non_response(engine, text):
    assert [stance for stance, _ in _stances(engine, text)] == ["no_response"]


def test_a_joined_clause_with_its_own_subject_is_not_refused(engine):
    got = _stances(engine, "\"I'm not going to quit, and we discuss the budget every week,\" the mayor said.")
    assert "no_response" not in [stance for stance, _ in got]


def test_an_answer_not_known_yet_is_said(engine):
    got = _stances(engine, "The chemist said the laboratory could not yet say whether the water was safe to drink.")
    assert [stance for stance, _ in got] == ["assert"]


def test_an_answer_that_could_not_be_given_is_withheld(engine):
    got = _stances(engine, "The ministry said it could not say whether the water was safe to drink.")
    assert "no_response" in [stance for stance, _ in got]


def test_a_refusal_to_rule_out_leaves_the_question_open(engine):
    got = _stances(engine, "The chief executive refused to rule out further store closures.")
    assert [stance for stance, _ in got] == ["no_response"]


def test_not_ruling_out_says_it_remains_possible(engine):
    got = _stances(engine, "The drivers' union said it would not rule out further stoppages.")
    assert [stance for stance, _ in got] == ["assert"]
