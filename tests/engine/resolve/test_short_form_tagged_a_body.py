"""A person's given names alone ("María Fernanda"), read by the tagger as a body's name, are the
person the text names in full once ("María Fernanda López García"); a body's name that a given
name opens ("Morgan Stanley") and a given name that opens two people's names stay as they are."""
import pytest

from said_by import source_of


@pytest.mark.parametrize("text, words, name", [
    ("María Fernanda López García, who chairs the tenants' union, spoke first at the meeting.\n\n"
     "\"We have waited eleven years,\" María Fernanda said.", "eleven years", "María Fernanda López García"),
    ("The hall was full when Ana Lucía Ferreira Gomes took the stage.\n\n"
     "\"This is our harbour,\" Ana Lucía said.", "our harbour", "Ana Lucía Ferreira Gomes"),
    ("Nurse Mary Grace Okonkwo has worked nights at the ward for a decade.\n\n"
     "Mary Grace said the shortage was the worst she had seen.", "shortage", "Mary Grace Okonkwo"),
])
def test_given_names_alone_take_the_full_name(text, words, name):
    source = source_of(text, words)
    assert (source.name, source.kind) == (name, "person")


def test_a_bank_a_given_name_opens_stays_a_body():
    text = ("Morgan Stanley Wealth Management said its clients had moved into bonds.\n\n"
            "Morgan Stanley said the shift began in May.")
    assert source_of(text, "shift began").kind == "organization"
