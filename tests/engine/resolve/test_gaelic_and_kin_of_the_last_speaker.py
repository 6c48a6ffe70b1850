"""An Irish surname of several words ("Seán Mac Giolla Phádraig") that the tagger cuts into two
overlapping names is one name; and "His brother Niall" opening the sentence after a named speaker
is that speaker's brother, bearing his family name."""
from tests.engine.resolve.said_by import speaker_of

HURLING = ("Club secretary Seán Mac Giolla Phádraig said the pitch would be ready by Friday.\n\n"
           "Glenmore captain Cathal Brennock said his team had trained all week. His brother Niall, the "
           "team's full-back, said the delay had been \"a shambles from start to finish\".")


def test_a_gaelic_surname_cut_in_two_is_one_name():
    assert speaker_of(HURLING, "the pitch would be ready") == "Seán Mac Giolla Phádraig"


def test_a_brother_after_the_named_speaker_bears_his_surname():
    assert speaker_of(HURLING, "a shambles") == "Niall Brennock"
