"""A document known by whose it is, through a pronoun ("Her team's report"), is called by the
person the pronoun stands for: "Mina Rostami's team's report"."""
from said_by import speaker_of


def test_her_teams_report_is_the_named_persons():
    text = ("Dr Mina Rostami heads the structural safety unit at Kavir University. Her team's report, released "
            "last month, said one in three classrooms would not survive a strong earthquake.")
    assert speaker_of(text, "one in three classrooms") == "Mina Rostami's team's report"


def test_a_report_owned_by_a_name_keeps_it():
    text = ("Dr Mina Rostami heads the structural safety unit at Kavir University. The university's report said "
            "one in three classrooms would not survive a strong earthquake.")
    assert speaker_of(text, "one in three classrooms") == "university's report"
