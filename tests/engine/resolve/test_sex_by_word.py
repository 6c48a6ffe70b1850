"""A word for a man or a woman ("a fisherman", "a stewardess", "an elderly widow" set beside the
noun) says which of "he" and "she" fits someone unnamed, so the pronoun looks past them."""
import pytest

from said_by import speaker_of

PAST = [
    ("Detective Sarah Cole said the case was closed.\n\nA fisherman who found the body said it was near the pier.\n\n"
     "“It was awful,” she said.", "It was awful", "Sarah Cole"),
    ("Captain Viktor Hale said the ship had left on time.\n\nA stewardess on board said the crew had been warned.\n\n"
     "He said the warning came too late.", "came too late", "Viktor Hale"),
    ("Principal Grace Mensah said the school would stay open.\n\nA schoolboy who saw the fire said the smoke was black.\n\n"
     "She said the pupils were safe.", "pupils were safe", "Grace Mensah"),
    ("Coach Ryan Miles praised the team.\n\nA waitress at the hotel said the players had celebrated late.\n\n"
     "He said they had earned it.", "had earned it", "Ryan Miles"),
    ("Farmer Jean Dupont said the harvest was lost.\n\nHis neighbour, an elderly widow, said the river rose overnight.\n\n"
     "He said he would replant.", "would replant", "Jean Dupont"),
]


@pytest.mark.parametrize("text, words, who", PAST)
def test_the_pronoun_looks_past_the_other_sex(text, words, who):
    assert speaker_of(text, words) == who


def test_the_word_of_its_own_sex_keeps_the_latest():
    text = ("Detective Sarah Cole said the case was closed.\n\nA fisherwoman who found the body said it was near "
            "the pier.\n\n“It was awful,” she said.")
    assert speaker_of(text, "It was awful") != "Sarah Cole"
