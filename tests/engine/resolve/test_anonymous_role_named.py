"""A word that keeps a source unnamed ("a former aide alleged …") is the person the text then names
with the same word and the name beside it ("The aide, Priya Castellanos, said"), not otherwise."""
from said_by import source_of as speaker


def test_the_same_word_with_the_name_beside_it_names_the_source():
    text = ("Councillor Gerald Fenn is under scrutiny after a former aide alleged he moved grant money "
            "away from a rival's ward.\n\n"
            "The aide, Marta Quiles, said in a statement that the transfers began in 2021.")
    assert speaker(text, "he moved grant money").name == "Marta Quiles"


def test_a_different_person_named_later_does_not_name_the_anonymous_source():
    text = ("Councillor Gerald Fenn is under scrutiny after a former aide alleged he moved grant money "
            "away from a rival's ward.\n\n"
            "Board president Marta Quiles, an aide to the mayor in 2019, said the claims would be reviewed.")
    assert speaker(text, "he moved grant money").name != "Marta Quiles"
