"""A first name and a surname that is also an English word, set beside an age, are a person's name."""
from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve.names import person_entities
from said_by import speaker_of


def test_a_name_with_an_age_is_a_person_whom_she_finds():
    text = ("Thieves took the postbox from the green on Tuesday.\n\n"
            "Mabel Hargreaves, 86, has lived facing the green for most of her life.\n\n"
            "'I posted my first letter in that box,' she said.")
    assert speaker_of(text, "I posted my first letter") == "Mabel Hargreaves"


def test_capitals_with_no_age_beside_them_are_not_taken_for_a_name():
    doc = parse_text(load_nlp(), "Grace Church opened its doors on Sunday.")
    assert "Grace Church" not in [p.text for p in person_entities(doc)]


def test_a_titled_surname_the_tagger_missed_brings_her_back_into_view():
    text = ("Doreen Pilbeam, 74, came home from bingo to find her garden stripped bare.\n\n"
            "A council spokeswoman said: 'We have apologised to Mrs Pilbeam.' She said the gnomes would be "
            "returned by Friday.\n\n"
            "But Mrs Pilbeam isn't convinced. 'I'll believe it when I see them back on my lawn,' she said.")
    assert speaker_of(text, "I'll believe it") == "Doreen Pilbeam"
