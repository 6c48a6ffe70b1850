"""A document credited to its maker in full: "a survey by the Ministry" after the text named the
Ministry of Forests and Rural Lands; a headline's "Danish study finds" is the study the body credits;
"the paper says" stays the paper, as readers cite it."""
from said_by import speaker_of

MINISTRY = (
    "The Ministry of Forests and Rural Lands has opened two new ranger posts.\n\n"
    "A 2022 survey by the Ministry found that the number of nesting eagles had fallen by a third since 2010.\n")

STUDY = (
    "Offshore mussel farms shelter young plaice, Danish study finds\n\n"
    "AARHUS — Mussel farms in the Kattegat are sheltering unusually large numbers of young plaice, "
    "according to a study by researchers at the Kattegat Institute for Coastal Research published on Monday.\n\n"
    "The team tagged 300 fish over two years.\n\n"
    "The paper also warns that the benefit may fade once the farms are moved.\n")


def test_the_ministry_is_named_in_full():
    assert speaker_of(MINISTRY, "nesting eagles") == "survey by Ministry of Forests and Rural Lands"


def test_a_headline_study_of_a_country_is_the_study_credited():
    assert speaker_of(STUDY, "Offshore mussel farms shelter") \
        == "study by researchers at Kattegat Institute for Coastal Research"


def test_the_paper_stays_the_paper():
    assert speaker_of(STUDY, "the benefit may fade") == "paper"
