"""A name the tagger missed after a title that says no sex ("Engr.", "Barr."): words that are
neither English nor a body's are a name, though the name list knows none of them as a given name
("The Minister of Power, Engr. Babatunde Aro-Lawal, told reporters")."""
from said_by import source_of

from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve.names import person_entities


def test_the_name_after_barr_is_the_person_not_the_post():
    text = ("The Director of Water, Barr. Chukwuemeka Obi-Nwosu, said the plant would reopen. "
            "\"Nobody will go without water this week,\" he said.")
    s = source_of(text, "Nobody will go without water")
    assert s.name == "Chukwuemeka Obi-Nwosu" and s.kind == "person"


def test_english_words_after_a_title_are_no_name():
    doc = parse_text(load_nlp(), "The report came from Engr. Water Board Services on Friday.")
    assert not any("Water" in p.text for p in person_entities(doc))
