"""A post named again by its letters or by its words alone is the one person the text gave that
post, written just before their name: "The CMO urged …" after "Chief Medical Officer Dr …", "the
DC said" after "Deputy Commissioner (DC) …", "the DCE noted" after "the District Chief Executive
(DCE), Hon. …" (resolve/post_letters.py)."""
from said_by import speaker_of


def test_a_posts_initials_after_the_post_written_before_a_name():
    text = ("Chief Medical Officer Dr Lorna Whitfield-Crane has warned of a spike in cases.\n\n"
            "The CMO urged parents to take children with a fever to the nearest clinic.")
    assert speaker_of(text, "nearest clinic") == "Lorna Whitfield-Crane"


def test_the_letters_given_in_brackets_after_the_post():
    text = ("Deputy Commissioner (DC) Imran Waqas Bhatti warned that fines would follow.\n\n"
            "\"There will be no leniency,\" the DC said.")
    assert speaker_of(text, "no leniency") == "Imran Waqas Bhatti"


def test_the_letters_of_a_post_set_beside_a_name_after_a_title_written_short():
    text = ("Elders appealed to the District Chief Executive (DCE), Hon. Kofi Mensah Adzaho, to halt the move.\n\n"
            "Hon. Adzaho said the Assembly had met the elders three times.\n\n"
            "\"The minutes were signed,\" the DCE noted.")
    assert speaker_of(text, "minutes were signed") == "Kofi Mensah Adzaho"


def test_letters_two_posts_share_name_no_one():
    text = ("Chief Medical Officer Dr Lorna Whitfield-Crane and Chief Marketing Officer Paul Dray spoke.\n\n"
            "The CMO said the clinic would open.")
    assert speaker_of(text, "clinic would open") not in ("Lorna Whitfield-Crane", "Paul Dray")


def test_letters_a_body_was_given_in_brackets_stay_the_bodys():
    text = ("The Provincial Health Office (PHO) said there was no outbreak.\n\n"
            "Provincial Health Officer Dr. Ramon Villar said the rise was expected.\n\n"
            "Most cases were in the south, according to the PHO.")
    assert speaker_of(text, "Most cases") != "Ramon Villar"


def test_letters_a_body_was_given_in_brackets_before_a_spokesman_stay_the_bodys():
    text = ("Sri Lanka Ports Authority (SLPA) spokesman Thilak Ganegoda said the ship had docked.\n\n"
            "The SLPA said it was co-operating with the inquiry.")
    assert speaker_of(text, "co-operating") != "Thilak Ganegoda"


def test_a_post_opening_after_a_capitalised_word_that_is_no_part_of_it():
    text = ("The minister arrived on Sunday. Later Deputy Commissioner Lodhran Kamran Haider Bhatti toured "
            "the canal.\n\n\"The pumps are on their way,\" the DC said.")
    assert speaker_of(text, "pumps are on their way") == "Kamran Haider Bhatti"


def test_a_post_set_before_a_comma_and_a_title_written_short():
    text = ("The Municipal Chief Executive for Keta, Hon. Selorm Kwaku Amedzro, said the water would be back "
            "by Friday.\n\n\"We have briefed the assembly members,\" the MCE said.")
    assert speaker_of(text, "briefed the assembly") == "Selorm Kwaku Amedzro"
