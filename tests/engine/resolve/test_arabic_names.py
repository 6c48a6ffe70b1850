"""Names as Arabic-speaking countries write them in English: a kunya ("Umm Nabil", "Abu Tariq")
is a person's name and says their sex; a surname opening on a particle ("Al Hashmi", "al-Tamimi")
is one surname, which a father and a son may share; a name keeps its hyphen wherever the engine
writes it out."""
from said_by import speaker_of
from spacy.tokens import Span

from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve import gender
from sourcetrace.engine.resolve import names
from sourcetrace.engine.resolve.names import person_entities


def test_a_kunya_is_a_persons_name():
    doc = parse_text(load_nlp(), "Shopkeeper Umm Fadi, 58, stood outside her bakery on Friday watching a tanker unload.")
    assert "Umm Fadi" in [p.text for p in person_entities(doc)]


def test_a_kunya_says_the_sex():
    assert gender.from_first_name("Umm") == "f" and gender.from_first_name("Abu") == "m"


def test_she_after_a_kunya_is_the_mother_so_named():
    text = ("A port spokeswoman, Layla Mansour, said the new quay would open in May. "
            "Residents were sceptical. Shopkeeper Umm Fadi, 58, stood outside her bakery on Friday watching a tanker unload. "
            "\"Every year they tell us next year,\" she said.")
    assert speaker_of(text, "Every year they tell us") == "Umm Fadi"


def test_a_shared_surname_with_a_particle_is_the_father_not_the_son_introduced_as_kin():
    text = ("Khalid bin Saeed Al Hashmi has mended fishing nets on the quay for forty years.\n\n"
            "\"The young men want engines, not nets,\" Al Hashmi says.\n\n"
            "His son, Saeed bin Khalid Al Hashmi, 29, drives a taxi. \"I help on Fridays,\" Saeed says.\n\n"
            "Al Hashmi calls the new marina \"a car park for yachts\".")
    assert speaker_of(text, "a car park for yachts") == "Khalid bin Saeed Al Hashmi"


def test_a_particle_surname_tagged_a_body_ends_the_name_of_the_person_it_is():
    doc = parse_text(load_nlp(), "Khalid bin Saeed Al Hashmi mends nets on the quay. Al Hashmi says the catch has halved.")
    k = [t.i for t in doc if t.text == "Al"][-1]
    doc.ents = [Span(doc, 0, 5, label="PERSON"), Span(doc, k, k + 2, label="ORG")]
    assert [p.text for p in person_entities(doc)] == ["Khalid bin Saeed Al Hashmi", "Al Hashmi"]


def test_a_name_is_written_out_with_its_hyphen():
    doc = parse_text(load_nlp(), "Eng. Omar al-Tamimi told reporters that the line would open in June.")
    doc.ents = [Span(doc, 1, 5, label="PERSON")]
    assert names.spoken_name(doc[0:5]) == "Omar al-Tamimi"  # as the post's holder is named, not "Omar al - Tamimi"
