"""A bare surname takes the sex of the given name it was written with in full, so a "he" after it
is someone else (resolve/sex_by_full_name.py)."""
from said_by import speaker_of


def test_a_he_is_not_the_woman_named_in_full_only_in_a_list():
    text = ("The county board voted 4-1 on Wednesday to sell the old fairgrounds to a developer, a deal "
            "board chairman Roy Tillman had pushed since spring.\n\n"
            "The lone no vote came from commissioner Latoya Grimes. Grimes said the county was "
            "\"selling the last open land the east side has.\"\n\n"
            "\"We have looked at every other option for six years,\" he said. \"There is no money to keep it.\"\n")
    assert speaker_of(text, "every other option") == "Roy Tillman"


def test_a_she_still_goes_to_the_woman_so_named():
    text = ("The county board voted 4-1 on Wednesday to sell the old fairgrounds to a developer, a deal "
            "board chairman Roy Tillman had pushed since spring.\n\n"
            "The lone no vote came from commissioner Latoya Grimes. Grimes said the county was "
            "\"selling the last open land the east side has.\"\n\n"
            "\"We have looked at every other option for six years,\" she said. \"There is no money to keep it.\"\n")
    assert speaker_of(text, "every other option") == "Latoya Grimes"


COUPLE = ("Rosa Keane, 68, said the ferry had been late every week since May.\n\n"
          "Her husband, Liam Keane, said the timetable had never been honest.\n\n"
          "Keane said he would write to the harbour board again. Keane said she had stopped bothering.\n")


def test_a_surname_two_sexes_share_is_the_one_the_reported_pronoun_says():
    assert speaker_of(COUPLE, "write to the harbour board") == "Liam Keane"
    assert speaker_of(COUPLE, "stopped bothering") == "Rosa Keane"
