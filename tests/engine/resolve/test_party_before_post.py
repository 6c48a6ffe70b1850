"""A party's name set before a post ("Fianna Fáil councillor Eamon Mulcahy"), which the tagger may
call a person's, is no one: the speaker is the person named beside the post, not the post alone
(which would then be matched to some other councillor named later)."""
from said_by import speaker_of

TWO_COUNCILLORS = ("Fianna Fáil councillor Eamon Mulcahy said he had been approached by the builder.\n\n"
                   "Labour councillor Rosa Keane said the builder should wait.\n")


def test_the_person_beside_the_post_speaks_not_the_party_before_it():
    assert speaker_of(TWO_COUNCILLORS, "approached") == "Eamon Mulcahy"


def test_the_next_councillor_keeps_her_own_words():
    assert speaker_of(TWO_COUNCILLORS, "should wait") == "Rosa Keane"


def test_a_post_with_no_party_before_it_is_unchanged():
    text = TWO_COUNCILLORS.replace("Fianna Fáil councillor", "Councillor")
    assert speaker_of(text, "approached") == "Eamon Mulcahy"
