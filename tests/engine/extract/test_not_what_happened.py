"""An account said, negated, to be other than what happened ("said that was 'simply not what
happened'") denies it; said to be what happened, it asserts."""
import pytest


def _stances(engine, text):
    return [a.stance for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    'Health Minister Ilona Frey said that was "simply not what happened."',
    "The port's director, Amadou Kell, said that is not what occurred.",
])
def test_not_what_happened_is_a_denial(engine, text):
    assert "deny" in _stances(engine, text)


def test_what_happened_asserts(engine):
    assert _stances(engine, "The port's director, Amadou Kell, said this was what happened.") == ["assert"]
