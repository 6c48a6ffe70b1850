"""A Chinese or Korean name written family name first with a hyphenated given name ("Lin
Chih-hao"): its first word is the family name, so what the name list says of it as a given name
("Lin" is a woman's there) says nothing of whether "he" or "she" stands for the person."""
from said_by import speaker_of

from sourcetrace.engine.resolve.family_names import written_family_first


def test_he_stands_for_a_man_whose_family_name_is_a_womans_given_name_elsewhere():
    text = ("Lin Chih-hao, an economist at Harbour Rim Securities, said exports had peaked. "
            "\"One bad quarter can hurt everyone,\" he said.")
    assert speaker_of(text, "One bad quarter") == "Lin Chih-hao"


def test_a_given_name_first_is_still_read_as_one():
    text = ("Lin Hughes, a nurse at the county hospital, said the ward was full. Tom Reyes, a porter, "
            "said the lifts had failed. \"We were carrying patients up the stairs,\" she said.")
    assert speaker_of(text, "carrying patients") == "Lin Hughes"


def test_which_names_are_written_family_name_first():
    assert written_family_first("Lin Chih-hao") and written_family_first("Chau Wing-lok")
    assert not written_family_first("Lin Hughes") and not written_family_first("Mei-ling Tsai")
    assert not written_family_first("Anna Smith-Jones")
