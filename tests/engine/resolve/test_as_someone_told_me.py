""""As Rahim Uddin of the relief programme told me, ‘The shelters held’": the parser may take "As"
for a preposition and the speaker for its object; the one after "As" told it. Sentences written
for the test."""
from said_by import speaker_of


def test_as_someone_told_me_is_theirs():
    text = ("Relief Minister Nasrin Akter spoke to parliament on Monday.\n\n"
            "\"As Kamal Hossain of the Cyclone Shelter Programme told me this morning, 'The shelters held, "
            "and that is why the toll is low,'\" she said.\n")
    assert speaker_of(text, "The shelters held") == "Kamal Hossain"


def test_as_a_nurse_she_told_me_keeps_its_subject():
    text = ("Relief Minister Nasrin Akter spoke to parliament on Monday.\n\n"
            "\"As a nurse, Farida Begum told me, 'We ran out of saline by noon,'\" she said.\n")
    assert speaker_of(text, "ran out of saline") == "Farida Begum"
