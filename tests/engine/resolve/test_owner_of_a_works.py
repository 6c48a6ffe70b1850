""""The mine's owner said": who owns a works, a site or a line is a body, the one firm in view; the
owner of a house is a person, and with two firms in view none is guessed."""
from said_by import speaker_of

PIT = ("Shares in Carrow Colliery Holdings fell sharply on Monday after flooding at its Drumfell pit.\n\n"
       "The mine's owner said it would decide within a week whether to reopen the shaft.\n")


def test_the_owner_of_a_mine_is_the_one_firm_in_view():
    assert speaker_of(PIT, "reopen the shaft") == "Carrow Colliery Holdings"


def test_the_owner_of_a_house_is_no_firm():
    text = ("Shares in Carrow Colliery Holdings fell sharply on Monday.\n\n"
            "The house's owner said the cracks had appeared overnight.\n")
    assert speaker_of(text, "cracks had appeared") != "Carrow Colliery Holdings"


def test_with_two_firms_in_view_the_owner_is_not_guessed():
    text = ("Shares in Carrow Colliery Holdings and Tarnside Aggregates Ltd fell on Monday.\n\n"
            "The mine's owner said it would decide within a week whether to reopen the shaft.\n")
    assert speaker_of(text, "reopen the shaft") not in ("Carrow Colliery Holdings", "Tarnside Aggregates")
