"""A surname opening on a particle, called alone after a form of address ("H.E. Al Mansoori"),
is the one person the text named in full with it."""
from said_by import speaker_of


def test_his_excellency_and_an_arabic_surname():
    text = ("The plant was opened by Saeed Rashid Al Nuaimi, the authority's director general. "
            "\"Every drop produced here is a drop we no longer burn gas for,\" said H.E. Al Nuaimi.")
    assert speaker_of(text, "no longer burn gas") == "Saeed Rashid Al Nuaimi"
