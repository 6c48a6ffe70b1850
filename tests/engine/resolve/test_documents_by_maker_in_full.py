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


def test_the_city_of_the_maker_is_no_part_of_its_name():
    text = ("A report published in May by the Pamir Snow Research Institute in Khorog warns that the valley's "
            "glaciers have lost a fifth of their ice since 1995.\n")
    assert speaker_of(text, "lost a fifth of their ice") == "report by Pamir Snow Research Institute"


def test_the_report_a_body_spoke_in_is_the_body_s():
    text = ("Harbour Ledger Watch, an independent monitoring group, said in its interim report that its "
            "observers had seen ballot boxes left unsealed at nine stations. The report added that the "
            "problems were unlikely to have changed the result.\n")
    assert speaker_of(text, "unlikely to have changed the result") == "report by Harbour Ledger Watch"
