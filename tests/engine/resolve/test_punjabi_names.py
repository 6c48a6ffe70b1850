"""Punjabi names: "Kaur", which every Sikh woman bears after her given name, makes a she (the name
list reads it male); a given name that the tagger read as an adjective at a sentence's start, before a
surname it tagged alone, still opens the name."""
from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve import gender
from sourcetrace.engine.resolve.names import person_entities


def test_kaur_is_a_womans_name():
    assert gender.from_first_name("Kaur") == "f"


def test_a_given_name_read_as_an_adjective_opens_the_name():
    doc = parse_text(load_nlp(), "The inspector was moved.\n\nKulwant Singh could not be reached for comment.\n")
    given = next(t for t in doc if t.text == "Kulwant")
    given.pos_ = "ADJ"  # as the small model reads it in some articles
    surname = doc.char_span(doc.text.index("Singh"), doc.text.index("Singh") + 5, label="PERSON")
    doc.ents = [e for e in doc.ents if e.end <= given.i or e.start > surname.start] + [surname]
    assert "Kulwant Singh" in [p.text for p in person_entities(doc)]


def test_a_town_after_a_preposition_of_place_is_no_person():
    doc = parse_text(load_nlp(), "Addressing a press conference at the district police office in Jagraon, the "
                                 "officer said the consignment had come from the border belt.\n")
    assert "Jagraon" not in [p.text for p in person_entities(doc)]
