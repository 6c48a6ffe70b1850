""""Harmon Falls Fire Chief Renata Okafor" with "Harmon Falls" tagged a person: a "name" set just
before a post and its holder's name is where the post is, and the holder is the person.
Sentences written for the test."""
from said_by import speaker_of


def test_the_place_before_a_post_is_not_the_speaker():
    text = ("A gas blast levelled two shops on Tuesday, fire officials said.\n\n"
            "Harmon Falls Fire Chief Renata Okafor told reporters that crews had pulled four people from the "
            "rubble. \"We are still searching,\" Okafor said.\n")
    assert speaker_of(text, "crews had pulled") == "Renata Okafor"
    assert speaker_of(text, "still searching") == "Renata Okafor"


def test_two_people_named_side_by_side_stay_two():
    text = ("\"We will rebuild,\" said Mayor Dennis Kowalczyk, standing beside Governor Alma Ruiz.\n")
    assert speaker_of(text, "We will rebuild") == "Dennis Kowalczyk"


def test_a_given_name_after_the_titles_stays_in_the_name():
    text = "TUTA president Prof. Dr. Hari Prasad Adhikari said the association would not call off the strike.\n"
    assert speaker_of(text, "call off the strike") == "Hari Prasad Adhikari"
