"""A post the titles list lacks, set before a first name ("Harbourmaster Ilse Vandrecht"), is no part of the name."""
from said_by import speaker_of


def test_a_capitalised_post_before_a_first_name_is_dropped_from_the_name():
    text = ("Lighthousekeeper Ilse Vandrecht told reporters the lamp would be relit in March. "
            "\"We would rather wait than rush it,\" she said.")
    assert speaker_of(text, "the lamp would be relit") == "Ilse Vandrecht"
    assert speaker_of(text, "We would rather wait") == "Ilse Vandrecht"


def test_a_first_name_before_a_first_name_is_kept():
    text = "Mary Ellen Vandrecht told reporters the lamp would be relit in March."
    assert speaker_of(text, "the lamp would be relit") == "Mary Ellen Vandrecht"
