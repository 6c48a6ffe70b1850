"""Naming by a father's name (Malay, Indonesian, Arabic, Somali, Ethiopian): the son "Azman Ismail
Rashid" carries his father "Ismail Rashid Omar"'s given names at the end of his own. "Ismail
Rashid" met again alone is the father, whose name opens so, not the son, whose name merely ends so."""
from tests.engine.resolve.said_by import speaker_of

MALAY = ("Former chief judge Ismail Rashid Omar died in Penang on Monday. He was 91. "
         "His eldest son, Datuk Azman Ismail Rashid, said the family would hold prayers at home on Friday.\n\n"
         "In a 1998 speech, Ismail Rashid said the courts must be open to every citizen.")

SOMALI = ("Clan elder Mohamed Abdi Hassan opened the clinic on Tuesday. His son, Yusuf Mohamed Abdi, a doctor, "
          "said the clinic would treat 200 patients a day.\n\n"
          "Mohamed Abdi said the town had waited twenty years for it.")


def test_the_fathers_given_names_are_the_father():
    assert speaker_of(MALAY, "the courts must be open") == "Ismail Rashid Omar"


def test_the_son_keeps_his_own_words():
    assert speaker_of(MALAY, "the family would hold prayers") == "Azman Ismail Rashid"


def test_a_somali_father_met_again_by_his_given_names():
    assert speaker_of(SOMALI, "the town had waited") == "Mohamed Abdi Hassan"
