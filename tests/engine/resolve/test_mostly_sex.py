"""A given name the name list marks only "mostly" one sex takes that sex where its bearers lean far
to one side (mostly_sex.py); names borne in numbers by both stay unsexed."""
from said_by import speaker_of

from sourcetrace.engine.resolve.mostly_sex import given_name_sex, leaning_sex


def test_a_name_leaning_far_to_one_side_takes_that_sex():
    assert leaning_sex({"mostly_male": " " * 2 + "5", "mostly_female": "11"}) == "m"
    assert given_name_sex("Kyle") == "m"
    assert given_name_sex("Tracey") == "f"


def test_a_name_borne_by_both_stays_unsexed():
    assert leaning_sex({"mostly_female": "3", "mostly_male": " 1"}) is None
    assert given_name_sex("Bernie") is None
    assert given_name_sex("Jamie") is None
    assert given_name_sex("Taylor") is None  # given_names_sex.tsv: either


def test_she_after_a_mother_speaking_of_her_son_by_his_given_name_is_the_mother():
    # the son's given name alone, inside her reported words' sentence, is his and a he's (given_alone.py)
    text = ("Kyle Hendry, 31, was fined £400 at the sheriff court on Tuesday.\n\n"
            "Outside court, his mother, Tracey Hendry, said the family had been \"shocked by it all\", "
            "but insisted Kyle was \"a good lad\".\n\n"
            "\"He works every hour he can. He made one mistake,\" she said.")
    assert speaker_of(text, "He made one mistake") == "Tracey Hendry"
