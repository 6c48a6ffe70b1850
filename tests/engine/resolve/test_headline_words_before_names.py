"""A headline capitalises its words: an English word there before a surname ("Late Begović header
settles derby") is the headline's, not the person's, so "Begović said" in the body is the Begović
the body names in full. A given name ("Will Smith") stays; so does "Emir" before a surname, a given
name as often as a ruler's title, which it is only before a name of two words or more."""
from said_by import statement_speakers

BODY = ("\n\nSARAJEVO - Emir Begović headed in a winner against the club where his twin brother plays."
        "\n\n\"I didn't celebrate,\" Begović said afterwards.")


def test_an_english_word_before_a_surname_in_a_headline_is_no_given_name():
    assert statement_speakers("Late Begović header settles brothers' derby" + BODY) == ["Emir Begović"]


def test_a_given_name_in_a_headline_stays():
    text = "Will Okafor wins the marathon\n\nWill Okafor said the course was hard."
    assert statement_speakers(text) == ["Will Okafor"]


def test_emir_before_a_name_of_two_words_is_a_title():
    assert statement_speakers("The Emir of Qatar, Emir Tamim bin Hamad, said the talks would continue.") \
        == ["Tamim bin Hamad"]
