"""A relative named beside the noun ("Okafor's wife, Grace Okafor, sat in the gallery") is the one
a following pronoun points to, not the owner who shares the surname; an unnamed relative ("Okafor's
wife, a nurse, …") leaves the owner in view."""
from said_by import speaker_of

TRIAL = ("A judge said Daniel Okafor, 47, had misled his clients for years.\n\n"
         "Okafor was convicted in May of fraud.\n\n"
         "Okafor's wife, Grace Okafor, sat in the gallery throughout the hearing. "
         "She declined to speak to reporters.\n")


def test_the_pronoun_after_a_named_relative_is_the_relative():
    assert speaker_of(TRIAL, "to reporters") == "Grace Okafor"


def test_the_same_with_a_husband_and_he():
    text = TRIAL.replace("Daniel", "Denise").replace("his clients", "her clients") \
        .replace("wife, Grace", "husband, Peter").replace("She declined", "He declined")
    assert speaker_of(text, "to reporters") == "Peter Okafor"


def test_an_unnamed_relative_leaves_the_owner_in_view():
    text = TRIAL.replace("Okafor's wife, Grace Okafor, sat in the gallery throughout the hearing. She",
                         "Okafor's wife, a nurse, sat in the gallery throughout the hearing. He")
    assert speaker_of(text, "to reporters") == "Daniel Okafor"
