"""A body's name the tagger cut before "of" and a place ("The Central Bank | of Lesotho") runs on
over them, so a word for the body finds it in full."""
from said_by import speaker_of


def test_the_bank_is_the_central_bank_in_full():
    text = ("The Central Bank of Lesotho held rates at 7 percent. "
            "A spokesperson for the bank said inflation was easing.")
    assert speaker_of(text, "inflation was easing") == "spokesperson for Central Bank of Lesotho"


def test_words_in_lower_case_after_of_are_no_part_of_the_name():
    text = ("The Central Bank held rates at 7 percent on Tuesday, the latest of several pauses. "
            "A spokesperson for the bank said inflation was easing.")
    assert speaker_of(text, "inflation was easing") == "spokesperson for Central Bank"
