"""A person's name the tagger cut in two ("Dorota" a place, "Mbeki-Hale" a body) is one name."""
from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve.names import person_entities
from said_by import speaker_of

PROFILE = ("Dorota Mbeki-Hale has run the Norrland Ombudsman's office for nine years.\n\n"
           "She says the office received 14,000 complaints last year. \"People finally know we exist,\" "
           "she said.")


def test_a_first_name_and_a_hyphenated_surname_are_one_person():
    assert speaker_of(PROFILE, "the office received") == "Dorota Mbeki-Hale"
    assert speaker_of(PROFILE, "People finally know") == "Dorota Mbeki-Hale"


def test_two_touching_entities_that_are_no_name_stay_apart():
    doc = parse_text(load_nlp(), "Shares in Paris Orient Airways fell on Monday, and Georgia Power said nothing.")
    assert not any(p.text in ("Paris Orient Airways", "Georgia Power") for p in person_entities(doc))
