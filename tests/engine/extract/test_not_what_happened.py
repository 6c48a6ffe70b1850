"""An account said, negated, to be other than what happened ("said that was 'simply not what
happened'"), or other than what was signed or said ("not what we signed"), denies it; said to be
what happened, it asserts."""
import pytest


def _stances(engine, text):
    return [a.stance for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    'Health Minister Ilona Frey said that was "simply not what happened."',
    "The port's director, Amadou Kell, said that is not what occurred.",
    # other than what was signed or said
    'The drivers\' delegate said the new roster was "not what we agreed in March" and that was "not what we signed."',
    '"That is not what I said to the committee," the mayor said.',
])
def test_not_what_happened_is_a_denial(engine, text):
    assert "deny" in _stances(engine, text)


def test_what_is_wanted_is_no_account_denied(engine):
    assert _stances(engine, '"That is not what we want for this town," the mayor said.') == ["assert"]


def test_what_happened_asserts(engine):
    assert _stances(engine, "The port's director, Amadou Kell, said this was what happened.") == ["assert"]
