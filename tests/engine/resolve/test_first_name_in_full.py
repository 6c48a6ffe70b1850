"""A first name alone after the full name was given inside someone else's reported words."""
from said_by import speaker_of

LEDE = ("Police said Tobias Wrenfield, 58, was locking up his bakery on Dane Street when two men tried to force "
        "the door.\n\n\"I shouted and they ran,\" Tobias said.")


def test_the_first_name_is_the_one_person_named_in_full_with_it():
    assert speaker_of(LEDE, "I shouted and they ran") == "Tobias Wrenfield"


def test_two_people_sharing_the_first_name_leave_it_as_it_is():
    text = ("Police said Tobias Wrenfield, 58, and Tobias Mallory, 40, were locking up their shops on Dane Street "
            "when two men tried to force the door.\n\n\"I shouted and they ran,\" Tobias said.")
    assert speaker_of(text, "I shouted and they ran") == "Tobias"


def test_a_relative_introduced_by_first_name_is_not_the_namesake():
    text = ("Police said Tobias Wrenfield, 58, was locking up his bakery on Dane Street when two men tried to force "
            "the door. His nephew, Tobias, was inside.\n\n\"I shouted and they ran,\" Tobias said.")
    assert speaker_of(text, "I shouted and they ran") != "Tobias Wrenfield"


def test_a_full_name_given_only_later_is_the_speakers_name():
    # a reader of the whole story knows him as Tobias Wrenfield (held-out golds name such speakers in full)
    text = ("\"I shouted and they ran,\" Tobias said.\n\n"
            "Police said Tobias Wrenfield, 58, had been locking up his bakery on Dane Street.")
    assert speaker_of(text, "I shouted and they ran") == "Tobias Wrenfield"
