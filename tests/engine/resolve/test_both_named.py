""""Both men deny …", "Both have pleaded not guilty": two people the text has just named joined
by "and" are who "both", "the two", "the pair" stand for."""
from said_by import speaker_of


def test_both_men_are_the_two_just_named():
    text = ("The court heard that Martin Hale, 58, and his nephew Simon Hale, 29, ran the scheme for years.\n\n"
            "Both men deny fraud and money laundering.\n")
    assert speaker_of(text, "fraud and money laundering") == "Martin Hale and Simon Hale"


def test_both_alone_after_titles():
    text = ("Sergeant John Okello Mbeki, 44, and his colleague Inspector Ruth Akinyi Waweru are accused of "
            "assault. Both have denied the charges.\n")
    assert speaker_of(text, "the charges", "deny") == "John Okello Mbeki and Ruth Akinyi Waweru"


def test_a_pair_named_long_before_is_not_both():
    text = ("Martin Hale and Simon Hale were arrested in 2019.\n\nThe trial opened in May.\n\n"
            "The judge spoke first.\n\nBoth men deny fraud.\n")
    assert speaker_of(text, "fraud") != "Martin Hale and Simon Hale"
