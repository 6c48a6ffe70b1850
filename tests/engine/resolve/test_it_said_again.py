"""A writing goes on speaking as "it": an "it" opening the sentence after one that reported a
writing's words (a ruling's opinion, a communique) is that writing, whomever its words went to."""
from said_by import speaker_of


def test_it_after_a_report_is_the_report():
    text = ("The annual report of the Harbour Authority said cargo volumes fell by a tenth. "
            "It said the fall was due to the drought.")
    assert speaker_of(text, "due to the drought") == speaker_of(text, "cargo volumes fell")


def test_it_after_the_majority_opinion_is_the_opinions():
    text = ("The majority opinion, written by Justice Marta Quell, said Congress cannot amend the Constitution "
            "by statute. It said the law was void from the date of its publication.")
    assert speaker_of(text, "void from the date") == speaker_of(text, "cannot amend")


def test_it_after_a_person_is_not_read_so():
    text = ("Justice Marta Quell said Congress cannot amend the Constitution by statute. "
            "It said the law was void from the date of its publication.")
    assert speaker_of(text, "void from the date") != "Marta Quell"
