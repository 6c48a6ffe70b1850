""""Josefa Maria dos Reis … Her daughter, Lucineide dos Reis", "Osmel Pérez Lago … His brother,
Yordanis Pérez Lago": a relative introduced with the surnames that end another person's name is
named in full, though the tagger reads the particle as a verb, the surname as a place, or the
given name, missing from the name list, as a body. Sentences written for the test."""
from said_by import speaker_of


def test_a_daughter_with_a_particle_surname_is_named_in_full():
    text = ("Flood waters reach the hillside\n\n"
            "Josefa Maria dos Reis, 70, refused to leave her house on Monday.\n\n"
            "Her daughter, Lucineide dos Reis, 41, who lives next door, said she would stay with her.\n\n"
            "\"My mother won't go, so I won't go,\" Lucineide said.\n")
    assert speaker_of(text, "she would stay") == "Lucineide dos Reis"
    assert speaker_of(text, "My mother won't go") == "Lucineide dos Reis"


def test_a_brother_sharing_two_surnames_is_named_in_full():
    text = ("Blackouts empty the repair stalls\n\n"
            "On the ground floor, Osmel Pérez Lago, 36, runs a phone-repair stall with his brother. Osmel "
            "says the blackouts have halved their income.\n\n"
            "His brother, Yordanis Pérez Lago, shook his head. \"It is not the phones,\" Yordanis said.\n")
    assert speaker_of(text, "not the phones") == "Yordanis Pérez Lago"
