"""A bare surname two named relatives share goes to the one the paragraph is following ("Her father
shrugged at that. “…,” Ortiz said."), and with neither in view to the one not introduced as kin."""
from said_by import speaker_of

BAKERY = ("Maya Ortiz, 34, runs the bakery her parents opened in 1988. Her father, Ramon Ortiz, still bakes "
          "the bread at 4 a.m.\n\n"
          "\"People think we are rich because the queue is long,\" Maya Ortiz said. \"We are not.\"\n\n"
          "Her father shrugged at that. \"The queue was longer in 1990,\" Ortiz said.\n\n"
          "The council plans to double the rent in June. \"We will fight it,\" Ortiz said.\n")


def test_the_surname_after_the_father_is_followed_is_the_fathers():
    assert speaker_of(BAKERY, "longer in 1990") == "Ramon Ortiz"


def test_with_neither_in_the_paragraph_the_surname_is_the_one_not_introduced_as_kin():
    assert speaker_of(BAKERY, "We will fight it") == "Maya Ortiz"


def test_the_daughter_followed_in_her_paragraph_keeps_her_surname():
    text = BAKERY.replace("Her father shrugged at that.", "Maya Ortiz shrugged at that.")
    assert speaker_of(text, "longer in 1990") == "Maya Ortiz"
