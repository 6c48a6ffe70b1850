"""Names the tagger ended too soon, read on as a reader does: a second surname after a given name
and a first surname ("Martín Echeverría Soto"), a surname after a nickname whose closing quote
the tagger left out ('Ramon "Monching" dela Paz'), and a family name written first just before
the given names ("Ng Jun Hao")."""
from said_by import speaker_of


def test_a_second_surname():
    text = ("SANTIAGO, May 3 (Andes Wire) - Chile will cap bus fares at 1 percent a month until the end of "
            "the year, Transport Minister Martín Echeverría Soto said on Tuesday, in a move aimed at calming "
            "protests. \"It is a ceiling, not a freeze,\" Echeverría told reporters.")
    assert speaker_of(text, "cap bus fares") == "Martín Echeverría Soto"
    assert speaker_of(text, "ceiling, not a freeze") == "Martín Echeverría Soto"


def test_a_surname_after_a_nickname_in_quotes():
    text = "Sen. Ramon \"Monching\" dela Torre said the chamber would look into the delays."
    assert speaker_of(text, "look into the delays") == "Ramon dela Torre"


def test_a_family_name_written_first_before_the_given_names():
    text = ("Deputy Public Prosecutor Ng Wei Liang sought a jail term of two years. "
            "\"The accused knew the cheques would bounce,\" DPP Ng told the court.")
    assert speaker_of(text, "cheques would bounce") == "Ng Wei Liang"


def test_a_second_surname_that_is_an_english_word_ends_the_name():
    text = ("The municipal president of Santa Ana Zegache, Lic. Arturo Salinas Medina, said the council would "
            "add the market to a new route.")
    assert speaker_of(text, "add the market") == "Arturo Salinas Medina"
