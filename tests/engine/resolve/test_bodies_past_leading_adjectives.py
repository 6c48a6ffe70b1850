"""What is said of a body before its name in capitals is no part of what it is called: "the official
New Dawn news agency reported" is the New Dawn news agency."""
from said_by import speaker_of


def test_official_before_an_agencys_name_is_left_out():
    text = ("Delegates on Thursday elected Zhou Ming as provincial party secretary, the official Red Star "
            "news agency reported.")
    assert speaker_of(text, "elected Zhou Ming") == "Red Star news agency"


def test_an_agency_without_a_name_keeps_its_words():
    text = "Delegates on Thursday elected Zhou Ming as provincial party secretary, the official news agency reported."
    assert speaker_of(text, "elected Zhou Ming") == "official news agency"
