"""A surname that is also a word ("Vale"), left untagged where the text introduces it after a known
first name ("Harbourmaster Ines Vale has run the port …"), is named in full: the fullest name the
text gives; with no first name before its first use, the surname stays as it is."""
from said_by import speaker_of

PORT = ("Harbourmaster Ines Vale has run the port for 12 years.\n\n"
        "\"The storm took out the east wall in an hour,\" Vale said.\n")


def test_the_surname_takes_the_first_name_it_was_introduced_with():
    assert speaker_of(PORT, "east wall") == "Ines Vale"


def test_a_surname_first_used_alone_takes_no_first_name():
    text = ("The Vale family has run the port for 12 years.\n\n"
            "\"The storm took out the east wall in an hour,\" Vale said.\n")
    assert speaker_of(text, "east wall") == "Vale"
