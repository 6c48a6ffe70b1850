"""A relative brought in by a given name alone as "his", "her" or "their" kin ("Their younger
brother, Dayo, 15") bears the surname of the family the story is about: the one surname two or
more people named in full share. Not a spouse, nor where two families are named."""
import pytest

from said_by import speaker_of

CASES = [
    ("Grace Adeyemi, a nurse, and her husband Kunle Adeyemi watched the twins race from the stand.\n\n"
     "Their younger brother, Dayo, 15, plays rugby instead. \"I'm the normal one,\" he said.",
     "the normal one", "Dayo Adeyemi"),
    ("Grace Okafor, 48, and Emeka Okafor, 51, have run the shop in Enugu for twenty years.\n\n"
     "Their daughter, Ngozi, said the new tax would close it by Christmas.",
     "close it by Christmas", "Ngozi Okafor"),
    ("Ingrid Larsen and Nils Larsen lost their farm to the flood in May.\n\n"
     "His brother, Anders, said the family had been warned twice. \"Nobody listened,\" Anders said.",
     "Nobody listened", "Anders Larsen"),
    ("Priya Sharma, 39, and her sister Anjali Sharma, 35, were both on the bus.\n\n"
     "Her son, Rohan, 17, said he had called an ambulance.", "called an ambulance", "Rohan Sharma"),
]


@pytest.mark.parametrize("text,words,name", CASES)
def test_a_relative_by_given_name_bears_the_familys_surname(text, words, name):
    assert speaker_of(text, words) == name


def test_a_spouse_by_given_name_keeps_the_given_name():
    text = ("Hana Novak and Petra Novak, sisters, opened the bakery in 2015.\n\n"
            "Her husband, Tomas, said the rent had doubled since.")
    assert speaker_of(text, "rent had doubled") == "Tomas"


def test_two_families_leave_the_given_name_alone():
    text = ("Hana Novak and Petra Novak sued Jan Dvorak and Eva Dvorak over the lease.\n\n"
            "Her son, Karel, said the case had split the street.")
    assert speaker_of(text, "split the street") == "Karel"


def test_his_kin_is_of_the_man_last_named_not_of_the_family_otherwise_in_view():
    text = ("Manager Seán Ó Briain and his assistant Tadhg Ó Briain said the final was postponed too late.\n\n"
            "Visiting captain Darragh Fennelly said his side were ready. His brother Conor, the goalkeeper, "
            'said the fixture had been "mismanaged from the start".')
    assert speaker_of(text, "mismanaged") == "Conor Fennelly"
