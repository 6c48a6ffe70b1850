""""Blamed years of under-staffing", "had promised generators for all 14 heating points": the cause a
speaker named and the thing they promised are their statements; an act held back ("stopped short of
blaming the referee", "refrained from calling for his resignation") says nothing, nor does a promise
made to the subject by no one named ("residents had been promised a start every summer")."""
import pytest


def _statements(engine, text):
    return [(a.content.text, a.cue.text if a.cue else None) for a in engine.analyze(text).attributions
            if a.statement]


@pytest.mark.parametrize("text, content", [
    ("The Asankrom Nurses' Welfare Union blamed years of under-staffing for the closures.",
     "years of under-staffing for the closures"),
    ("She said the regional military administration had promised generators for the heating points.",
     "generators for the heating points"),
    ("The mayor promised a full investigation.", "a full investigation"),
])
def test_a_cause_blamed_or_a_thing_promised_is_a_statement(engine, text, content):
    assert content in [c for c, _ in _statements(engine, text)]


@pytest.mark.parametrize("text", [
    "She stopped short of calling for his resignation.",
    "He refrained from blaming the referee.",
    "Residents had been promised a construction start every summer since 2019.",
])
def test_nothing_said_where_it_was_held_back_or_done_to_them(engine, text):
    assert _statements(engine, text) == []
