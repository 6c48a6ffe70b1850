"""A past tense joined to a verb the parser hung on the sentence's noun ("Her brother, X, waited
outside but declined to comment, saying only that …") shares that verb's subject, the noun: the
refusal and the words after it are the brother's."""
import pytest

from tests.engine.resolve.said_by import speaker_of

JOINED = [
    ("Kwame's uncle, Kofi Mensah, watched from the gallery but declined to comment, saying that the family would appeal.",
     'the family would appeal', 'Kofi Mensah'),
    ('The striker\'s mother, Rosa Lima, watched from the stands but declined to speak to reporters, saying only that she was "so happy".',
     'she was', 'Rosa Lima'),
    ('Tanaka\'s father, Hiroshi Tanaka, listened from the back of the hall but declined to be interviewed, saying only that his son had "done enough".',
     'his son had', 'Hiroshi Tanaka'),
    ("The pilot's sister, Amara Diallo, waited at the gate but declined to speak to the media, saying only that the family was praying.",
     'the family was praying', 'Amara Diallo'),
    ('The dead man\'s brother, Olek Nowak, stayed in the car and declined to talk to journalists, saying the police had "failed him".',
     'the police had', 'Olek Nowak'),
    ('The singer\'s manager, Dev Sharma, watched from the wings but refused to comment, saying only that she "needs rest".',
     'she', 'Dev Sharma'),
    ('Ms Greer\'s husband, Paul Greer, listened in silence but declined to speak to the media, saying only that he was "heartbroken".',
     'he was', 'Paul Greer'),
    ('The boy\'s grandmother, Ewa Kowalczyk, watched from the stands but declined to speak to the media, saying only that she was "too nervous".',
     'she was', 'Ewa Kowalczyk'),
    ("The defendant's wife, Leila Haddad, watched from the public gallery and declined to speak to reporters, saying that her husband was innocent.",
     'her husband was innocent', 'Leila Haddad'),
    ('The boxer\'s trainer, Sean Byrne, watched from ringside but declined to comment, saying the result "speaks for itself".',
     'the result', 'Sean Byrne'),
]


@pytest.mark.parametrize("text, words, name", JOINED)
def test_a_past_joined_to_a_verb_read_as_a_participle_is_the_nouns(text, words, name):
    assert speaker_of(text, words) == name
