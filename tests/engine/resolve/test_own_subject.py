"""A "he says" after reported words that open on a named subject is that person
(resolve/own_subject.py)."""
from said_by import speaker_of

CLINIC = (
    "Dr Tomasz Wrona, the clinic's director, says the waiting list has doubled since spring. \"We are "
    "running on goodwill,\" he says.\n\n"
    "In the corridor, a porter calls out the next patient's name and holds the door.\n\n"
    "Wrona, who studied in Krakow and returned to the town in 2012, has never wanted to work anywhere "
    "else, he says. \"This is where I was born,\" he says.\n")


def test_a_trailing_pronoun_is_the_named_subject_of_the_words():
    assert speaker_of(CLINIC, "never wanted to work anywhere else") == "Tomasz Wrona"


def test_the_pronouns_after_it_in_the_paragraph_go_on_with_that_person():
    assert speaker_of(CLINIC, "This is where I was born") == "Tomasz Wrona"
