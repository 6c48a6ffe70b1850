"""Speakers who are no one in particular: "When you tell people a cheque is coming …" (a "you" in a
clause of when or if is anyone), "Not everyone agrees with the projections" (the article turning to
dissent). Their cues report no one's words; a named "you" told something stays."""
import pytest


def _statements(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text, words", [
    ('"When you tell voters a refund is coming and then it shrinks, that is what they remember," he said.',
     "a refund is coming"),
    ('"If you ask any fisherman, the catch has halved," she said.', "the catch has halved"),
    ("Not everyone agrees with the council's forecasts.", "the council's forecasts"),
    ("Not all residents agree that the bypass is needed.", "that the bypass is needed"),
])
def test_no_one_in_particular_says_nothing(engine, text, words):
    assert not any(content.startswith(words) for content in _statements(engine, text))


def test_a_speaker_who_said_so_stays(engine):
    assert "that the bypass is needed" in _statements(engine, "Most residents agree that the bypass is needed.")
