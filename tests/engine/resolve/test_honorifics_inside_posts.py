"""A post phrase with an honorific inside ("Leader of the Opposition Hon. Mwape Chisanga") ends at
the honorific: the rest is the holder's name, whatever the tagger made of it
(resolve/honorifics_inside_posts.py)."""
from said_by import speaker_of
from sourcetrace.engine.resolve.honorifics_inside_posts import holder_past_honorific
from sourcetrace.engine.resolve.post_holders import post_keys

TEXT = ("Opposition walks out as House passes levy Bill\n\n"
        "LUSAKA - Opposition members yesterday walked out of the National Assembly.\n\n"
        "Leader of the Opposition Hon. Mwape Chisanga told the House that the levy would push up "
        "bus fares.\n\n"
        "\"Mr Speaker, this is a Bill that will punish the poor.\n\n"
        "\"We cannot vote for another tax,\" Mr Chisanga said before leading members out of the chamber.")


def test_a_post_of_a_body_then_an_honorific_then_the_name():
    assert speaker_of(TEXT, "push up bus fares") == "Mwape Chisanga"


def test_the_name_after_the_honorific_is_the_holder():
    assert holder_past_honorific("Minister of State for Health Dr. Ama Serwaa Boateng", post_keys) \
        == "Ama Serwaa Boateng"
    assert holder_past_honorific("District #7 Representative Hon. Sumo K. Flomo", post_keys) == "Sumo K. Flomo"


def test_no_post_before_the_honorific_no_holder():
    assert holder_past_honorific("Kwame Hon. Mensah Boateng", post_keys) is None
    assert holder_past_honorific("Leader of the Opposition Hon.", post_keys) is None
    assert holder_past_honorific("Minister Dr. Mensah told the House", post_keys) is None
    assert holder_past_honorific("Chair of the Committee Hon. Members Present", post_keys) is None
