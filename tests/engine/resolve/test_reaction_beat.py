"""A quote with no cue after a reaction ("Mthembu shakes her head. “She did go home …”") is the
one who reacted, not the last speaker (reaction_verbs.txt)."""
from said_by import source_of as speaker


TWO = ("Zanele Mthembu and Annelie van Wyk founded the ambulance service in 2009.\n\n"
       "\"Zanele slept in the van,\" Van Wyk says, laughing. \"I went home.\"\n\n"
       "Mthembu shakes her head. \"She did go home. But she phoned me every hour.\"\n")


def test_a_quote_after_a_shake_of_the_head_is_the_one_who_shook_it():
    assert speaker(TWO, "She did go home").name == "Zanele Mthembu"


def test_a_quote_running_on_with_no_beat_stays_with_the_last_speaker():
    text = TWO.replace("Mthembu shakes her head. ", "")
    assert speaker(text, "She did go home").name == "Annelie van Wyk"


def test_narrative_that_is_no_reaction_leaves_the_quote_with_the_last_speaker():
    text = TWO.replace("Mthembu shakes her head. ", "Mthembu bought a second van in 2012. ")
    assert speaker(text, "She did go home").name == "Annelie van Wyk"
