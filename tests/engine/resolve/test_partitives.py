""""Residents near the site were shaken, and some said …": a lone quantifier as a speaker is part of
the people just named, called as a reader calls them; with no people named before it, it stays as
written. Sentences written for the test."""
from said_by import speaker_of


def test_some_after_residents_near_a_site_are_some_of_them():
    text = ("The blast shook windows six blocks away. Residents near the depot were shaken and angry, and some "
            "said they had smelled fumes for days.\n")
    assert speaker_of(text, "smelled fumes") == "some residents near the depot"


def test_many_after_dozens_of_parents_are_many_parents():
    text = "Dozens of parents gathered outside the school on Friday, and many said they were worried.\n"
    assert speaker_of(text, "were worried") == "many parents"


def test_several_after_families_leave_out_what_the_families_did():
    text = "Families who waited at the gate were angry, several wrote on social media.\n"
    assert speaker_of(text, "were angry") == "several families"


def test_some_with_no_people_named_before_stays_some():
    text = "The mill closed in May after ninety years. Some said the owners had known for a decade.\n"
    assert speaker_of(text, "owners had known").lower() == "some"


def test_a_quantifier_with_words_of_its_own_is_left_alone():
    text = "Teachers met on Monday. Some of the older staff said the timetable was unworkable.\n"
    assert speaker_of(text, "timetable was unworkable").lower() != "some teachers"


def test_many_of_people_counted_by_number_are_called_as_counted():
    text = ("On Monday, about 60 vendors blocked the market entrance with crates, and many said they were "
            "anxious about losing customers.")
    assert speaker_of(text, "anxious about losing") == "about 60 vendors"
