"""A transcript's initials for a name with two surnames ("CQ:" for Carmen Rosa Quispe Mamani) are a
given name's letter and the first surname's, as such names are shortened."""
from said_by import speaker_of


def test_initials_of_a_given_name_and_first_surname_are_the_person():
    text = ("Weaving for the airport: a conversation with Carmen Rosa Quispe Mamani\n\n"
            "Carmen Rosa Quispe Mamani leads the weavers' association of Chinchero. She spoke to Valle Semanal.\n\n"
            "VS: Has the ministry consulted you?\n\n"
            "CQ: Once. An engineer came with slides. He told us there would be a market for artisans.\n\n"
            "VS: The ministry told Valle Semanal that a workshop is scheduled for next month.\n\n"
            "CQ: I will believe in the workshop when I see the chairs.\n")
    assert speaker_of(text, "see the chairs") == "Carmen Rosa Quispe Mamani"
