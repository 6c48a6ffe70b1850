"""Relatives who share a surname ("Kurt Vane … his son Jesse Vane"): a relative named by first name
in a "whose" clause takes the family's name, a post said of them with "is" is theirs, "the elder
Vane" is the parent, and "the coach said" just after the coach is named stays with him."""
from said_by import source_of as speaker

MATCH = ("Jesse Vane scored twice as Harbourside beat Eastlake 3-1 on Saturday.\n\n"
         "Vane, 21, whose father Kurt is Harbourside's head coach, curled one in on 58 minutes.\n\n"
         "\"I don't think about who the coach is,\" Jesse said.\n\n"
         "Kurt Vane was all smiles afterwards. \"He was decent. He'll get a lesson on Monday,\" the coach said.\n\n"
         "The elder Vane said the win had been built at the back.\n\n"
         "Eastlake coach Phil Dunstan was furious. \"Everyone saw it,\" Dunstan said.")


def test_the_role_just_after_a_named_holder_is_not_the_one_named_later():
    assert speaker(MATCH, "He was decent").name == "Kurt Vane"


def test_the_elder_of_two_sharing_a_surname_is_the_parent_named_in_a_whose_clause():
    assert speaker(MATCH, "built at the back").name == "Kurt Vane"


def test_the_son_by_first_name_keeps_his_own_words():
    assert speaker(MATCH, "who the coach is").name == "Jesse Vane"


def test_the_younger_is_the_child():
    text = MATCH.replace("The elder Vane", "The younger Vane")
    assert speaker(text, "built at the back").name == "Jesse Vane"


def test_a_role_named_later_is_still_found_when_no_one_is_just_named():
    text = ("\"We lost everything in an hour,\" the coach said after the game.\n\n"
            "Eastlake coach Phil Dunstan had warned of the wind before kick-off.")
    assert speaker(text, "We lost everything").name == "Phil Dunstan"


def test_is_with_no_post_after_it_gives_no_role():
    text = ("Dora Pike is right about the ferry, her neighbour Ines Ford said.\n\n"
            "\"The timetable is a joke,\" the neighbour said.")
    assert speaker(text, "The timetable").name == "Ines Ford"
