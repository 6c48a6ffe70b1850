"""Relatives as the Levant and South India name them: an Arab son carries his father's given name
before the family name ("Karim Nabil Haddad", his son "Nabil Haddad"), so the son's whole name ends
the father's and is still someone else; a Kerala woman's given name ending on "-amma" says she is
a woman, so "Mrs. Mathew" is the mother, not her son of the same surname."""
from said_by import speaker_of

from sourcetrace.engine.resolve import gender


def test_a_son_whose_name_ends_his_fathers_is_not_the_father():
    text = ("Karim Nabil Haddad, whose bakery fed the old quarter of Tripoli for fifty years, died on Monday. He was 91.\n\n"
            "His son, Nabil Haddad, said the ovens would stay lit. \"Bread was his whole life,\" Nabil Haddad said.")
    assert speaker_of(text, "the ovens would stay lit") == "Nabil Haddad"


def test_a_given_name_ending_on_amma_is_a_womans():
    assert gender.from_first_name("Kunjamma") == "f" and gender.from_first_name("Amma") is None


def test_mrs_of_a_shared_surname_is_the_woman_of_it():
    text = ("For nine years, Kunjamma Mathew kept a chair for her son at every Christmas meal. On Sunday, "
            "Sibin Mathew sat down in it.\n\n"
            "Sibin, now 41, had left for Dubai in 2014.\n\n"
            "\"I never stopped waiting,\" Mrs. Mathew, 70, told this newspaper.")
    assert speaker_of(text, "I never stopped waiting") == "Kunjamma Mathew"
