"""Names as Ghana writes them: the Akan day names say the sex of the one named ("Kwabena", a boy
born on a Tuesday; "Abena", a girl), and "Nana" before them is an honour borne by either, not a
woman's given name. And "the Kasoa Okada Riders Union" is a body, though the tagger took "Kasoa"
for a person."""
from said_by import speaker_of
from spacy.tokens import Span

from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve import gender
from sourcetrace.engine.resolve.names import person_entities


def test_he_stands_for_nana_and_a_mans_day_name():
    text = ("Nana Kwabena Darko-Mensah, who chairs the Tema Fish Traders Union, said prices had doubled. "
            "\"We cannot feed our families,\" he said.")
    # the honour before a name of two words or more is no part of it (address_names.tsv)
    assert speaker_of(text, "cannot feed our families") == "Kwabena Darko-Mensah"


def test_day_names_say_the_sex_and_nana_says_none():
    assert gender.from_first_name("Kwabena") == "m" and gender.from_first_name("Abena") == "f"
    assert gender.from_first_name("Nana") is None and gender.from_first_name("Sarah") == "f"


def _people_tagged(text: str, tagged: str) -> list[str]:
    doc = parse_text(load_nlp(), text)
    k = next(t.i for t in doc if t.text == tagged)
    doc.ents = [Span(doc, k, k + 1, label="PERSON")]
    return [p.text for p in person_entities(doc)]


def test_a_place_opening_a_bodys_name_after_the_is_no_person():
    assert _people_tagged("She chairs the Kasoa Okada Riders Union in the town.", "Kasoa") == []


def test_a_name_after_the_with_no_bodys_word_after_it_stays_a_person():
    assert _people_tagged("It was the Okafor Family Farm Stand that she ran.", "Okafor") == ["Okafor"]
