"""A dateline's place and its region ("TRÊS PONTAS, Minas Gerais – …") are where a story was filed,
never a person, whatever the tagger reads in them (resolve/names.py)."""
from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve.names import person_entities

TEXT = ("The last pickers of the southern hills\n\n"
        "As machines take over the coffee country, the families who follow the harvest wonder what comes next\n\n"
        "By Marta Vilela Prado\n\n"
        "TRÊS PONTAS, Minas Gerais – At six in the morning, before the mist has lifted from the hills, Seu "
        "Adelino Ferreira Campos is already on his knees beneath a coffee tree.\n\n"
        "He has picked coffee for 41 of his 58 years. \"When I started, there were two hundred of us on this "
        "farm,\" he says.\n")


def test_a_datelines_region_the_tagger_read_as_a_name_is_no_person():
    people = [p.text for p in person_entities(parse_text(load_nlp(), TEXT))]
    assert "Minas Gerais" not in people
    assert "Adelino Ferreira Campos" in people
