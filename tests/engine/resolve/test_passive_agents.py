"""The agent of a passive ("a shed run by his niece, Leila Ben Amor") is someone in view, whom a
later "she said" may point back to; an obituary's "is survived by …" names no one who acts."""
from said_by import speaker_of


def test_she_finds_the_niece_who_runs_the_shop():
    text = ("Old port learns to love the octopus\n\n"
            "SOUSSE, Tunisia — Chokri Ben Amor, 58, mends nets on the quay every morning.\n\n"
            "\"The sea gives less each year,\" he says.\n\n"
            "The town's only octopus cannery is a shed run by Chokri's niece, Leila Ben Amor.\n\n"
            "\"My first order was four crates,\" she says.\n")
    assert speaker_of(text, "My first order") == "Leila Ben Amor"


def test_survivors_listed_in_an_obituary_are_not_in_view():
    text = ("Bruno Ferri, glassmaker, dies at 88\n\n"
            "MURANO — Bruno Ferri, who ran the island's oldest furnace, died on Monday.\n\n"
            "His daughter, Giulia Ferri, said he had worked until March. \"Papà always said that glass "
            "remembers every breath,\" she said.\n\n"
            "He is survived by his children, Giulia and Paolo.\n")
    assert speaker_of(text, "glass remembers every breath") == "Bruno Ferri"
