"""Names set beside a plural word for bodies ("His two companies, Vento Azul and Ribeira Cargas,")
are those bodies, by their names, whatever the tagger took the names for (mentions.py
`_bodies_listed`). Sentences written for the test."""
from said_by import speaker_of


def test_owned_firms_named_beside_their_word():
    text = ("Prosecutors charged the shipping magnate Oscar Palmeira on Monday. His two companies, Vento Azul "
            "and Ribeira Cargas, said they had done nothing wrong.")
    assert speaker_of(text, "nothing wrong") == "Vento Azul and Ribeira Cargas"


def test_kin_named_beside_their_word_are_not_bodies():
    text = ("The farmer Oscar Palmeira died on Monday. His two sons, Tiago and Rui, said he had "
            "worked until the end.")
    assert speaker_of(text, "worked until the end") == "His two sons"  # kin, as before: not bodies
