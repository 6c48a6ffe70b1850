"""A "he"/"she" opening a sentence is the one person of its sex the sentence before describes ("a
34-year-old woman"), whom no one quoted, where that sentence holds no one else and not the one chosen."""
import pytest

from said_by import source_of, speaker_of

DESCRIBED = [
    ("Inspector Helen Ward said the raid had been planned for months. Officers arrested a 34-year-old woman at "
     "the scene. She said she had only been visiting a friend.", "visiting a friend", "woman"),
    ("Captain Omar Farouk said the fire started in the engine room. Crew members pulled a man from the water. "
     "He said he had jumped when the smoke reached the deck.", "jumped when", "man"),
    ("Superintendent Rita Gomes said patrols would increase. Thieves robbed a young mother outside the station. "
     "“They took everything,” she said.", "took everything", "mother"),
]


@pytest.mark.parametrize("text, words, who", DESCRIBED)
def test_the_one_described_in_the_sentence_before(text, words, who):
    source = source_of(text, words)
    assert not source.named and who in source.name


KEPT = [
    # set beside the name: the one named
    ("Helen Ward, a mother of two, said the raid had been planned. Officers searched the house. "
     "She said nothing was found.", "nothing was found", "Helen Ward"),
    # the sentence before is still the one chosen's ("Her team")
    ("Inspector Helen Ward said the raid had been planned. Her team arrested a woman at the scene. "
     "She said the arrest was lawful.", "arrest was lawful", "Helen Ward"),
]


@pytest.mark.parametrize("text, words, who", KEPT)
def test_the_one_chosen_stays(text, words, who):
    assert speaker_of(text, words) == who
