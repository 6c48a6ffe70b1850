"""A saying negated, or nothing said, reports no words: "never says a word", "does not dispute the
numbers", "said nothing". A thought negated is still a view, and a silence asked for is a
non-response."""
import pytest


def _statements(engine, text):
    return [(a.stance, a.content.text) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    "He never says a word at the counter, just points.",
    "Mr Wrenn does not dispute the numbers.",
    "The aide has never spoken publicly about his family's links to shipping.",
    "Outside the court, Daly said nothing.",
    "The guidance did not recommend that anyone confront an intruder.",
])
def test_nothing_said_is_no_statement(engine, text):
    assert _statements(engine, text) == []


@pytest.mark.parametrize("text, stance", [
    ("Officials do not believe the fire was deliberate.", "believe"),
    ("The bank did not say how much it had lost.", "no_response"),
    ("Daly said nothing would change.", "assert"),
])
def test_a_view_a_silence_or_words_stay(engine, text, stance):
    assert [s for s, _ in _statements(engine, text)] == [stance]


def test_a_reason_cited_without_the_speakers_words_is_no_statement(engine):
    stances = [s for s, _ in _statements(engine, "The firm declined to comment, citing client confidentiality.")]
    assert stances == ["no_response"]


def test_a_reason_cited_in_the_speakers_words_is_a_statement(engine):
    text = ('Finance director Sam Hale said contracts were in place. He declined to give a full-year profit forecast, citing '
            '"extraordinary volatility" in commodity markets.')
    assert any('extraordinary volatility' in content for _, content in _statements(engine, text))
