"""A role whose relative clause gives the name its holder goes by is that person: "The head
carpenter, who goes by the single name Suresh, says …"."""
from said_by import source_of, speaker_of


def test_a_role_who_goes_by_a_name_is_that_person():
    text = ("The yard employs four craftsmen. The head carpenter, who goes by the single name Ravi, "
            "says the work is the same everywhere.")
    source = source_of(text, "same everywhere")
    assert source.name == "Ravi" and source.kind == "person"


def test_a_role_known_as_a_name_is_that_person():
    text = "The night guard, who is known as Tonio, said the gate had been left open."
    assert speaker_of(text, "left open") == "Tonio"


def test_a_role_whose_clause_names_a_place_stays_the_role():
    text = "The head carpenter, who came from Kerala in 2009, says the work is the same everywhere."
    assert speaker_of(text, "same everywhere") == "head carpenter"
