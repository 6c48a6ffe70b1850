"""A word for a person in lower case ("the hawker says"), whatever the tagger made of it, is no name:
it is the person just named, as news varies a name."""
from said_by import source_of as speaker


def test_the_hawker_just_after_the_named_hawker_is_him():
    text = ("For fifty years, Mr Lau Ah Seng has stood at the same wok in Kampong Baru market.\n\n"
            "Now 78, the hawker says his knees have finally told him to stop.")
    assert speaker(text, "his knees").name == "Lau Ah Seng"


def test_the_role_with_no_one_named_before_stays_unnamed():
    text = "Now 78, the hawker says his knees have finally told him to stop."
    assert speaker(text, "his knees").named is False
