""""Angry at what they called a pattern of abuse": after a preposition, the name a speaker gave a
thing is their words; "what they called the dog" after a verb of knowing asks a name, and "he is what
they called a late bloomer" reports none."""
import pytest


def _statements(engine, text):
    analysis = engine.analyze(text)
    return [(a.content.text, a.cue.text if a.cue else None, analysis.source(a.source_id).name if a.source_id else None)
            for a in analysis.attributions if a.statement]


@pytest.mark.parametrize("text, content, speaker", [
    ("Motorcyclists blocked the highway on Sunday, and residents were angry at what they called a pattern of "
     "abuse at the checkpoint.", "a pattern of abuse at the checkpoint", "residents"),
    ("Workers walked out in protest over what the union called a pay freeze.", "a pay freeze", "union"),
    ("The rezoning was what critics called a giveaway to developers.", "a giveaway to developers", "critics"),
])
def test_the_name_a_speaker_gave_is_their_statement(engine, text, content, speaker):
    assert (content, "called", speaker) in _statements(engine, text)


@pytest.mark.parametrize("text", [
    "I don't know what they called the dog.",
    "He is what they called a late bloomer.",
    "She was what you would call a natural on the ice.",
    "Nobody in the village remembers what they called the old mill.",
])
def test_no_name_given_no_statement(engine, text):
    assert not [c for c, cue, _ in _statements(engine, text) if cue == "called"]


def test_a_name_given_inside_words_reported_is_part_of_them(engine):
    text = "Oskar Lind told parliament the government would not intervene in what he called \"a commercial quarrel.\""
    assert not [c for c, cue, _ in _statements(engine, text) if cue == "called"]
