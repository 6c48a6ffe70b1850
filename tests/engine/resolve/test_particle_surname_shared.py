"""A surname opening on a particle ("Al Habsi", "van Dijk") that a father and his son share, called
alone, is the one not introduced as the other's kin, as a one-word surname is: coref's
`_surname_shared`, whatever the tagger took the surname for."""
from said_by import speaker_of


def test_the_surname_alone_is_the_father_not_the_son_introduced_after():
    text = ("In a workshop off the fish market, Khalid bin Saif Al Habsi files the hull of a model dhow.\n\n"
            "\"My grandfather built real ones,\" Al Habsi says.\n\n"
            "His son, Yousef bin Khalid Al Habsi, 29, drives a taxi and helps on weekends. \"I will not make "
            "money from this,\" Yousef says.\n\n"
            "Al Habsi calls the new boatyard \"a factory, not a craft\".\n")
    assert speaker_of(text, "a factory, not a craft") == "Khalid bin Saif Al Habsi"
