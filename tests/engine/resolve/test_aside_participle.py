"""A participle aside between a subject and its verb of saying ("X, citing two officials,
reported that …"), taken by the parser for the main verb, leaves the verb the aside's subject."""
import pytest

from said_by import speaker_of

ASIDES = [
    ("The daily Sarnian Herald, citing two unnamed officials, reported on Tuesday that Minister Pavel "
     "Korda had signed a memorandum.", "had signed a memorandum", "Sarnian Herald"),
    ("The weekly Bergen Courier, quoting police sources, reported on Friday that the harbour master "
     "had resigned.", "the harbour master had resigned", "Bergen Courier"),
    ("Radio Kampala, citing hospital staff, reported that nine patients had been moved.",
     "nine patients had been moved", "Radio Kampala"),
    ("The Lagos Daily Post, quoting two ministry officials, said the fuel subsidy would end in March.",
     "the fuel subsidy would end", "Lagos Daily Post"),
    ("Chile's La Tercera newspaper, citing court documents, reported that the senator had been "
     "questioned twice.", "the senator had been questioned", "La Tercera"),
    ("The Montreal Gazette, citing a leaked memo, reported that the bridge would close for a year.",
     "the bridge would close", "Montreal Gazette"),
]


@pytest.mark.parametrize("text, words, name", ASIDES)
def test_a_participle_aside_leaves_the_verb_its_subject(text, words, name):
    assert name in speaker_of(text, words)
