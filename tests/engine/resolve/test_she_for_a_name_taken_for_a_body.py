"""A name the tagger took for a body's that opens on a given name of the pronoun's sex and holds no
word for a body is the person a "she" or "he" after it stands for: coref's `_person_taken_for_a_body`."""
from said_by import speaker_of


def test_she_after_a_sister_named_in_passing():
    text = ("The last time Louise Ferland saw her younger sister was in 1979, outside a church in Regina.\n\n"
            "Her sister, now known as Amanda Cardinal-Hart, was adopted by a family in Kelowna when she was four. "
            "She said she always knew she had a sister somewhere.\n")
    assert speaker_of(text, "always knew") == "Amanda Cardinal-Hart"


def test_a_firm_named_for_a_woman_is_no_she():
    text = ("Moira Quill runs the bakery on Dock Street. Across the road, Laura Ashley Holdings opened a shop in May.\n\n"
            "She said trade had picked up since the summer.\n")
    assert speaker_of(text, "trade had picked up") == "Moira Quill"
