"""A surname the text gives a person ("Denise Lowry") is a surname wherever a given name stands
before it, though a word list knows it (WordNet lists "lowry", "dickens", "hardy") and the tagger
took that other name for a body's: "Marcus said" is then Marcus Lowry, not the Lowry named first."""
import pytest

from said_by import speaker_of

CASES = [
    ("Quarterback Tate Lowry threw three touchdowns on Sunday. His mother, Denise Lowry, said she had "
     "been shouting at the radio all week.\n\n"
     "The club said defensive end Marcus Lowry, the quarterback's cousin, had hurt an ankle. "
     'Marcus said he would play next week "on one leg if I have to".', "he would play next week", "Marcus Lowry"),
    ("Councillor Joan Dickens opened the meeting. Her nephew, Paul Dickens, who runs the garage, spoke against "
     "the plan.\n\n"
     'Paul said the road was already too busy.', "already too busy", "Paul Dickens"),
    ("Sarah Hardy, 45, founded the charity after her son died. Her husband Tom Hardy still volunteers there.\n\n"
     '"We do it for him," Tom said.', "We do it for him", "Tom Hardy"),
]


@pytest.mark.parametrize("text,words,name", CASES)
def test_a_surname_the_text_gives_a_person_is_one_before_any_given_name(text, words, name):
    assert speaker_of(text, words) == name
