"""The article telling a group of readers what to do is no statement, however it is put: "Evacuees
should register … by calling 1-800-…", "Residents can request an alarm by calling …", "Islanders whose
travel was disrupted are asked to log details at …". A group asked in the past, or someone's advice
reported, stays."""
import pytest


def _statements(engine, text):
    return [(a.content.text, a.stance) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "Evacuees should register with the relief centre by calling 1-800-555-0199.",
    "Residents can request a free smoke alarm by calling the fire hall at 555-0142.",
    "Commuters whose trains were cancelled are asked to log their journeys at the operator's website.",
])
def test_readers_told_what_to_do_is_no_statement(engine, text):
    assert _statements(engine, text) == []


@pytest.mark.parametrize("text, content", [
    ("Doctors should call the health board first, the minister said.", "Doctors should call the health board first"),
    ("Nurses were asked to describe their shifts to the inquiry.",
     "Nurses were asked to describe their shifts to the inquiry"),
])
def test_advice_reported_or_a_past_request_stays(engine, text, content):
    assert any(found == content for found, _ in _statements(engine, text))
