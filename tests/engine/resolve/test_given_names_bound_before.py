"""Names every word of which is a given name somewhere (Malay, Arabic, Persian): where the tagger
finds only the last two words, a reader reads the given names the parser binds before them as the
same name."""
from said_by import speaker_of


def test_given_names_before_a_name_of_given_names_are_read_with_it():
    text = ("The former headmaster Ismail Hashim died on Tuesday. His niece, Nurul Huda Abdul Rahman, said her "
            "uncle had taught three generations of the village.")
    assert speaker_of(text, "taught three generations") == "Nurul Huda Abdul Rahman"


def test_an_english_word_before_the_name_is_not_taken_into_it():
    text = ("The fund was set up in 2019. Chairman Hamid Rahman said the fund had paid out RM4 million "
            "to flood victims since then.")
    assert speaker_of(text, "paid out") == "Hamid Rahman"
