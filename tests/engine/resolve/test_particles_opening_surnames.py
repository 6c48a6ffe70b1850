"""A surname opening on its particles, the first capitalised ("Van den Berg said"), is a person's,
and the person named in full with it ("Anne-Marie van den Berg-Hoekstra"); "De Beers", with no
lower-case particle between, stays whatever the text makes it."""
from said_by import speaker_of


def test_a_capitalised_particle_run_is_the_person_named_in_full():
    text = ("Party leader Anne-Marie van den Berg-Hoekstra met the king on Monday.\n\n"
            "\"Trust takes time,\" Van den Berg said. \"We are not there yet.\"")
    assert speaker_of(text, "Trust takes time") == "Anne-Marie van den Berg-Hoekstra"


def test_a_capitalised_particle_run_alone_is_a_person():
    text = "\"The count was wrong,\" De la Fuente told reporters on Tuesday."
    assert speaker_of(text, "count was wrong") == "De la Fuente"


def test_a_firm_of_two_words_opening_on_a_particle_is_left_alone():
    text = "De Beers said diamond prices would fall again this year."
    assert speaker_of(text, "diamond prices") == "De Beers"
