"""A title's full stop ends no sentence: "said Cpl. Jenna MacPhee" keeps the corporal's name."""
import pytest

from sourcetrace import analyze


@pytest.mark.parametrize("text, name", [
    ('"This was a large operation," said Cpl. Jenna MacPhee.', "Jenna MacPhee"),
    ("Det. Sgt. Mike Reilly said the man was arrested on Friday.", "Mike Reilly"),
    ("Insp. Ruth Amadi told reporters the road would reopen.", "Ruth Amadi"),
])
def test_a_titled_speaker_keeps_the_name(text, name):
    assert [s.name for s in analyze(text).sources] == [name]



@pytest.mark.parametrize("text, source", [
    ('"Nobody in this chamber fears elections," the first vice-president of the PNU group replied from the floor.',
     "the first vice-president of the PNU group"),
    ('"Nobody in this chamber fears elections," the Vice-Chairman of the PNU group replied from the floor.',
     "the Vice-Chairman of the PNU group"),
])
def test_a_post_written_with_a_hyphen_is_one_word_and_the_subject(text, source):
    assert [(a.cue.text, a.source.text) for a in analyze(text).attributions] == [("replied", source)]
