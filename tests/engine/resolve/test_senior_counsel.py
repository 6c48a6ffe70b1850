""""SC" after a barrister's name (Senior Counsel, in Hong Kong, Singapore, Ireland) is no part of
it, as "KC" is not: the tagger may take "Rosalind Ho SC" for a body."""
from said_by import source_of


def test_senior_counsel_after_a_name_is_dropped_and_she_is_the_barrister():
    text = ("In mitigation, defence counsel Margaret Leung SC said her client had repaid the money. "
            "'He has lost everything he worked for,' she said.")
    s = source_of(text, "lost everything")
    assert s.name == "Margaret Leung" and s.kind == "person"


def test_a_place_and_a_state_are_left_alone():
    text = "Greenville County Schools in Greenville SC said classes would resume on Monday."
    assert "Greenville" in source_of(text, "classes would resume").name
