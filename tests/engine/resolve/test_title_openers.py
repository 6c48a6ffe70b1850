"""A word that opens a longer title ("Grand Chief", "Hereditary Chief", "Band Councillor") is part
of the title, not of the holder's name, whether the name list knows the name or not."""
from said_by import speaker_of, speakers


def test_grand_chief_before_a_surname_is_the_person_named_in_full():
    text = ("Sakoienkwaráhton Horn has led the council since 2019. \"The land is not for rent,\" Grand "
            "Chief Horn told the crowd at the arena.")
    assert speaker_of(text, "not for rent") == "Sakoienkwaráhton Horn"


def test_hereditary_chief_before_a_surname_alone():
    assert speakers("\"The road stays closed,\" Hereditary Chief Naziel told reporters.") == [("Naziel", True)]


def test_band_councillor_before_a_name():
    text = "The water plant has been idle since May, Band Councillor Ozaawi Makwa said on Friday."
    assert speaker_of(text, "water plant") == "Ozaawi Makwa"


def test_given_name_no_list_knows_between_a_title_and_a_tagged_surname():
    assert speakers("Paramount Chief Foday Kamara said the chiefdom would cooperate.") == [("Foday Kamara", True)]


def test_rank_word_between_a_title_and_a_surname_is_no_given_name():
    assert speakers("Chief Executive Kamara said the bank would cooperate.") == [("Kamara", True)]
