""""Asked by the coroner whether …, she said": the one who answers is not the one who asked, so the
pronoun is looked up where the clause naming the asker begins; a coroner is a person's role, named
when the text names the coroner later."""
from said_by import speaker_of

INQUEST = ("PC Ruth Ellery, a collision investigator, said the van's rear camera had not been working.\n\n"
           "Asked by the coroner whether that would have changed anything, she said: 'It is possible. "
           "I cannot say more than that.'\n\n"
           "Senior coroner Margaret Quayle recorded a conclusion of accidental death.\n")


def test_the_pronoun_answering_is_not_the_asker():
    assert speaker_of(INQUEST, "It is possible") == "Ruth Ellery"


def test_the_question_is_the_coroner_named_later():
    assert speaker_of(INQUEST, "changed anything") == "Margaret Quayle"


def test_without_an_asker_named_the_pronoun_is_the_person_last_in_view():
    text = INQUEST.replace("Asked by the coroner whether that would have changed anything, she said",
                           "After a pause, she said")
    assert speaker_of(text, "It is possible") == "Ruth Ellery"


def test_a_by_phrase_that_names_no_asker_keeps_the_asker_in_view():
    # the coroner asks and answers nothing here; she, the coroner, speaks next
    text = ("Senior coroner Margaret Quayle opened the hearing on Monday.\n\n"
            "Told by the family that the van had no camera, she said: 'That will be looked at.'\n")
    assert speaker_of(text, "looked at") == "Margaret Quayle"
