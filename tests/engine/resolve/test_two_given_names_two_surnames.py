"""A Latin American name of two given names and two surnames ("Rosa Elvira Quispe Mamani"): the
tagger may tag only the given names, a reader takes the surnames after them as the name's end."""
import pytest
from said_by import source_of

from spacy.tokens import Span

from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve.names import person_entities


def _people(text: str) -> list[str]:
    return [p.text for p in person_entities(parse_text(load_nlp(), text))]


def test_two_surnames_after_two_given_names_are_the_name():
    text = ("Ombudswoman Dr. Rosa Elvira Ccahuana Mamani told a Cusco radio station that the "
            "audit was \"the worst in a decade\". \"Nobody has been held to account,\" she said.")
    s = source_of(text, "Nobody has been held")
    assert s.name == "Rosa Elvira Ccahuana Mamani" and s.kind == "person"


def test_a_place_after_two_given_names_is_no_surname():
    assert _people("The prize went to Rosa Elvira in Lima on Saturday.") == ["Rosa Elvira"]


def _people_tagged_as(text: str, tagged: str) -> list[str]:
    """The people of `text` where the tagger tagged only `tagged` (its first words) a person."""
    doc = parse_text(load_nlp(), text)
    doc.ents = [Span(doc, 0, len(tagged.split()), label="PERSON")]
    return [p.text for p in person_entities(doc)]


def test_surnames_after_given_names_the_tagger_cut_off():
    assert _people_tagged_as("Rosa Elvira Quispe Mamani said so.", "Rosa Elvira") == ["Rosa Elvira Quispe Mamani"]


def test_an_english_word_after_two_given_names_is_no_surname():
    assert _people_tagged_as("Rosa Elvira Building Supplies said so.", "Rosa Elvira") == ["Rosa Elvira"]


def test_a_third_given_name_is_no_surname():
    assert _people_tagged_as("Rosa Elvira Maria said so.", "Rosa Elvira") == ["Rosa Elvira"]


@pytest.mark.parametrize("text, name", [
    # a surname the name list also knows as a given name, then one the tagger took for a place
    ("The defence lawyer, César Augusto Flores Medina, said the appeal was ready.", "César Augusto Flores Medina"),
    ("Her sister, Ana Lucía Rosales Paz, said the family would not give up.", "Ana Lucía Rosales Paz"),
    ("Mayor Juan Pablo Herrera Flores said the market would reopen on Monday.", "Juan Pablo Herrera Flores"),
])
def test_surnames_read_as_names_or_places_end_the_name(text, name):
    assert source_of(text, text.split(" said ")[1][:12]).name == name
