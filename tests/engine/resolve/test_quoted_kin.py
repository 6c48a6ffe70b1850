"""Someone a speaker calls "my …" inside their own quote is the speaker's, named as a reader
names them. Sentences written for the test."""
from said_by import speaker_of


def test_my_son_inside_a_named_speakers_quote():
    text = ('"We packed in one night," Farida Noorzai said on Friday. '
            '"My son asked me whether we could take the cat. I said yes."')
    assert speaker_of(text, "take the cat") == "Noorzai's son"


def test_my_son_in_a_writers_own_words_stays():
    text = "My son asked me whether we could take the cat."
    assert "'s son" not in speaker_of(text, "take the cat")


def test_my_son_inside_an_unnamed_speakers_quote_stays():
    text = ('"We packed in one night," a neighbour said. '
            '"My son asked me whether we could take the cat."')
    assert "'s son" not in speaker_of(text, "take the cat")
