"""Of a husband and wife who share a surname, the bare surname that a "she" takes up at once in the
same paragraph ("Carter said the couple would sell 40 cows. “We cannot feed them,” she said.") is
the wife; a "he" makes it the husband; with the pronoun in the next paragraph, it says nothing."""
from said_by import speaker_of

FARM = ("James Carter and his wife, Linda Carter, have farmed at Hollins End since 1979.\n\n"
        "\"We have never seen a summer like it,\" Linda Carter said.\n\n"
        "Her husband said the well had run dry in July. \"I had to buy water for the cattle,\" he said.\n\n"
        "Carter said the couple would sell 40 cows before winter. \"We cannot feed them,\" she said.\n")


def test_the_surname_taken_up_by_she_is_the_wife():
    assert speaker_of(FARM, "40 cows") == "Linda Carter"


def test_the_surname_taken_up_by_he_is_the_husband():
    assert speaker_of(FARM.replace("she said.\n", "he said.\n"), "40 cows") == "James Carter"


def test_a_pronoun_in_the_next_paragraph_says_nothing_of_the_surname():
    text = FARM.replace(" \"We cannot feed them,\" she said.\n", "\n\n\"We cannot feed them,\" she said.\n")
    assert speaker_of(text, "40 cows") == "James Carter"
