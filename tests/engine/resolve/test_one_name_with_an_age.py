"""A person who goes by one name (as many in Indonesia and Myanmar do), set beside an age and a
role ("Sumarni, a 56-year-old vegetable farmer"), is a person whatever the tagger took the name
for, so the "she" who goes on speaking is her."""
from said_by import speaker_of


def test_a_single_name_with_an_age_is_a_person():
    text = ("Hot ash fell on fields near the village of Kalibening, local news outlet Warta Merapi reported.\n\n"
            "Sumarni, a 56-year-old vegetable farmer from Kalibening, said she had left her goats behind. "
            "\"We heard a sound like thunder that did not stop,\" she said.")
    assert speaker_of(text, "sound like thunder") == "Sumarni"
