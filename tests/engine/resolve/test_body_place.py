"""Where a body is ("Apex Vidya Academy in Navapur") is no part of its name; "of" in a name is."""
from said_by import speaker_of


def test_a_place_after_a_body_s_name_is_not_its_name():
    text = ("Parents have complained about fees.\n\n"
            "The coaching centre at the centre of the row, Apex Vidya Academy in Navapur, "
            "was not available for comment.\n")
    assert speaker_of(text, "available for comment") == "Apex Vidya Academy"


def test_of_a_place_stays_in_the_name():
    text = "Shares fell on Monday.\n\nThe University of Leeds said it would cut 200 jobs.\n"
    assert speaker_of(text, "200 jobs") == "University of Leeds"
