"""A given name the first-name list knows only without its accents ("Elise", not "Élise") still says
the sex of the one named (engine/accented_names.py)."""
import pytest
from said_by import speaker_of

from sourcetrace.engine.resolve.gender import from_first_name


@pytest.mark.parametrize("name, sex", [("Élise", "f"), ("Étienne", "m"), ("Édith", "f"), ("Ștefan", "m")])
def test_the_name_without_its_accents_says_the_sex(name, sex):
    assert from_first_name(name) == sex


def test_a_she_after_a_man_and_a_woman_with_an_accented_name():
    text = ("The school board met in Moncton on Tuesday.\n\n"
            "Édith Arsenault, a trustee, said the budget left no room for new teachers. The chair, Marc Leblanc, "
            "thanked her for the report.\n\n"
            "\"We are cutting where it hurts,\" she said.\n")
    assert speaker_of(text, "cutting where it hurts") == "Édith Arsenault"
