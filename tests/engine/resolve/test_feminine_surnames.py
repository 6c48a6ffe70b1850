"""A woman's form of a surname (Slavic -ova/-eva/-skaya/-ská/-ska, Lithuanian -ienė/-aitė/-ytė,
Icelandic -dóttir) says she is a woman, though a first-name list takes her given name for a man's
("Nikita", "Valery", "Jean"): the "she" who speaks is she."""
from sourcetrace.engine.resolve.feminine_surnames import woman_by_surname
from tests.engine.resolve.said_by import speaker_of

STORY = ("Nikita Sokolova, who runs the only pharmacy in the village, said its shelves were empty. Yevgeny Orlov, the district head, "
         "visited on Monday and promised a new road.\n\n"
         "\"We have waited eleven years for that road,\" she said.")


def test_she_is_the_woman_whose_surname_says_so():
    assert speaker_of(STORY, "waited eleven years") == "Nikita Sokolova"


def test_womens_forms_of_surnames_across_languages():
    for surname in ("Ivanova", "Aliyeva", "Dvořáková", "Kowalska", "Sokolovskaya", "Kazlauskienė",
                    "Petraitytė", "Jónsdóttir"):
        assert woman_by_surname(surname), surname


def test_men_and_lookalikes_are_not_so_marked():
    for surname in ("Ivanov", "Dvořák", "Kowalski", "Kazlauskas", "Jónsson", "Casanova", "Villanueva",
                    "Córdova", "Medina", "Eva"):
        assert not woman_by_surname(surname), surname
