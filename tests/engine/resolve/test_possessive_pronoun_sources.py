""""His assurance that …", "Their claim that …": a possessive pronoun that owns a reported claim
is a pronoun to resolve like "he" or "they", never a source called "His". Sentences written for
the test."""
from said_by import speaker_of


def test_his_assurance_is_the_man_in_view():
    text = ("Chief executive Reto Brunner-Kälin announced 600 job cuts at the Delémont plant on Monday.\n\n"
            "His assurance that the Basel research centre would not be affected did little to calm the "
            "mood in the valley.\n")
    assert speaker_of(text, "research centre would not be affected") == "Reto Brunner-Kälin"
