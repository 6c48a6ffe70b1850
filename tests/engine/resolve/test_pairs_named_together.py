""""Actor Declan Reyes and singer Mara Lowe are divorcing … on behalf of the couple": the couple is
the two named together; "Mere and Tama Rāwiri … Mere Rāwiri said": a word set as a given name
in the pair is one before that surname, though it is an English word too. Sentences written for
the test."""
from said_by import speaker_of


def test_the_couple_is_the_two_full_names_joined_by_and():
    text = ("Broadcaster Tomas Arkwright and cellist Ingrid Vasquez are to separate after twelve years of "
            "marriage.\n\nA statement was read on behalf of the couple by their lawyer, Priya Nandakumar. "
            "\"We part as friends,\" it said.\n")
    assert speaker_of(text, "part as friends") == "Tomas Arkwright and Ingrid Vasquez"


def test_a_given_name_that_is_an_english_word_stays_with_its_surname():
    text = ("Among the parents are Mere and Tama Rāwiri, whose two sons are in Year 4.\n\n"
            "\"We found out from another mum's post, not from the school,\" Mere Rāwiri said.\n")
    assert speaker_of(text, "not from the school") == "Mere Rāwiri"


def test_two_people_joined_by_and_with_a_verb_between_are_no_pair():
    text = ("Tomas Arkwright met and later hired Ingrid Vasquez.\n\n"
            "\"We part as friends,\" the couple said.\n")
    assert speaker_of(text, "part as friends") != "Tomas Arkwright and Ingrid Vasquez"
