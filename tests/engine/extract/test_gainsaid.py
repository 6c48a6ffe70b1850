"""Whoever says otherwise, made the subject of a verdict, is told they are wrong: a denial. "Otherwise"
told to the speaker, or in a condition, denies nothing."""
import pytest


def _stances(engine, text):
    return [a.stance for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    '"I paid every invoice on time," he said. "Anyone who says otherwise hasn\'t read the accounts."',
    '"Anyone who claims otherwise is mistaken," the mayor said.',
])
def test_whoever_says_otherwise_told_they_are_wrong_is_a_denial(engine, text):
    assert "deny" in _stances(engine, text)


@pytest.mark.parametrize("text", [
    '"He told me otherwise," the mayor said.',
    '"Unless told otherwise, staff should stay home," the manager said.',
])
def test_otherwise_told_or_in_a_condition_is_no_denial(engine, text):
    assert "deny" not in _stances(engine, text)
