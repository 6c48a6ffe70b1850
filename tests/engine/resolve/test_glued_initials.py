"""A name written as an initial glued to the given name ("J.Ganbaatar", "D.Nomin-Erdene") is a
person's, though the tagger sees no name or a place in it; a title before it is the post."""
import pytest
from said_by import speakers


@pytest.mark.parametrize("text, name", [
    ("Minister of Mining and Heavy Industry T.Batbold said exports would rise this year.", "T.Batbold"),
    ("Wrestler O.Enkh-Amgalan said he would fight again in Paris.", "O.Enkh-Amgalan"),
    ("Chief executive G.Saruul said output fell in the first quarter.", "G.Saruul"),
])
def test_a_glued_initial_name_is_the_speaker(text, name):
    assert speakers(text) == [(name, True)]


def test_letters_with_stops_are_no_name():
    assert speakers("The U.S. Embassy said the visa office would reopen on Monday.")[0][0] != "U.S."

