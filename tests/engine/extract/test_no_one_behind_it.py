"""A reputation in the passive with no agent ("is still regarded as a classic") has no one behind it,
and a statement still to come with no words yet ("Funeral arrangements will be announced", "will
announce its decision on Friday") is none; what was announced, or will be announced in a clause, is."""
import pytest


def _statements(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "Her 1974 album 'The Salt Road' is still regarded as a classic, and in 1998 she won a national award.",
    "Funeral arrangements will be announced by the family's undertaker.",
    "The council will announce its decision on Friday.",
])
def test_no_one_behind_it_and_nothing_said_yet(engine, text):
    assert _statements(engine, text) == []


@pytest.mark.parametrize("text, content", [
    ("The company announced record profits.", "record profits"),
    ("The minister will announce that fees are to rise.", "that fees are to rise"),
    ("The bridge is considered unsafe by engineers, the council said.", "The bridge is considered unsafe by engineers"),
])
def test_what_was_said_stays(engine, text, content):
    assert content in _statements(engine, text)
