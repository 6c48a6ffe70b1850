"""A "that" clause after a cue verb's object and a phrase is the reported clause however the parser
hangs it: as an adverbial clause ("warned staff on 2 October that the yard was …") or as a relative
clause on the channel whose "that" would stand for a subject or object the clause already has
("told reporters at an evening briefing that crews had pulled four people …"). A true relative
clause on the channel ("spoke at a briefing that lasted an hour") is no report."""
import pytest


def _contents(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text, content", [
    ("A memo from the depot's planning office warned drivers on 3 May that the ring road was nearing "
     "gridlock at two junctions.", "that the ring road was nearing gridlock at two junctions"),
    ("Fire Chief Odile Marsh told reporters at an evening briefing that crews had pulled three people from "
     "the rubble.", "that crews had pulled three people from the rubble"),
])
def test_the_that_clause_is_the_report(engine, text, content):
    assert content in _contents(engine, text)


def test_a_relative_clause_on_the_channel_is_no_report(engine):
    assert _contents(engine, "The mayor, Juno Patel, spoke at a briefing that lasted an hour.") == []


@pytest.mark.parametrize("text, content", [
    # an adverb before the "that" read as a second mark
    ('"The foreman told him once that he asked too many questions," Ruiz said.', "that he asked too many questions"),
    # the clause hung on an adverbial clause of time between the cue and it
    ('"My aunt told me when I arrived that the river would rise every spring," she said.',
     "that the river would rise every spring"),
])
def test_the_that_clause_past_an_adverbial_is_the_report(engine, text, content):
    told = [a.content.text for a in engine.analyze(text).attributions if a.statement and a.cue.text == "told"]
    assert any(found.endswith(content) for found in told)


def test_a_that_clause_of_an_asking_in_the_adverbial_is_not_the_main_verbs(engine):
    found = [(a.cue.text, a.content.text) for a in engine.analyze("He left when she asked that the meeting end.").attributions]
    assert not any(cue == "left" for cue, _ in found)


def test_a_that_clause_of_what_emerged_is_not_the_demand(engine):
    text = "Opposition MPs demanded the resignation of the minister, after it emerged that a lease had gone to his nephew."
    found = [a.content.text for a in engine.analyze(text).attributions if a.cue.text == "demanded"]
    assert not any(content.startswith("that a lease") for content in found)
