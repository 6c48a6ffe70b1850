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
