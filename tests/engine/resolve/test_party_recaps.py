""""The Democrat said", "the Tory told reporters": the one person given that party before the
recap (resolve/party_recaps.py, lexicons/party_recaps.json)."""
from said_by import speaker_of

SENATE = (
    "A bill to cap insulin prices failed in the Senate on Tuesday.\n\n"
    "The vote left its author, Sen. Maria Ebbets, D-Minn., angry.\n\n"
    "\"People will ration their doses because of today,\" the Democrat said after the vote.\n\n"
    "Sen. Cole Pruitt, R-Ga., who voted no, said the cap would raise prices elsewhere.\n\n"
    "\"This is price control by another name,\" the Republican told reporters.\n")


def test_the_democrat_is_the_senator_given_the_d():
    assert speaker_of(SENATE, "ration their doses") == "Maria Ebbets"


def test_the_republican_is_the_senator_given_the_r():
    assert speaker_of(SENATE, "price control by another name") == "Cole Pruitt"


def test_a_party_word_set_before_or_after_the_name():
    text = ("Democratic state Sen. Lydia Ferro filed the bill in March. Bram Okoye, a Republican from "
            "Tulsa, opposed it.\n\n"
            "\"Tulsa cannot pay for this,\" the Republican said.\n")
    assert speaker_of(text, "Tulsa cannot pay") == "Bram Okoye"


def test_two_of_the_party_leave_the_recap_open():
    text = ("Rep. Ann Lutz, D-Ore., and Rep. Tom Bale, D-Wash., wrote the letter.\n\n"
            "\"We will not stop,\" the Democrat said.\n")
    assert speaker_of(text, "We will not stop") not in ("Ann Lutz", "Tom Bale")


def test_a_tory_after_a_conservative_mp():
    text = ("Sir Giles Harcourt, a Conservative MP for Wealdon, voted against the motion.\n\n"
            "\"This is a tax on the countryside,\" the Tory said.\n")
    assert speaker_of(text, "tax on the countryside") == "Giles Harcourt"
