""""A third, Kestrel Fuels, said": an ordinal counting one more of a kind is no name; the name set
beside it is who spoke."""
import pytest

from said_by import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("Two of the largest private refiners did not respond to requests for comment. A third, "
     "Kestrel Fuels, said it was studying the announcement.", "studying the announcement", "Kestrel Fuels"),
    ("Two big airlines declined to comment. A second, Skyline Air, said it would cut fares.",
     "cut fares", "Skyline Air"),
    ("Four mills closed last year. A fifth, Harrow Textiles, said it would shut in May.",
     "shut in May", "Harrow Textiles"),
])
def test_the_name_beside_an_ordinal_spoke(text, words, name):
    assert speaker_of(text, words) == name
