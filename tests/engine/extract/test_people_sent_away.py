"""A person dismissed, sacked or rejected is an act done to them, no statement; claims and reports
dismissed are words."""
from sourcetrace import analyze


def _statements(text: str) -> list[tuple[str, str]]:
    return [(a.cue.text if a.cue else "", a.content.text) for a in analyze(text).attributions if a.statement]


def test_a_coach_dismissed_is_no_statement():
    text = "Deportivo Ribera dismissed head coach Tomas Aguirre on Sunday after a fourth straight defeat.\n"
    assert not [s for s in _statements(text) if s[0] == "dismissed"]


def test_claims_dismissed_are_words():
    text = ("The ministry dismissed reports that the coach had been paid off.\n\n"
            "The minister dismissed the claims as nonsense.\n")
    assert len([s for s in _statements(text) if s[0] == "dismissed"]) == 2
