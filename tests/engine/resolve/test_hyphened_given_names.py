"""A given name joined by a hyphen ("Marie-Claude", "Anne-Marie") stays whole where the tagger
opened the name after the hyphen, as it may after a post and a place."""
from said_by import speaker_of, speakers


def test_hyphened_given_name_after_a_place_and_a_post():
    text = "Lakeshore MNA Marie-Claude Vaillancourt said the province respects the council."
    assert speakers(text) == [("Marie-Claude Vaillancourt", True)]


def test_other_hyphened_given_name_after_a_post():
    text = "Riverside MP Anne-Marie Toussaint said the ward was short of staff."
    assert speakers(text) == [("Anne-Marie Toussaint", True)]


def test_a_hyphened_word_that_is_no_name_is_left_alone():
    assert speakers("The Anglo-French group said the deal was done.")[0][0] != "Anglo-French"


def test_a_surname_is_not_the_second_syllable_of_anothers_given_name():
    text = ("Stormbirds manager Tsai Wen-chiang said the crowd had carried his pitcher.\n\n"
            "\"I did not know until the eighth,\" Chiang said.")
    assert speaker_of(text, "until the eighth") == "Chiang"
