"""A "he" or "she" never stands for several people named together by one word ("his family",
"the couple", "the crew"): coref's `_many_as_one`."""
from said_by import speaker_of


def test_he_after_his_family_is_not_the_family():
    text = ("Dorota Lindqvist runs the only bakery in the village. Her grandson left for the mines in 2015.\n\n"
            "His family said his employer had kept his passport. \"I had nothing to send home,\" he said on Sunday.\n")
    assert speaker_of(text, "nothing to send home") != "His family"


def test_she_after_the_couple_is_the_woman_named():
    text = ("Greta Solberg has run the ferry kiosk for thirty years.\n\n"
            "The couple who own the pier said the kiosk would close in May. \"I will miss the boats,\" she said.\n")
    assert speaker_of(text, "miss the boats") == "Greta Solberg"
