"""A given name and its short form with one surname are one person ("Robert Lindqvist … Bob
Lindqvist said"), known by the name given first; not a father and his namesake son."""
from said_by import statement_speakers


def test_a_short_given_name_is_the_person_named_in_full():
    text = ('Robert Lindqvist, the harbour master, said the pier was safe.\n\n'
            '"We checked it twice," Bob Lindqvist said.')
    assert statement_speakers(text) == ["Robert Lindqvist", "Robert Lindqvist"]


def test_a_long_given_name_after_the_short_is_the_same_person():
    text = "Mayor Kate Oduya said the budget was tight. Katherine Oduya added that cuts were coming."
    assert statement_speakers(text) == ["Kate Oduya", "Kate Oduya"]


def test_a_namesake_brought_in_as_a_relative_is_someone_else():
    text = "Samuel Okoro said the farm was flooded. His son, Sam Okoro, said the crop was lost."
    assert statement_speakers(text) == ["Samuel Okoro", "Sam Okoro"]


def test_a_different_given_name_is_a_different_person():
    text = "Robert Lindqvist said the pier was safe. Ruth Lindqvist said it was not."
    assert statement_speakers(text) == ["Robert Lindqvist", "Ruth Lindqvist"]
