"""A person met first by the words that open their full name ("Mian Tariq" in a headline, "Rana
Sohail" in the lede) and then in full is one person, named in full (resolve/opening_words.py)."""
from said_by import speaker_of


def test_a_headline_short_form_after_a_title_is_the_full_name_given_later():
    text = ("Flour prices will fall by March, says Mian Tariq\n\n"
            "LAHORE: Provincial food minister Mian Tariq Mehboob said on Monday that mills would get "
            "more wheat.\n\n"
            "Mian Tariq said stocks held by private traders would be checked every week.")
    assert speaker_of(text, "Flour prices") == "Tariq Mehboob"
    assert speaker_of(text, "private traders") == "Tariq Mehboob"


def test_a_short_form_of_two_words_met_first_is_the_longer_name():
    text = ("\"I went for the food,\" Aziz Hamdani said.\n\n"
            "The party's chief, Aziz Hamdani Qureshi, told reporters the meeting was social.")
    assert speaker_of(text, "went for the food") == "Aziz Hamdani Qureshi"

