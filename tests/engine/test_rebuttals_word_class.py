"""A negation answers another's claim only about a thing the claim spoke of: the same word in the
same class ("the start of the season" is not "the engine started")."""
import pytest


def test_a_noun_is_not_the_doing_of_the_same_letters(engine, stance_of):
    text = ('"The engine started first time and I trusted the brakes," mechanic Ola Brandt told reporters. '
            'Team boss Kim Sato said the car had been quick. Sato said that "nobody gave us a chance" at the start '
            'of the season.')
    assert stance_of(text, 'that "nobody') == "assert"


@pytest.mark.parametrize("text, opening", [
    ('A post on the village forum claimed the sports ground had been sold to a builder. '
     'Club chairman Ivo Renk said that so far "nothing has been sold."', "that so far"),
    ('Residents said a letter about the works had gone to every house. '
     'Councillor Mira Toft said no such letter had ever been sent.', "no such letter"),
])
def test_a_negation_of_the_same_thing_still_answers_the_claim(stance_of, text, opening):
    assert stance_of(text, opening) == "deny"
