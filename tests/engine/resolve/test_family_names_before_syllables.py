"""A family name written before a given name of two syllables ("Kwon Ji-ho", "Yoo Gwang-seok") is the
name's surname: a headline or a later "Kwon" is that person, and a daughter and father who share it
are told apart as for any shared surname."""
from tests.engine.resolve.said_by import speaker_of

HEADLINE = ("Kwon hurls shutout as Harbour Kites take series\n\n"
            "INCHEON - Harbour Kites right-hander Kwon Ji-ho struck out nine in a 2-0 win over the Gulls on Sunday.\n\n"
            "\"My slider was working from the first inning,\" Kwon said after the game.\n\n"
            "Gulls manager Seo Min-kwon said his batters had no answer.")

FAMILY = ("BUSAN - Potter Yoo Na-rae does not enjoy interviews. Her kiln, on a hill above the harbour, has "
          "burned wood for forty years.\n\n"
          "Her father, Yoo Sang-chul, a retired fisherman, helps her load it. \"She works harder than I ever "
          "did at sea,\" he said.\n\n"
          "Yoo admits the kiln nearly closed in 2019, when the clay merchant went bankrupt.")


def test_a_family_name_alone_is_the_person_named_in_full_after_it():
    assert speaker_of(HEADLINE, "slider was working") == "Kwon Ji-ho"


def test_a_family_name_shared_by_kin_is_the_one_not_introduced_as_kin():
    assert speaker_of(FAMILY, "nearly closed") == "Yoo Na-rae"
