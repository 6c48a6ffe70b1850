""""The Democrat said", "the Tory told reporters": the one person given that party before the
recap (resolve/affiliation_recaps.py, lexicons/affiliation_recaps.json)."""
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


def test_the_kenyan_is_the_runner_called_kenyan():
    text = ("Kenyan runner Mercy Chebet won the 10,000 metres on Saturday, ahead of Dutch rival Anouk de Wit.\n\n"
            "\"I felt strong from the start,\" the Kenyan said.\n")
    assert speaker_of(text, "felt strong") == "Mercy Chebet"


def test_the_spaniard_is_the_one_written_as_spains():
    text = ("Australian Jake Morrow beat Spain's Pablo Ruiz 6-3, 6-4 in the second round.\n\n"
            "\"He served really well today,\" the Spaniard said.\n")
    assert speaker_of(text, "served really well") == "Pablo Ruiz"


def test_the_texan_is_the_one_of_texas_not_the_one_named_next_to_him():
    text = ("Rep. Dale Cottrell of Texas and Sen. Amy Birch of Maine wrote the bill.\n\n"
            "\"We will pass it,\" the Texan said.\n")
    assert speaker_of(text, "We will pass it") == "Dale Cottrell"


def test_a_nation_the_text_never_gave_anyone_is_the_person_in_view():
    text = ("Harbour United coach Mikael Sundqvist praised his players after a 2-0 win over Eastfield on "
            "Sunday.\n\n"
            "\"We defended as a unit,\" Sundqvist told reporters.\n\n"
            "The Swede admitted his side had struggled for the first twenty minutes.\n")
    assert speaker_of(text, "struggled for the first twenty minutes") == "Mikael Sundqvist"


def test_a_nation_given_to_someone_else_does_not_fall_back_on_the_person_in_view():
    text = ("Harbour United coach Mikael Sundqvist praised Norwegian striker Lars Berg after a 2-0 win.\n\n"
            "\"We defended as a unit,\" Sundqvist told reporters.\n\n"
            "The Swede admitted his side had struggled for the first twenty minutes.\n")
    assert speaker_of(text, "struggled for the first twenty minutes") != "Mikael Sundqvist"
