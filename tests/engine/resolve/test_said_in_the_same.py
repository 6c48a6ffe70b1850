"""Words said "in the same filing" (statement, interview) as an earlier find are its source's, by
whatever word the text now calls the source; a source named in full keeps its name."""
from said_by import speaker_of


def test_the_group_in_the_same_filing_is_the_firm_that_filed():
    text = ("Seri Mahkota Palm Bhd posted a 20 per cent rise in net profit, the planter said in a filing "
            "on Thursday. Environmental group ForestWatch said on Wednesday that satellite images showed "
            "fresh clearing near one of its estates. In the same filing, the group said labour shortages "
            "had eased.")
    assert speaker_of(text, "labour shortages") == "Seri Mahkota Palm Bhd"


def test_in_the_same_interview_a_pronoun_is_the_one_interviewed():
    text = ("\"We will not close the mill,\" Dana Whitcomb said in an interview on Monday. Her rival, "
            "Priya Lennox, called the plan reckless. In the same interview, she said prices would rise.")
    assert speaker_of(text, "prices would rise") == "Dana Whitcomb"


def test_a_name_keeps_its_own_words():
    text = ("Dana Whitcomb said in an interview on Monday that the mill would stay open. "
            "In the same interview, Priya Lennox said prices would rise.")
    assert speaker_of(text, "prices would rise") == "Priya Lennox"
