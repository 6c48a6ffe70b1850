"""A given name the name list does not know, after a short title the tagger left out of the name
("Dr. Amna Osman Elhassan"), is the name's first word, not a title: what follows "Dr." is a name."""
from said_by import speaker_of


def test_an_unknown_given_name_after_dr_stays():
    text = ("Principal investigator Dr. Wisal Idris Mahgoub said the wells had been contaminated. "
            "\"Nobody tested them for years,\" she said.")
    assert speaker_of(text, "wells had been") == "Wisal Idris Mahgoub"
    assert speaker_of(text, "Nobody tested") == "Wisal Idris Mahgoub"
