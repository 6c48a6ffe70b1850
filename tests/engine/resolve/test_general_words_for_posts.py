"""A general word for a post ("the law officer", "the lawmaker", "the cleric", "the diplomat") is
the one person the article gives a post it covers (general_posts.tsv): "Additional Advocate
General Farah Naz Qureshi" is the law officer, "Sen. Ana Ruiz" the lawmaker. Two such, none
(resolve/general_posts.py)."""
from said_by import speaker_of


def test_a_law_officer_is_the_prosecutor_named_before():
    text = ("Justice Imran Haider Shah heard the bail plea on Monday.\n\n"
            "Additional Prosecutor General Malik Sajjad Hussain argued that the accused could flee "
            "abroad if released.\n\n"
            "\"He has two passports, my lord,\" the law officer told the court.")
    assert speaker_of(text, "two passports") == "Malik Sajjad Hussain"


def test_a_lawmaker_is_the_one_senator_named():
    text = ("Sen. Marisol Quintero Vega filed the bill on Tuesday.\n\n"
            "Health officials said the clinics were short of nurses.\n\n"
            "\"We cannot wait another year,\" the lawmaker said.")
    assert speaker_of(text, "another year") == "Marisol Quintero Vega"


def test_two_law_officers_leave_it_open():
    text = ("Additional Prosecutor General Malik Sajjad Hussain and Advocate General Sadia Rehman "
            "Butt appeared for the state.\n\n"
            "\"He has two passports, my lord,\" the law officer told the court.")
    assert speaker_of(text, "two passports") not in ("Malik Sajjad Hussain", "Sadia Rehman Butt")
