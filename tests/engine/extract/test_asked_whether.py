"""A negated answer to "Asked whether …" denies what the question put; an answer not negated, an
open question, or a negation deeper in the answer does not."""
import pytest


def _stance(engine, text):
    return next(a.stance for a in engine.analyze(text).attributions if a.statement and a.cue is not None)


@pytest.mark.parametrize("text", [
    'Asked whether the group was eyeing a stake in a rival, the chief executive said the company was '
    '"not in any discussions at this point".',
    'Asked whether he would step aside, the councillor said that was "not on the table".',
    "Asked if the mill had leaked into the river, the manager said it had not.",
])
def test_a_negated_answer_to_a_yes_or_no_question_is_a_denial(engine, text):
    assert _stance(engine, text) == "deny"


@pytest.mark.parametrize("text", [
    "Asked whether he would step back, the minister said he would follow the commissioner's advice.",
    "Asked why the plant closed, the mayor said the owners had not invested in it.",
    "Asked whether the plan worked, the mayor said it was a plan that did not survive the winter.",
])
def test_other_answers_stay_assertions(engine, text):
    assert _stance(engine, text) == "assert"


@pytest.mark.parametrize("text", [
    "Asked whether jobs would go, the mayor said the council had not decided.",
    "Asked if the pool would reopen in June, the manager said she did not know.",
    "Asked whether the fine had been paid, the club's lawyer said he had not yet seen the letter.",
    "Asked whether he had met the buyer, the agent said he could not recall.",
])
def test_an_answer_left_open_is_no_denial(engine, text):
    assert _stance(engine, text) == "assert"
